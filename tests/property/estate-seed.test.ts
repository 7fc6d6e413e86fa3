/** The estate's demo data (PROP-01 to PROP-05) goes through the forms' rules and shows each state. */
import { describe, expect, it, beforeAll } from 'vitest'
import { useWorld } from '../helpers/world'
import { seedEstate } from '../../collections/property/estate-seed'

const w = useWorld({ sites: [{ type: 'property' }] })

beforeAll(async () => {
  await seedEstate(w.payload, w.site)
}, 120_000)

describe('estate demo data', () => {
  it('PROP-01 two buildings, units, owners with households, archives of various completeness, arrears, censuses; PROP-02 history', async () => {
    const n = async (collection: string) => (await w.payload.count({ collection: collection as 'units', where: { site: { equals: w.site } }, overrideAccess: true })).totalDocs
    expect(await n('estate-buildings')).toBe(2)
    expect(await n('units')).toBe(10)
    expect(await n('owners')).toBe(9)
    expect(await n('arrears')).toBe(4)
    const archives = await w.payload.find({ collection: 'owner-files', where: { site: { equals: w.site } }, overrideAccess: true, limit: 20 })
    expect(new Set(archives.docs.map((a) => (a as unknown as { missing: number }).missing)).size).toBeGreaterThanOrEqual(4)
    const kinds = (await w.payload.find({ collection: 'unit-history', overrideAccess: true, limit: 100 })).docs.map((d) => (d as unknown as { kind: string }).kind)
    expect(kinds).toEqual(expect.arrayContaining(['owner', 'phone']))
    await seedEstate(w.payload, w.site) // a second run adds nothing
    expect(await n('units')).toBe(10)
  })

  it('PROP-03 in the demo the cs-assistant reads the archive of the registered grant only, not that of the expired one', async () => {
    const assistant = await w.as('cs-assistant')
    const list = await assistant.get('/api/owner-files?limit=20&sort=title')
    const byTitle = Object.fromEntries(list.body.docs.map((d: { title: string; notes?: string }) => [d.title.split(' ')[0], d]))
    expect(byTitle['1-1-401'].notes).toContain('装修资料')
    expect(byTitle['1-1-301'].notes).toBeUndefined()
    expect(byTitle['2-1-201'].notes).toBeUndefined()
  })
})
