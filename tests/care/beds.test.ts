import { beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq } from 'payload'
import { bedMap } from '../../collections/care/beds/map'
import { freeBed, holdBed, occupyBed } from '../../collections/care/beds/hooks'
import { bedOf, makeElder, messagesLike } from '../helpers/care'
import { signIn } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ demo: true })
let site: number

beforeAll(async () => {
  site = (await w.payload.find({ collection: 'sites', where: { code: { equals: 'qianhe' } }, overrideAccess: true })).docs[0].id as number
})

describe('CARE-12 elders, beds and the bed map (on the demo data)', () => {
  it('CARE-12 the bed map shows each building and floor with free, held, occupied, out and closed beds and the elder names', async () => {
    const map = await bedMap(w.payload, site)
    expect(map.map((b) => b.name)).toEqual(['1号楼', '2号楼'])
    expect(map[0].floors.map((f) => f.floor)).toEqual([1, 2, 3])
    const all = map.flatMap((b) => b.floors.flatMap((f) => f.rooms.flatMap((r) => r.beds)))
    const states = new Set(all.map((b) => b.state))
    expect([...states].sort()).toEqual(['closed', 'free', 'held', 'occupied', 'out'])
    const out = all.find((b) => b.state === 'out')!
    expect(out.elder?.name).toBe('周国强')
    expect(out.href).toBe(`/admin/collections/elders/${out.elder!.id}`)
    const held = all.filter((b) => b.state === 'held')
    expect(held.map((b) => b.elder?.name).sort()).toEqual(['李德明', '张桂兰'].sort())
    expect(held[0].href).toMatch(/\/admin\/collections\/reservations\/\d+$/)
    const pendingDeposit = all.find((b) => b.code === 'B201-1')!
    expect(pendingDeposit.state).toBe('free') // 黄美华's reservation has no receipt yet: the bed is not held
    expect(map[0].counts.occupied + map[0].counts.out).toBe(7)
  })

  it('CARE-12 bed status and occupant are kept by the server, not edited by the desk', async () => {
    const desk = await signIn(w.url, 'front-desk@care.demo.local', 'demo1234')
    const bed = (await w.payload.find({ collection: 'beds', where: { status: { equals: 'free' }, site: { equals: site } }, limit: 1, overrideAccess: true })).docs[0]
    const res = await desk.patch(`/api/beds/${bed.id}`, { status: 'occupied' })
    expect(res.status).toBe(403)
    const elder = (await w.payload.find({ collection: 'elders', where: { name: { equals: '王淑芬' } }, overrideAccess: true })).docs[0]
    const fee = await desk.patch(`/api/elders/${elder.id}`, { nursingFee: 100 })
    expect(fee.status).toBe(403)
    expect(fee.body.errors[0].message).toContain('护理费')
    const dup = await desk.post('/api/beds', { site, building: bed.building, floor: 1, room: bed.room, bedNo: bed.bedNo })
    expect(dup.status).toBe(400)
  })

})

describe('CARE-12 a bed is a declared lifecycle: free → held → occupied → free, the server’s only', () => {
  const transitions = async (bed: number) =>
    (
      await w.payload.find({
        collection: 'audit-log',
        where: { and: [{ collection: { equals: 'beds' } }, { recordId: { equals: String(bed) } }, { action: { equals: 'transition' } }] },
        sort: 'id',
        depth: 0,
        overrideAccess: true,
      })
    ).docs.map((r) => [r.from, r.to])

  it('CARE-12 the reservation holds, the admission occupies and the discharge frees a bed through its transitions (each an audit row; the freed bed tells the desk)', async () => {
    const bed = w.beds[0]
    const elder = await makeElder(w.payload, w.site, '钱月娥')
    const other = await makeElder(w.payload, w.site, '孙玉兰')
    const req = await createLocalReq({}, w.payload)
    expect((await holdBed(w.payload, bed, elder.id, req)).status).toBe('held')
    expect(await bedOf(w.payload, bed)).toMatchObject({ status: 'held', elder: elder.id })
    // Held for one elder: another can neither hold nor occupy it (the guard, nothing written).
    await expect(holdBed(w.payload, bed, other.id, req)).rejects.toMatchObject({ status: 409 })
    await expect(occupyBed(w.payload, bed, other.id, req)).rejects.toMatchObject({ status: 409 })
    expect((await occupyBed(w.payload, bed, elder.id, req)).status).toBe('occupied')
    expect((await freeBed(w.payload, bed, other.id, req)).status).toBe('occupied') // not hers: left as it is
    expect((await freeBed(w.payload, bed, elder.id, req)).status).toBe('free')
    expect(await bedOf(w.payload, bed)).toMatchObject({ status: 'free', elder: null })
    expect(await transitions(bed)).toEqual([['free', 'held'], ['held', 'occupied'], ['occupied', 'free']])
    const code = (await bedOf(w.payload, bed)).code
    expect((await messagesLike(w.payload, w.site, code)).length).toBeGreaterThan(0)
  })

  it('CARE-12 an out-of-service bed is neither held nor occupied', async () => {
    const bed = w.beds[1]
    const elder = await makeElder(w.payload, w.site, '赵凤英')
    await w.payload.update({ collection: 'beds', id: bed, data: { outOfService: true }, overrideAccess: true })
    const req = await createLocalReq({}, w.payload)
    await expect(holdBed(w.payload, bed, elder.id, req)).rejects.toMatchObject({ status: 409 })
    await expect(occupyBed(w.payload, bed, elder.id, req)).rejects.toMatchObject({ status: 409 })
    expect((await bedOf(w.payload, bed)).status).toBe('free')
    expect(await transitions(bed)).toEqual([])
  })

  it('CARE-12 no client door sets a bed’s state: a PATCH, a bulk PATCH, GraphQL and the transition endpoint are refused and nothing changes', async () => {
    const bed = w.beds[2]
    const admin = await w.as('admin')
    expect((await w.desk.patch(`/api/beds/${bed}`, { status: 'held' })).status).toBe(403)
    expect((await admin.patch(`/api/beds/${bed}`, { status: 'occupied' })).status).toBe(403)
    const bulk = await w.desk.patch(`/api/beds?where[id][equals]=${bed}`, { status: 'occupied' })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    const gql = await w.desk.post('/api/graphql', { query: `mutation { updateBed(id: ${bed}, data: { status: occupied }) { status } }` })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    for (const to of ['held', 'occupied']) {
      const res = await admin.post(`/api/beds/${bed}/transition`, { to })
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toContain('系统')
    }
    expect(await bedOf(w.payload, bed)).toMatchObject({ status: 'free', elder: null })
    expect(await transitions(bed)).toEqual([])
  })
})

