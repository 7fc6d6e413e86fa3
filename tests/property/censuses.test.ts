/** PROP-05: a household census per unit each quarter (declared deadline on the unit), recorded by the 客服助理. */
import { describe, expect, it, beforeAll } from 'vitest'
import { useWorld } from '../helpers/world'
import { makeEstate } from './estate-fixture'
import { sweepDeadline } from '../../hooks/deadlines'
import { localDay, shiftDay } from '../../src/lib/calendar'

const w = useWorld({ sites: [{ type: 'property' }] })
let units: number[]
const DAY = 86_400_000
const unit = async (id: number) => (await w.payload.findByID({ collection: 'units', id, depth: 0, overrideAccess: true })) as unknown as Record<string, any>

beforeAll(async () => {
  ;({ units } = await makeEstate(w.payload, w.site))
})

describe('household census', () => {
  it('PROP-05 each unit is due a household census three months after the last one, flagged when missed, cleared by recording it', async () => {
    const created = await unit(units[0]!)
    const due = new Date(created.censusDueAt).getTime()
    expect(due).toBeGreaterThan(Date.now() + 85 * DAY)
    expect(due).toBeLessThan(Date.now() + 93 * DAY)
    expect(await sweepDeadline(w.payload, 'units', 'census', new Date(Date.now() + 80 * DAY))).toBe(0)
    expect(await sweepDeadline(w.payload, 'units', 'census', new Date(Date.now() + 95 * DAY))).toBe(3)
    expect((await unit(units[0]!)).censusDue).toBe(true)
    const assistant = await w.as('cs-assistant')
    const today = localDay(new Date(), 'Asia/Shanghai')
    const res = await assistant.post('/api/household-censuses', { site: w.site, unit: units[0], censusOn: today, residents: 3, phoneChecked: true, membersChecked: true, changes: '新增一名保姆' })
    expect(res.status).toBe(201)
    const after = await unit(units[0]!)
    expect(after.censusDue).toBe(false)
    expect(localDay(new Date(after.lastCensusOn), 'UTC')).toBe(today)
    expect(localDay(new Date(after.censusDueAt), 'Asia/Shanghai') > shiftDay(today, 85)).toBe(true)
    // The others are still flagged; the flag is the server's.
    expect((await unit(units[1]!)).censusDue).toBe(true)
    expect((await assistant.patch(`/api/units/${units[1]}`, { censusDue: false })).status).toBe(403)
  })
})
