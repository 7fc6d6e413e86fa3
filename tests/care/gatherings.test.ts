/** CARE-16 老友聚會 and its CARE-06 meal order (點菜單): made, changed and cancelled with the gathering. */
import { beforeAll, describe, expect, it } from 'vitest'
import { dayFromNow, makeElder, messagesLike } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld()

let elder: { id: number; name: string }

beforeAll(async () => {
  elder = await makeElder(w.payload, w.site, '周桂兰', { status: 'admitted', bed: w.beds[0] })
})

const orderOf = (id: number) => w.payload.findByID({ collection: 'meal-orders', id, depth: 0, overrideAccess: true })
const gatheringOf = (id: number) => w.payload.findByID({ collection: 'gatherings', id, depth: 0, overrideAccess: true })
const setPrices = (mealPrices: { packageA?: number | null; packageB?: number | null }) =>
  w.payload.update({ collection: 'sites', id: w.site, data: { mealPrices }, overrideAccess: true })
const callTasks = (order: number) =>
  w.payload.find({ collection: 'call-tasks', where: { relatedId: { equals: String(order) } }, sort: 'id', depth: 0, overrideAccess: true }).then((r) => r.docs)
/** A relationship as REST returns it (populated at the default depth) → its id. */
const ref = (v: number | { id: number }) => (typeof v === 'object' ? v.id : v)
const base = () => ({ site: w.site, elder: elder.id, familyName: '周建国', familyPhone: '13600002222', headCount: 8, package: 'A', startsAt: `${dayFromNow(5)}T04:00:00.000Z` })

describe('CARE-16 gatherings order their meals', () => {
  it('CARE-16 a gathering creates its meal order (package × head count at the site’s price) in its transaction, linked both ways; the catering supervisor is told and rung', async () => {
    await setPrices({ packageA: 68, packageB: 98 })
    const res = await w.desk.post('/api/gatherings', base())
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const gathering = res.body.doc
    expect(ref(gathering.mealOrder)).toBeTypeOf('number')
    const order = await orderOf(ref(gathering.mealOrder))
    expect(order.gathering).toBe(gathering.id)
    expect(order).toMatchObject({ site: w.site, purpose: 'gathering', guests: 8, guestName: '周建国', elder: elder.id, status: 'ordered', free: false, total: 544 })
    expect(new Date(order.mealTime).toISOString()).toBe(base().startsAt)
    expect(order.items!.map((i) => [i.dish, i.quantity, i.unitPrice, i.amount])).toEqual([['老友聚会A套餐', 8, 68, 544]])

    const [msg] = await messagesLike(w.payload, w.site, '点餐通知')
    expect(msg.recipients).toEqual([w.staff['catering-supervisor'].id])
    expect(msg.body).toContain('老友聚会A套餐、8份')
    const tasks = await callTasks(order.id)
    expect(tasks.map((t) => t.callee)).toEqual([w.staff['catering-supervisor'].id])

    // The price is the site's data: an administrator changes it, the next gathering is charged by it.
    await setPrices({ packageA: 75, packageB: 98 })
    const next = await w.desk.post('/api/gatherings', { ...base(), headCount: 2 })
    expect(next.status).toBe(201)
    expect((await orderOf(ref(next.body.doc.mealOrder))).total).toBe(150)

    // A client can set neither link.
    expect((await w.desk.post('/api/gatherings', { ...base(), mealOrder: order.id })).status).toBe(403)
    expect((await w.desk.patch(`/api/meal-orders/${order.id}`, { gathering: next.body.doc.id })).status).toBe(403)
  })

  it('CARE-16 a site without a price for the package refuses the gathering, and nothing of it is left', async () => {
    await setPrices({ packageA: 68, packageB: null })
    const before = (await w.payload.count({ collection: 'meal-orders', overrideAccess: true })).totalDocs
    const gatherings = (await w.payload.count({ collection: 'gatherings', overrideAccess: true })).totalDocs
    const res = await w.desk.post('/api/gatherings', { ...base(), package: 'B' })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toContain('B 套餐')
    expect((await w.payload.count({ collection: 'meal-orders', overrideAccess: true })).totalDocs).toBe(before)
    expect((await w.payload.count({ collection: 'gatherings', overrideAccess: true })).totalDocs).toBe(gatherings)
    await setPrices({ packageA: 68, packageB: 98 })
  })

  it('CARE-16 changing the head count or package before the day updates the order (and tells the kitchen); the order itself is changed only through its gathering', async () => {
    await setPrices({ packageA: 68, packageB: 98 })
    const { body } = await w.desk.post('/api/gatherings', base())
    const id = body.doc.id as number
    const orderId = ref(body.doc.mealOrder)

    const more = await w.desk.patch(`/api/gatherings/${id}`, { headCount: 10 })
    expect(more.status).toBe(200)
    let order = await orderOf(orderId)
    expect([order.guests, order.items![0].quantity, order.items![0].unitPrice, order.total]).toEqual([10, 10, 68, 680])
    const [changed] = await messagesLike(w.payload, w.site, '点餐变更')
    expect(changed.recipients).toEqual([w.staff['catering-supervisor'].id])
    expect(changed.body).toContain('老友聚会A套餐、10份')

    // A new package is priced at the site's price of now.
    await setPrices({ packageA: 68, packageB: 120 })
    expect((await w.desk.patch(`/api/gatherings/${id}`, { package: 'B' })).status).toBe(200)
    order = await orderOf(orderId)
    expect(order.items!.map((i) => [i.dish, i.quantity, i.unitPrice])).toEqual([['老友聚会B套餐', 10, 120]])
    expect(order.total).toBe(1200)
    expect((await callTasks(orderId)).length).toBe(3) // the order, and each change

    // Its meal order is the gathering's: a client edit is refused, the gathering stays the source.
    const direct = await w.desk.patch(`/api/meal-orders/${orderId}`, { guests: 3 })
    expect(direct.status).toBe(409)
    expect(direct.body.errors[0].message).toContain('老友聚会')

    // From the day on, the order is the kitchen's: no change of head count or package, no cancelling.
    await w.payload.db.updateOne({ collection: 'gatherings', id, data: { startsAt: `${dayFromNow(0)}T04:00:00.000Z` } })
    const late = await w.desk.patch(`/api/gatherings/${id}`, { headCount: 12 })
    expect(late.status).toBe(409)
    expect(late.body.errors[0].message).toContain('聚会当天')
    const tooLate = await w.desk.post(`/api/gatherings/${id}/transition`, { to: 'cancelled' })
    expect(tooLate.status).toBe(409)
    expect(tooLate.body.errors[0].message).toContain('聚会当天')
    expect((await gatheringOf(id)).status).toBe('booked')
    expect((await orderOf(orderId)).guests).toBe(10)
    expect((await w.desk.patch(`/api/gatherings/${id}`, { notes: '家属自带蛋糕' })).status).toBe(200)
  })

  it('CARE-16 cancelling the gathering (its declared transition) cancels its meal order; a cancelled gathering stays cancelled', async () => {
    await setPrices({ packageA: 68, packageB: 98 })
    const { body } = await w.desk.post('/api/gatherings', { ...base(), package: 'B', headCount: 4 })
    const id = body.doc.id as number
    const orderId = ref(body.doc.mealOrder)
    // The state is the lifecycle's: a PATCH of it is refused, the order untouched.
    const patched = await w.desk.patch(`/api/gatherings/${id}`, { status: 'cancelled' })
    expect(patched.status).toBe(403)
    expect((await orderOf(orderId)).status).toBe('ordered')
    // The gathering's order is cancelled only with its gathering.
    const direct = await w.desk.post(`/api/meal-orders/${orderId}/transition`, { to: 'cancelled' })
    expect(direct.status).toBe(409)
    expect(direct.body.errors[0].message).toContain('老友聚会')
    // The edit view's bar offers 取消聚会 on the gathering, and nothing on its order.
    const bar = await w.desk.get(`/api/gatherings/${id}/workflow`)
    expect(bar.body.actions.map((a: { label: string }) => a.label)).toEqual(['取消聚会'])
    expect((await w.desk.get(`/api/meal-orders/${orderId}/workflow`)).body.actions).toEqual([])
    const res = await w.desk.post(`/api/gatherings/${id}/transition`, { to: 'cancelled', note: '家属改期' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const order = await orderOf(orderId)
    expect(order.status).toBe('cancelled')
    expect(order.gathering).toBe(id)
    const audit = await w.payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'transition' } }, { or: [{ and: [{ collection: { equals: 'gatherings' } }, { recordId: { equals: String(id) } }] }, { and: [{ collection: { equals: 'meal-orders' } }, { recordId: { equals: String(orderId) } }] }] }] },
      sort: 'id',
      depth: 0,
      overrideAccess: true,
    })
    expect(audit.docs.map((r) => [r.collection, r.from, r.to, r.note])).toEqual([
      ['gatherings', 'booked', 'cancelled', '家属改期'],
      ['meal-orders', 'ordered', 'cancelled', '家属改期'],
    ])
    const [msg] = await messagesLike(w.payload, w.site, '点餐取消')
    expect(msg.recipients).toEqual([w.staff['catering-supervisor'].id])
    expect(msg.body).toContain('老友聚会B套餐、4份')
    expect((await callTasks(orderId)).length).toBe(2)

    expect((await w.desk.patch(`/api/gatherings/${id}`, { status: 'booked' })).status).toBe(403)
    expect((await w.desk.post(`/api/gatherings/${id}/transition`, { to: 'cancelled' })).status).toBe(409)
    expect((await w.desk.patch(`/api/gatherings/${id}`, { headCount: 6 })).status).toBe(409)
    expect((await gatheringOf(id)).status).toBe('cancelled')
    expect((await w.desk.patch(`/api/meal-orders/${orderId}`, { notes: 'x' })).status).toBe(409)
  })
})
