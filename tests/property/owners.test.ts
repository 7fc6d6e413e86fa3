/** PROP-01 / PROP-02: units and owners; a change of phone number or of owner is kept in the unit's history, never overwritten silently. */
import { describe, expect, it, beforeAll } from 'vitest'
import { useWorld } from '../helpers/world'
import { makeEstate } from './estate-fixture'
import { idOf } from '../../src/lib/hooks'

const w = useWorld({ sites: [{ type: 'property' }] })
let units: number[]

const history = async (unit: number) =>
  (await w.payload.find({ collection: 'unit-history', where: { unit: { equals: unit } }, sort: 'at', depth: 0, overrideAccess: true, limit: 100 })).docs as unknown as Record<string, any>[]

beforeAll(async () => {
  ;({ units } = await makeEstate(w.payload, w.site))
})

describe('units and owners', () => {
  it('PROP-01 an owner belongs to a unit with household members; listed by unit code and name; the ID number masked in lists and never in the trail', async () => {
    const res = await w.desk.post('/api/owners', {
      site: w.site, unit: units[0], name: '张伟', phone: '139 1000 2000', idNumber: '110101198001011234', movedInOn: '2024-05-01',
      members: [{ name: '刘芳', relation: '配偶', phone: '139 1000 2001' }, { name: '张小明', relation: '儿子' }],
    })
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    expect(res.body.doc.title).toBe('1-1-301 张伟')
    expect((await w.desk.get(`/api/owners/${id}`)).body.idNumber).toBe('110101198001011234')
    const list = await w.desk.get('/api/owners')
    expect(list.body.docs[0].idNumber).not.toContain('19800101')
    expect(list.body.docs[0].idNumber).toMatch(/^110101\*+1234$/)
    const csv = await fetch(`${w.url}/api/owners/export?format=csv`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(await csv.text()).not.toContain('110101198001011234')
    const rows = await w.payload.find({ collection: 'audit-log', where: { collection: { equals: 'owners' } }, overrideAccess: true })
    expect(JSON.stringify(rows.docs)).not.toContain('110101198001011234')
    expect((await w.desk.post('/api/units', { site: w.site, building: (await w.payload.find({ collection: 'estate-buildings', overrideAccess: true })).docs[0]!.id, code: '1-1-301', floor: 3 })).status).toBeGreaterThanOrEqual(400)
    expect((await w.desk.post('/api/units', { site: w.site, code: '一单元', floor: 3 })).status).toBe(400)
  })

  it('PROP-02 a change of phone number is kept in the unit history (who, when, old → new)', async () => {
    const owner = (await w.payload.find({ collection: 'owners', where: { unit: { equals: units[0] } }, overrideAccess: true })).docs[0]!
    const assistant = await w.as('cs-assistant')
    const res = await assistant.patch(`/api/owners/${owner.id}`, { phone: '186 0000 9999' })
    expect(res.status).toBe(200)
    const rows = await history(units[0]!)
    const phone = rows.find((r) => r.kind === 'phone')!
    expect(phone).toBeDefined()
    expect(phone.from).toBe('139 1000 2000')
    expect(phone.to).toBe('186 0000 9999')
    expect(idOf(phone.by)).toBe(w.staff['cs-assistant'].id)
    expect(Date.now() - new Date(phone.at).getTime()).toBeLessThan(60_000)
    // Nobody edits or deletes the history, and nobody writes one by hand.
    expect((await assistant.patch(`/api/unit-history/${phone.id}`, { to: 'x' })).status).toBe(403)
    expect((await assistant.delete(`/api/unit-history/${phone.id}`)).status).toBe(403)
    expect((await assistant.post('/api/unit-history', { site: w.site, unit: units[0], kind: 'phone', from: 'a', to: 'b', at: new Date().toISOString() })).status).toBe(403)
    // The history is readable through the API by the site's staff.
    const listed = await w.desk.get(`/api/unit-history?where[unit][equals]=${units[0]}`)
    expect(listed.body.docs.map((r: { kind: string }) => r.kind)).toEqual(expect.arrayContaining(['owner', 'phone']))
  })

  it('PROP-02 a new owner of a unit is a transfer: the previous owner becomes former and the history says who replaced whom', async () => {
    const previous = (await w.payload.find({ collection: 'owners', where: { unit: { equals: units[0] } }, overrideAccess: true })).docs[0]!
    const res = await w.desk.post('/api/owners', { site: w.site, unit: units[0], name: '王强', phone: '135 2222 3333' })
    expect(res.status).toBe(201)
    const old = (await w.payload.findByID({ collection: 'owners', id: previous.id, overrideAccess: true })) as unknown as { status: string; name: string }
    expect(old.status).toBe('former')
    expect(old.name).toBe('张伟') // kept, not overwritten
    const transfer = (await history(units[0]!)).filter((r) => r.kind === 'owner').pop()!
    expect(transfer.from).toBe('张伟')
    expect(transfer.to).toBe('王强')
    expect(idOf(transfer.by)).toBe(w.staff['front-desk'].id)
    // A renamed owner is a line of the history too; the owner's status is the server's.
    await w.desk.patch(`/api/owners/${res.body.doc.id}`, { name: '王强强' })
    expect((await history(units[0]!)).some((r) => r.kind === 'name' && r.from === '王强' && r.to === '王强强')).toBe(true)
    expect((await w.desk.patch(`/api/owners/${previous.id}`, { status: 'current' })).status).toBe(403)
  })
})

describe('the unit page', () => {
  it('PROP-02 the unit shows its history, newest first', async () => {
    const unit = await w.desk.get(`/api/units/${units[0]}?depth=1`)
    expect(unit.status).toBe(200)
    const kinds = unit.body.history.docs.map((d: { kind: string }) => d.kind)
    expect(kinds).toEqual(expect.arrayContaining(['owner', 'phone', 'name']))
    const times = unit.body.history.docs.map((d: { at: string }) => d.at)
    expect([...times].sort().reverse()).toEqual(times)
  })
})
