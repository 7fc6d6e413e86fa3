/** CARE-20 維修申請: a repair starts in its lifecycle's declared initial state (open), also when filed by code (DEV-02). */
import { describe, expect, it } from 'vitest'
import { fileRepair, repairLifecycle } from '../../collections/care/repair-requests/hooks'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk', 'engineer'] })

describe('CARE-20 repair requests start open', () => {
  it('CARE-20 a repair filed by a device starts in the declared initial state (open); a second failure of the device returns it', async () => {
    expect(repairLifecycle.initial).toBe('open')
    const first = await fileRepair(w.payload, { site: w.site, category: 'gate', item: '电动门无响应', device: '设备#91' })
    expect(first.created).toBe(true)
    expect(first.repair.status).toBe('open')
    const again = await fileRepair(w.payload, { site: w.site, category: 'gate', item: '电动门无响应', device: '设备#91' })
    expect(again).toMatchObject({ created: false, repair: { id: first.repair.id } })
  })

  it('CARE-20 a person’s create starts open; a create or PATCH of the state is refused (403)', async () => {
    const done = await w.desk.post('/api/repair-requests', { site: w.site, category: 'facility', item: '门锁坏了', reporterName: '王', status: 'done' })
    expect(done.status).toBe(403)
    const ok = await w.desk.post('/api/repair-requests', { site: w.site, category: 'facility', item: '门锁坏了', reporterName: '王' })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.status).toBe('open')
    expect((await w.desk.patch(`/api/repair-requests/${ok.body.doc.id}`, { status: 'done' })).status).toBe(403)
  })
})
