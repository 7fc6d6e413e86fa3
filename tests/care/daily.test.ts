import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverSms, flagOverdueOutings } from '../helpers/sweeps'
import { setSmsProvider } from '../../collections/care/sms/hooks'
import { fileRepair } from '../../collections/care/repair-requests/hooks'
import { dayFromNow, makeElder, messagesLike } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld()

let elder: { id: number; name: string }

beforeAll(async () => {
  elder = await makeElder(w.payload, w.site, '陈秀珍', { status: 'admitted', bed: w.beds[0] })
})
afterAll(async () => {
  setSmsProvider(undefined)
})

describe('CARE-06 meal orders', () => {
  it('CARE-06 computes amounts and the total; the catering supervisor gets the dish, quantity and time, and the desk a call task', async () => {
    const res = await w.desk.post('/api/meal-orders', {
      site: w.site, guestName: '陈秀珍家属', guests: 3, mealTime: '2026-12-05T04:00:00.000Z', elder: elder.id, purpose: 'family',
      items: [{ dish: '宫保鸡丁', quantity: 1, unitPrice: 28 }, { dish: '清蒸鲈鱼', quantity: 2, unitPrice: 45.5 }],
      total: 1,
    })
    expect(res.status).toBe(403) // the total is the server's
    const ok = await w.desk.post('/api/meal-orders', {
      site: w.site, guestName: '陈秀珍家属', guests: 3, mealTime: '2026-12-05T04:00:00.000Z', elder: elder.id, purpose: 'family',
      items: [{ dish: '宫保鸡丁', quantity: 1, unitPrice: 28 }, { dish: '清蒸鲈鱼', quantity: 2, unitPrice: 45.5 }],
    })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.total).toBe(119)
    expect(ok.body.doc.items.map((i: { amount: number }) => i.amount)).toEqual([28, 91])
    const [msg] = await messagesLike(w.payload, w.site, '点餐通知')
    expect(msg.recipients).toEqual([w.staff['catering-supervisor'].id])
    expect(msg.body).toContain('宫保鸡丁、1份')
    expect(msg.body).toContain('用餐时间 2026-12-05 12:00')
    const tasks = await w.payload.find({ collection: 'call-tasks', where: { relatedId: { equals: String(ok.body.doc.id) } }, overrideAccess: true, depth: 0 })
    expect(tasks.docs[0].callee).toBe(w.staff['catering-supervisor'].id)
  })

  it('CARE-06 tour visitors at mealtime eat free; others cannot be marked free', async () => {
    const items = [{ dish: '家常套餐', quantity: 2, unitPrice: 25 }]
    const tour = await w.desk.post('/api/meal-orders', { site: w.site, guestName: '参观家属', mealTime: '2026-12-05T04:00:00.000Z', purpose: 'tour', free: true, items })
    expect(tour.status).toBe(201)
    expect(tour.body.doc.total).toBe(0)
    const notTour = await w.desk.post('/api/meal-orders', { site: w.site, guestName: '家属', mealTime: '2026-12-05T04:00:00.000Z', purpose: 'family', free: true, items })
    expect(notTour.status).toBe(400)
  })
})

// Each outing test has an elder of its own: an outing changes the elder's state.
describe('CARE-07 outings', () => {
  it('CARE-07 sends the exact message text to the three positions and shows the elder as out', async () => {
    const elder = await makeElder(w.payload, w.site, '陈秀珍', { status: 'admitted' })
    const res = await w.desk.post('/api/outings', {
      site: w.site, elder: elder.id, leftAt: '2026-11-26T01:30:00.000Z', expectedReturn: '2026-11-28T09:00:00.000Z', companion: '陈刚', relation: '儿子', companionPhone: '13600001111',
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.kind).toBe('leave')
    const [msg] = await messagesLike(w.payload, w.site, '老人外出通知')
    expect(msg.body).toBe('陈秀珍老人于2026年11月26日9时30分办理外出,预计回院时间2026年11月28日17时,请您知晓并做相应安排。')
    expect(new Set(msg.recipients)).toEqual(new Set(['health-mgmt-supervisor', 'life-care-supervisor', 'health-care-director'].map((p) => w.staff[p].id)))
    const e = await w.payload.findByID({ collection: 'elders', id: elder.id, overrideAccess: true })
    expect(e.status).toBe('out')
  })

  it('CARE-07 an outing past its expected return is flagged (once) and the desk told; the return brings the elder back', async () => {
    const elder = await makeElder(w.payload, w.site, '陈秀兰', { status: 'admitted' })
    // Earlier than the other tests' outings, so that only this one is overdue at these moments.
    const res = await w.desk.post('/api/outings', {
      site: w.site, elder: elder.id, leftAt: '2026-11-18T01:30:00.000Z', expectedReturn: '2026-11-20T09:00:00.000Z', companion: '陈刚', relation: '儿子', companionPhone: '13600001111',
    })
    expect(res.status).toBe(201)
    const outing = res.body.doc.id
    expect(await flagOverdueOutings(w.payload, new Date('2026-11-20T08:59:00Z'))).toBe(0)
    expect(await flagOverdueOutings(w.payload, new Date('2026-11-20T09:30:00Z'))).toBe(1)
    expect(await flagOverdueOutings(w.payload, new Date('2026-11-20T10:30:00Z'))).toBe(0)
    expect((await messagesLike(w.payload, w.site, '外出逾期未归')).length).toBe(1)
    const back = await w.desk.patch(`/api/outings/${outing}`, { returnedAt: '2026-11-20T11:00:00.000Z' })
    expect(back.status).toBe(200)
    expect(back.body.doc.status).toBe('returned')
    expect(back.body.doc.overdue).toBe(true)
    const e = await w.payload.findByID({ collection: 'elders', id: elder.id, overrideAccess: true })
    expect(e.status).toBe('admitted')
  })

  it('CARE-07 a same-day outing is the 老人外出登記表; an elder not living in the home cannot go out', async () => {
    const elder = await makeElder(w.payload, w.site, '陈秀梅', { status: 'admitted' })
    const res = await w.desk.post('/api/outings', { site: w.site, elder: elder.id, leftAt: '2026-12-01T01:00:00.000Z', expectedReturn: '2026-12-01T08:00:00.000Z', companion: '陈刚', companionPhone: '13600001111' })
    expect(res.body.doc.kind).toBe('same-day')
    await w.desk.patch(`/api/outings/${res.body.doc.id}`, { returnedAt: '2026-12-01T07:00:00.000Z' })
    const reserved = await makeElder(w.payload, w.site, '未入住老人')
    const refused = await w.desk.post('/api/outings', { site: w.site, elder: reserved.id, leftAt: '2026-12-01T01:00:00.000Z', expectedReturn: '2026-12-01T08:00:00.000Z', companion: 'x', companionPhone: '13600001111' })
    expect(refused.status).toBe(409)
  })
})

describe('CARE-16 gatherings', () => {
  it('CARE-16 is booked at least 3 days ahead and tells the cashier, recreation specialist, health-care supervisor and driver', async () => {
    const base = { site: w.site, elder: elder.id, familyName: '陈刚', familyPhone: '13600001111', headCount: 8, package: 'A' }
    const soon = await w.desk.post('/api/gatherings', { ...base, startsAt: `${dayFromNow(2)}T03:00:00.000Z` })
    expect(soon.status).toBe(400)
    expect(soon.body.errors[0].message).toContain('提前三天')
    const ok = await w.desk.post('/api/gatherings', { ...base, startsAt: `${dayFromNow(4)}T03:00:00.000Z` })
    expect(ok.status).toBe(201)
    for (const [title, position] of [['老友聚会收费', 'cashier'], ['老友聚会接待', 'recreation-specialist'], ['老友聚会照料', 'health-care-supervisor'], ['老友聚会接送', 'driver']]) {
      const [msg] = await messagesLike(w.payload, w.site, title)
      expect(msg.recipients).toEqual([w.staff[position].id])
      expect(msg.body).toContain('8人,A套餐')
    }
  })
})

describe('CARE-21 parcels and CARE-22 business trips', () => {
  it('CARE-21 a parcel for an elder texts the family and asks the health-care supervisor to collect it', async () => {
    const res = await w.desk.post('/api/parcels', { site: w.site, forWhom: 'elder', elder: elder.id, familyName: '陈刚', familyPhone: '13600001111', carrier: '顺丰', trackingNo: 'SF123' })
    expect(res.status).toBe(201)
    const sms = await w.payload.find({ collection: 'sms', where: { to: { equals: '13600001111' } }, overrideAccess: true })
    expect(sms.docs[0].kind).toBe('parcel')
    expect(sms.docs[0].text).toContain('陈秀珍')
    const [msg] = await messagesLike(w.payload, w.site, '领取老人快递')
    expect(msg.recipients).toEqual([w.staff['health-care-supervisor'].id])
  })

  it('CARE-21 a parcel for staff tells them; company postage → settle with finance first', async () => {
    const res = await w.desk.post('/api/parcels', { site: w.site, forWhom: 'staff', staff: w.staff.storekeeper.id, carrier: '京东', postageDue: true, postage: 12 })
    expect(res.status).toBe(201)
    const [msg] = await messagesLike(w.payload, w.site, '快递到达')
    expect(msg.recipients).toEqual([w.staff.storekeeper.id])
    expect(msg.body).toContain('财务')
    expect((await w.desk.post('/api/parcels', { site: w.site, forWhom: 'staff' })).status).toBe(400)
  })

  it('CARE-22 a staff business trip is registered with its work order; the return is after leaving', async () => {
    const ok = await w.desk.post('/api/business-trips', { site: w.site, staff: w.staff.driver.id, destination: '市第一人民医院', workOrderNo: 'PG-001', task: '送老人复诊', leftAt: '2026-11-26T01:00:00Z', expectedReturn: '2026-11-26T05:00:00Z' })
    expect(ok.status).toBe(201)
    const bad = await w.desk.post('/api/business-trips', { site: w.site, staff: w.staff.driver.id, destination: 'x', task: 'x', leftAt: '2026-11-26T05:00:00Z', expectedReturn: '2026-11-26T01:00:00Z' })
    expect(bad.status).toBe(400)
  })
})

describe('CARE-19 complaints and CARE-20 repairs', () => {
  it('CARE-19 a complaint entered within 30 minutes is on time; later is flagged; the received time cannot be moved afterwards', async () => {
    const base = { site: w.site, channel: 'phone', complainant: '陈刚', content: '午餐送餐偏晚' }
    const onTime = await w.desk.post('/api/complaints', { ...base, receivedAt: new Date(Date.now() - 20 * 60_000).toISOString() })
    expect(onTime.body.doc.lateEntry).toBe('no')
    const late = await w.desk.post('/api/complaints', { ...base, receivedAt: new Date(Date.now() - 45 * 60_000).toISOString() })
    expect(late.body.doc.lateEntry).toBe('yes')
    const moved = await w.desk.patch(`/api/complaints/${late.body.doc.id}`, { receivedAt: new Date().toISOString() })
    expect(moved.status).toBe(409)
    const forced = await w.desk.patch(`/api/complaints/${late.body.doc.id}`, { lateEntry: 'no' })
    expect(forced.status).toBe(403)
    const count = await w.payload.count({ collection: 'complaints', where: { lateEntry: { equals: 'yes' } }, overrideAccess: true })
    expect(count.totalDocs).toBe(1)
  })

  it('CARE-20 anyone can file a repair request; the repairer is told; device failures are filed once per open failure', async () => {
    const cook = await w.as('catering-supervisor')
    const res = await cook.post('/api/repair-requests', { site: w.site, category: 'facility', item: '厨房水龙头漏水', location: '一楼厨房', reporterName: '孙丽娟' })
    expect(res.status).toBe(201)
    expect(res.body.doc.status).toBe('open')
    const [told] = await messagesLike(w.payload, w.site, '维修申请:厨房水龙头漏水')
    expect(new Set(told.recipients)).toEqual(new Set([w.staff.engineer.id, w.staff['property-staff'].id]))
    const assigned = await w.desk.patch(`/api/repair-requests/${res.body.doc.id}`, { repairer: w.staff.engineer.id })
    expect(assigned.status).toBe(200)
    // The status is the lifecycle's (hooks/lifecycle): it moves through its transition, not a PATCH.
    const started = await w.desk.post(`/api/repair-requests/${res.body.doc.id}/transition`, { to: 'in-progress' })
    expect(started.status).toBe(200)
    expect(started.body.doc.status).toBe('in-progress')
    const [job] = await messagesLike(w.payload, w.site, '请您维修')
    expect(job.recipients).toEqual([w.staff.engineer.id])
    const first = await fileRepair(w.payload, { site: w.site, category: 'card-reader', item: '大厅读卡器无响应', device: 'reader-1' })
    const again = await fileRepair(w.payload, { site: w.site, category: 'card-reader', item: '大厅读卡器无响应', device: 'reader-1' })
    expect(first.created).toBe(true)
    expect(again.created).toBe(false)
    expect(again.repair.id).toBe(first.repair.id)
  })
})

describe('CARE-18 SMS', () => {
  it('CARE-18 route texts go straight to the outbox; notices need the admin director’s approval first', async () => {
    const route = await w.desk.post('/api/sms', { site: w.site, kind: 'route', to: '13600001111', text: '千禾颐养家苑地址:成都市武侯区千禾路8号,地铁3号线千禾站B口步行5分钟。' })
    expect(route.status).toBe(201)
    expect(route.body.doc.status).toBe('queued')
    const notice = await w.desk.post('/api/sms', { site: w.site, kind: 'greeting', to: '13600001111', text: '中秋快乐' })
    expect(notice.status).toBe(403)

    const draft = await w.desk.post('/api/sms-notices', { site: w.site, kind: 'greeting', text: '千禾颐养家苑祝您中秋快乐,阖家幸福!', numbers: '13600001111\n13600002222' })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.approvalStatus).toBe('pending')
    expect(draft.body.doc.approvalPosition).toBe('admin-director')
    expect((await w.payload.count({ collection: 'sms', where: { notice: { equals: draft.body.doc.id } }, overrideAccess: true })).totalDocs).toBe(0)
    const director = await w.as('admin-director')
    const decided = await director.post(`/api/sms-notices/${draft.body.doc.id}/decide`, { decision: 'approved' })
    expect(decided.status).toBe(200)
    expect((await w.payload.count({ collection: 'sms', where: { notice: { equals: draft.body.doc.id } }, overrideAccess: true })).totalDocs).toBe(2)
  })

  it('CARE-18 without a provider texts stay in the outbox; with one they are sent, failures retried', async () => {
    setSmsProvider(null)
    expect(await deliverSms(w.payload)).toBe(0)
    const sent: string[] = []
    let fail = true
    setSmsProvider({ name: 'test', send: async ({ to }) => { if (fail && to === '13600002222') { fail = false; throw new Error('gateway busy') } sent.push(to); return { id: `m${sent.length}` } } })
    const n = await deliverSms(w.payload)
    expect(n).toBeGreaterThanOrEqual(2)
    const retry = await w.payload.find({ collection: 'sms', where: { status: { equals: 'queued' } }, overrideAccess: true })
    expect(retry.docs.map((d) => d.error)).toEqual(['gateway busy'])
    expect(await deliverSms(w.payload, new Date(Date.now() + 3600_000))).toBe(1)
  })
})
