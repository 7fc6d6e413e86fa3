/**
 * PROP-07 / PROP-08: an owner complaint and a follow-up keep their unit's code (lists, messages, the
 * quarterly analysis) through the declared `copyFrom` (hooks/form/fill.ts), not a hand-written copy. The
 * code is server-owned: the copy is the server's own write, so the server-owned guard (hooks/serverOwned.ts)
 * accepts exactly the copied value; a client that sends another code is refused and nothing is stored.
 * A follow-up of a complaint takes the complaint's unit (and so its code) when none is chosen. Another
 * site's unit or complaint answers like a missing one.
 */
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { ownerComplaint, servicePlace, type ServicePlace } from './service-fixture'

const w = useWorld({ sites: [{ type: 'property' }, { type: 'property' }] })
let place: ServicePlace
let otherPlace: ServicePlace

const complaint = (extra: Record<string, unknown> = {}) => ownerComplaint(w.site, place, { content: '楼上漏水到卫生间', department: place.departments.engineering, ...extra })
const followUp = (extra: Record<string, unknown> = {}) => ({ site: w.site, kind: 'repair', unit: place.units[1], subject: '报修回访', completedAt: new Date(Date.now() - 3_600_000).toISOString(), ...extra })
const read = (slug: 'owner-complaints' | 'follow-ups', id: number) => w.payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, any>>
const count = async (slug: 'owner-complaints' | 'follow-ups') => (await w.payload.count({ collection: slug, overrideAccess: true })).totalDocs

describe('PROP-07 PROP-08 the unit code is a declared copy the server owns', () => {
  it('PROP-07 PROP-08 setup', async () => {
    place = await servicePlace(w.payload, w.positions, w.site)
    otherPlace = await servicePlace(w.payload, w.positions, w.otherSite, '9')
  })

  it('PROP-07 a complaint copies its unit’s code; changing the unit copies the new code', async () => {
    const res = await w.desk.post('/api/owner-complaints', complaint())
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect((await read('owner-complaints', res.body.doc.id)).unitCode).toBe('1-1-301')
    const moved = await w.desk.patch(`/api/owner-complaints/${res.body.doc.id}`, { unit: place.units[2] })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect((await read('owner-complaints', res.body.doc.id)).unitCode).toBe('1-1-1801')
    // The panel sends the stored (old) code back with a new unit: the copy wins, nothing is refused.
    const panel = await w.desk.patch(`/api/owner-complaints/${res.body.doc.id}`, { unit: place.units[1], unitCode: '1-1-1801' })
    expect(panel.status, JSON.stringify(panel.body)).toBe(200)
    expect((await read('owner-complaints', res.body.doc.id)).unitCode).toBe('1-1-302')
  })

  it('PROP-07 PROP-08 a unit’s code cannot be blank (units validation); a unit stored with a blank one (bypassing validation) clears a complaint’s code when chosen, never keeping the previous unit’s', async () => {
    const building = (await w.payload.findByID({ collection: 'units', id: place.units[0], depth: 0, overrideAccess: true })).building
    await expect(w.payload.create({ collection: 'units', data: { building, code: '', floor: 5, site: w.site } as never, overrideAccess: true })).rejects.toThrow()
    const blankUnit = (await w.payload.create({ collection: 'units', data: { building, code: '1-1-501', floor: 5, site: w.site } as never, overrideAccess: true })).id as number
    await w.payload.db.updateOne({ collection: 'units', id: blankUnit, data: { code: '' } })
    expect((await w.payload.findByID({ collection: 'units', id: blankUnit, depth: 0, overrideAccess: true })).code ?? '').toBe('')

    const res = await w.desk.post('/api/owner-complaints', complaint())
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id as number
    expect((await read('owner-complaints', id)).unitCode).toBe('1-1-301')
    // The panel sends the stored (old) code back with the new unit: still the server's copy (empty) wins.
    const moved = await w.desk.patch(`/api/owner-complaints/${id}`, { unit: blankUnit, unitCode: '1-1-301' })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    const after = await read('owner-complaints', id)
    expect([idOf(after.unit), after.unitCode ?? '']).toEqual([blankUnit, ''])
    // A different code from the client is still refused.
    expect((await w.desk.patch(`/api/owner-complaints/${id}`, { unit: place.units[0], unitCode: '8-8-888' })).status).toBe(403)
    expect((await read('owner-complaints', id)).unitCode ?? '').toBe('')
  })

  it('PROP-08 clearing a follow-up’s unit clears its unit code (the server’s own write), not keeping the old unit’s', async () => {
    const res = await w.desk.post('/api/follow-ups', followUp({ unit: place.units[0] }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id as number
    expect((await read('follow-ups', id)).unitCode).toBe('1-1-301')
    const cleared = await w.desk.patch(`/api/follow-ups/${id}`, { unit: null, unitCode: '1-1-301' })
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200)
    const after = await read('follow-ups', id)
    expect([after.unit ?? null, after.unitCode ?? '']).toEqual([null, ''])
    // A patch that leaves the unit alone keeps the code.
    const again = await w.desk.patch(`/api/follow-ups/${id}`, { unit: place.units[1] })
    expect(again.status).toBe(200)
    expect((await w.desk.patch(`/api/follow-ups/${id}`, { subject: '报修回访(补记)' })).status).toBe(200)
    expect((await read('follow-ups', id)).unitCode).toBe('1-1-302')
  })

  it('PROP-07 the copied value is accepted from the client too (the admin form copies it in the browser), and only that value', async () => {
    const same = await w.desk.post('/api/owner-complaints', complaint({ unitCode: '1-1-301' }))
    expect(same.status, JSON.stringify(same.body)).toBe(201)
    expect((await read('owner-complaints', same.body.doc.id)).unitCode).toBe('1-1-301')
    const before = await count('owner-complaints')
    const forged = await w.desk.post('/api/owner-complaints', complaint({ unitCode: '8-8-888' }))
    expect(forged.status).toBe(403)
    expect(JSON.stringify(forged.body)).toContain('单元编号')
    expect(await count('owner-complaints')).toBe(before)
    // Nor on an update, with or without a new unit.
    const id = same.body.doc.id as number
    expect((await w.desk.patch(`/api/owner-complaints/${id}`, { unitCode: '8-8-888' })).status).toBe(403)
    expect((await w.desk.patch(`/api/owner-complaints/${id}`, { unit: place.units[1], unitCode: '8-8-888' })).status).toBe(403)
    const kept = await read('owner-complaints', id)
    expect([idOf(kept.unit), kept.unitCode]).toEqual([place.units[0], '1-1-301'])
  })

  it('PROP-07 another site’s unit answers like a missing one, with nothing copied or stored', async () => {
    const before = await count('owner-complaints')
    const foreign = await w.desk.post('/api/owner-complaints', complaint({ unit: otherPlace.units[0] }))
    const missing = await w.desk.post('/api/owner-complaints', complaint({ unit: 2_000_000_000 }))
    expect([400, 404]).toContain(foreign.status)
    expect(foreign.status).toBe(missing.status)
    expect(JSON.stringify(foreign.body)).not.toContain('9-1-301')
    expect(await count('owner-complaints')).toBe(before)
  })

  it('PROP-08 a follow-up copies its unit’s code, and refuses a different code from the client', async () => {
    const res = await w.desk.post('/api/follow-ups', followUp())
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect((await read('follow-ups', res.body.doc.id)).unitCode).toBe('1-1-302')
    const before = await count('follow-ups')
    const forged = await w.desk.post('/api/follow-ups', followUp({ unitCode: '8-8-888' }))
    expect(forged.status).toBe(403)
    expect(await count('follow-ups')).toBe(before)
    expect((await w.desk.patch(`/api/follow-ups/${res.body.doc.id}`, { unitCode: '8-8-888' })).status).toBe(403)
    expect((await read('follow-ups', res.body.doc.id)).unitCode).toBe('1-1-302')
  })

  it('PROP-08 a complaint’s follow-up takes the complaint’s unit and its code when none is chosen; a chosen unit stays', async () => {
    const made = await w.desk.post('/api/owner-complaints', complaint({ unit: place.units[2] }))
    expect(made.status).toBe(201)
    const res = await w.desk.post('/api/follow-ups', followUp({ kind: 'complaint', complaint: made.body.doc.id, unit: undefined }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = await read('follow-ups', res.body.doc.id)
    expect([idOf(doc.unit), doc.unitCode]).toEqual([place.units[2], '1-1-1801'])
    const chosen = await w.desk.post('/api/follow-ups', followUp({ kind: 'complaint', complaint: made.body.doc.id, unit: place.units[0] }))
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(201)
    const kept = await read('follow-ups', chosen.body.doc.id)
    expect([idOf(kept.unit), kept.unitCode]).toEqual([place.units[0], '1-1-301'])
  })

  it('PROP-08 another site’s unit or complaint answers like a missing one', async () => {
    const foreignUnit = await w.desk.post('/api/follow-ups', followUp({ unit: otherPlace.units[0] }))
    const missingUnit = await w.desk.post('/api/follow-ups', followUp({ unit: 2_000_000_000 }))
    expect([400, 404]).toContain(foreignUnit.status)
    expect(foreignUnit.status).toBe(missingUnit.status)
    await w.other('engineer')
    const theirs = await (await w.as('outsider')).post('/api/owner-complaints', { ...complaint(), site: w.otherSite, unit: otherPlace.units[1], department: otherPlace.departments.engineering })
    expect(theirs.status, JSON.stringify(theirs.body)).toBe(201)
    const foreignComplaint = await w.desk.post('/api/follow-ups', followUp({ kind: 'complaint', complaint: theirs.body.doc.id, unit: undefined }))
    const missingComplaint = await w.desk.post('/api/follow-ups', followUp({ kind: 'complaint', complaint: 2_000_000_000, unit: undefined }))
    expect([400, 404]).toContain(foreignComplaint.status)
    expect(foreignComplaint.status).toBe(missingComplaint.status)
    expect(JSON.stringify(foreignComplaint.body)).not.toContain('9-1-302')
  })
})

function idOf(value: unknown) {
  return value && typeof value === 'object' ? (value as { id: unknown }).id : value
}
