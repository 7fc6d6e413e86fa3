/** CARE-06 點菜單: ordered → cancelled is a declared transition (the bar's 取消點餐); the state is never set directly. */
import { describe, expect, it } from 'vitest'
import { messagesLike } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk', 'catering-supervisor', 'driver'] })

const order = async () => {
  const res = await w.desk.post('/api/meal-orders', {
    site: w.site, guestName: `林家${Math.random().toString(36).slice(2, 6)}`, guests: 2, mealTime: '2026-12-05T04:00:00.000Z', purpose: 'family',
    items: [{ dish: '番茄炒蛋', quantity: 2, unitPrice: 18 }],
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; status: string; guestName: string }
}
const stateOf = async (id: number) => (await w.payload.findByID({ collection: 'meal-orders', id, depth: 0, overrideAccess: true })).status

describe('CARE-06 a meal order is cancelled through its declared transition', () => {
  it('CARE-06 a new order starts ordered; a PATCH or a create of its state is refused (403) and nothing changes', async () => {
    const o = await order()
    expect(o.status).toBe('ordered')
    expect((await w.desk.patch(`/api/meal-orders/${o.id}`, { status: 'cancelled' })).status).toBe(403)
    const gql = await w.desk.post('/api/graphql', { query: `mutation { updateMealOrder(id: ${o.id}, data: { status: cancelled }) { status } }` })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const created = await w.desk.post('/api/meal-orders', { site: w.site, guestName: '林家', guests: 1, mealTime: '2026-12-05T04:00:00.000Z', purpose: 'family', status: 'cancelled', items: [{ dish: '米饭', quantity: 1, unitPrice: 2 }] })
    expect(created.status).toBe(403)
    expect(await stateOf(o.id)).toBe('ordered')
  })

  it('CARE-06 the desk cancels an order (the kitchen is told and rung); the driver may not; a cancelled order stays cancelled', async () => {
    const o = await order()
    const driver = await w.as('driver')
    const refused = await driver.post(`/api/meal-orders/${o.id}/transition`, { to: 'cancelled' })
    expect(refused.status).toBe(403)
    expect(await stateOf(o.id)).toBe('ordered')

    // The edit view's bar offers the verb to the desk (a label, not a slug), not to the driver.
    const bar = await w.desk.get(`/api/meal-orders/${o.id}/workflow`)
    expect(bar.status).toBe(200)
    expect(bar.body.actions.map((a: { label: string; body: unknown }) => [a.label, a.body])).toEqual([['取消点餐', { to: 'cancelled' }]])
    expect((await driver.get(`/api/meal-orders/${o.id}/workflow`)).body.actions).toEqual([])

    const res = await w.desk.post(`/api/meal-orders/${o.id}/transition`, { to: 'cancelled', note: '家属不来了' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await stateOf(o.id)).toBe('cancelled')
    const [msg] = await messagesLike(w.payload, w.site, '点餐取消')
    expect(msg.recipients).toEqual([w.staff['catering-supervisor'].id])
    expect(msg.body).toContain('番茄炒蛋、2份')
    const tasks = await w.payload.find({ collection: 'call-tasks', where: { relatedId: { equals: String(o.id) } }, depth: 0, overrideAccess: true })
    expect(tasks.docs.length).toBe(2) // the order, and its cancellation

    expect((await w.desk.post(`/api/meal-orders/${o.id}/transition`, { to: 'cancelled' })).status).toBe(409)
    expect((await w.desk.patch(`/api/meal-orders/${o.id}`, { notes: '改' })).status).toBe(409)
  })

  it('CARE-06 another site’s order answers like a missing one', async () => {
    const o = await order()
    const outsider = await w.as('outsider')
    const res = await outsider.post(`/api/meal-orders/${o.id}/transition`, { to: 'cancelled' })
    expect(res.status).toBe(404)
    expect(await stateOf(o.id)).toBe('ordered')
  })
})
