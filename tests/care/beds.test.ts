import { beforeAll, describe, expect, it } from 'vitest'
import { bedMap } from '../../collections/care/beds/map'
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
