/**
 * OFFICE-03 travel requests: each leader's preferences stored once in the profile and filled into
 * every request by the server (never asked twice); the itinerary texted through the SMS outbox; the
 * advance or reimbursement confirmed by the cashier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useWorld, type Person } from '../helpers/world'
import { deliverSms } from '../helpers/sweeps'
import { sweepDeadline } from '../../hooks/deadlines'
import { setSmsProvider } from '../../collections/care/sms/hooks'

const w = useWorld({ sites: [{ type: 'office' }, { type: 'office' }] })

const inDays = (n: number, hour = 8) => new Date(Date.now() + n * 86_400_000 + hour * 3_600_000).toISOString()

async function leader(mobile: string | null = '136 0000 8001', name = '王建国') {
  const person = await w.hire({ name, positions: ['chairman'] })
  if (mobile) await w.payload.update({ collection: 'staff', id: person.id, data: { mobile }, overrideAccess: true })
  return person
}

const count = async (collection: 'travel-requests' | 'travel-preferences' | 'sms', where: object = {}) =>
  (await w.payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs

const train = (who: Person, extra: Record<string, unknown> = {}) => ({
  site: w.site, leader: who.id, kind: 'train', headCount: 1, origin: '成都东', destination: '重庆北', departAt: inDays(3), ...extra,
})

afterAll(() => setSmsProvider(undefined))

describe('OFFICE-03 travel requests', () => {
  it('OFFICE-03 a request for a leader with no stored preferences asks for them once: refused naming what to ask, nothing written', async () => {
    const boss = await leader()
    const before = await count('travel-requests')
    const res = await w.desk.post('/api/travel-requests', train(boss))
    expect(res.status).toBe(400)
    const message = res.body.errors[0].message as string
    expect(message).toContain('王建国')
    expect(message).toContain('火车/动车座席')
    expect(message).toContain('靠窗/靠过道')
    expect(message).not.toContain('酒店要求')
    expect(await count('travel-requests')).toBe(before)
    expect(await count('travel-preferences', { staff: { equals: boss.id } })).toBe(0)
  })

  it('OFFICE-03 the answers are saved to the leader\'s profile once; the next request without them is filled from the profile (never asked twice)', async () => {
    const boss = await leader()
    const first = await w.desk.post('/api/travel-requests', train(boss, { preferences: { trainSeat: 'first', seatSide: 'window' } }))
    expect(first.status).toBe(201)
    expect(first.body.doc.preferencesFrom).toBe('saved')
    const profile = await w.payload.find({ collection: 'travel-preferences', where: { staff: { equals: boss.id } }, overrideAccess: true })
    expect(profile.docs).toHaveLength(1)
    expect(profile.docs[0]).toMatchObject({ trainSeat: 'first', seatSide: 'window' })
    // The second request asks nothing and carries the stored answers; a different value sent by a client does not replace them.
    const second = await w.desk.post('/api/travel-requests', train(boss, { departAt: inDays(10) }))
    expect(second.status).toBe(201)
    expect(second.body.doc.preferences).toMatchObject({ trainSeat: 'first', seatSide: 'window' })
    expect(second.body.doc.preferencesFrom).toBe('profile')
    const third = await w.desk.post('/api/travel-requests', train(boss, { departAt: inDays(12), preferences: { trainSeat: 'second' } }))
    expect(third.body.doc.preferences.trainSeat).toBe('first')
    // A flight asks only what has never been asked (where in the plane, check-in) — not window or aisle again.
    const flight = await w.desk.post('/api/travel-requests', { ...train(boss), kind: 'flight', departAt: inDays(20) })
    expect(flight.status).toBe(400)
    expect(flight.body.errors[0].message).toContain('飞机座位位置')
    expect(flight.body.errors[0].message).not.toContain('靠窗')
    const flown = await w.desk.post('/api/travel-requests', { ...train(boss), kind: 'flight', departAt: inDays(20), preferences: { planeZone: 'front', checkIn: 'desk' } })
    expect(flown.status).toBe(201)
    expect(flown.body.doc.preferences).toMatchObject({ seatSide: 'window', planeZone: 'front', checkIn: 'desk', trainSeat: 'first' })
    expect(await count('travel-preferences', { staff: { equals: boss.id } })).toBe(1)
    // The admin form shows them: the profile is one per leader, a second is refused.
    const again = await w.desk.post('/api/travel-preferences', { site: w.site, staff: boss.id, trainSeat: 'second' })
    expect(again.status).toBe(409)
  })

  it('OFFICE-03 booking texts the itinerary (zh) to the leader\'s mobile through the SMS outbox, queued while no gateway is configured', async () => {
    setSmsProvider(null)
    const boss = await leader('136 0000 8123', '李志远')
    const req = await w.desk.post('/api/travel-requests', train(boss, { headCount: 2, travellers: '李志远、陈静', preferences: { trainSeat: 'business', seatSide: 'aisle' } }))
    const id = req.body.doc.id
    // Not before the train is known.
    const early = await w.desk.post(`/api/travel-requests/${id}/transition`, { to: 'booked' })
    expect(early.status).toBe(409)
    expect(await count('sms', { kind: { equals: 'itinerary' }, to: { equals: '136 0000 8123' } })).toBe(0)
    expect((await w.desk.patch(`/api/travel-requests/${id}`, { bookingRef: 'G8501', seat: '03车 2D' })).status).toBe(200)
    const booked = await w.desk.post(`/api/travel-requests/${id}/transition`, { to: 'booked' })
    expect(booked.status).toBe(200)
    const doc = (await w.desk.get(`/api/travel-requests/${id}`)).body
    expect(doc.status).toBe('booked')
    expect(doc.itinerary).toContain('G8501')
    expect(doc.itinerary).toContain('商务座')
    expect(doc.itinerary).toContain('成都东→重庆北')
    expect(doc.itinerary).toContain('共2人')
    const sms = await w.payload.find({ collection: 'sms', where: { to: { equals: '136 0000 8123' } }, overrideAccess: true })
    expect(sms.docs).toHaveLength(1)
    expect(sms.docs[0]).toMatchObject({ kind: 'itinerary', status: 'queued', text: doc.itinerary })
    expect(await deliverSms(w.payload)).toBe(0)
    // A gateway takes the queued text.
    const sent: { to: string; text: string }[] = []
    setSmsProvider({ name: 'test', send: async (m) => (sent.push(m), { id: 'gw-1' }) })
    await deliverSms(w.payload)
    expect(sent.find((m) => m.to === '136 0000 8123')?.text).toBe(doc.itinerary)
    setSmsProvider(null)
    // Booked trips are not edited silently: the itinerary was texted.
    const moved = await w.desk.patch(`/api/travel-requests/${id}`, { destination: '北京西' })
    expect(moved.status).toBe(409)
  })

  it('OFFICE-03 a flight\'s and a hotel\'s itinerary texts carry the stored preferences: seat side, where in the plane, check-in, the hotel', async () => {
    setSmsProvider(null)
    const boss = await leader('136 0000 8321', '黄总')
    await w.desk.post('/api/travel-preferences', { site: w.site, staff: boss.id, seatSide: 'aisle', planeZone: 'middle', checkIn: 'desk', hotel: '全季酒店,大床房' })
    const flight = await w.desk.post('/api/travel-requests', { ...train(boss), kind: 'flight', origin: '成都天府', destination: '北京首都', bookingRef: 'CA4102', seat: '32C' })
    expect(flight.status).toBe(201)
    expect((await w.desk.post(`/api/travel-requests/${flight.body.doc.id}/transition`, { to: 'booked' })).status).toBe(200)
    const text = (await w.desk.get(`/api/travel-requests/${flight.body.doc.id}`)).body.itinerary as string
    expect(text).toContain('航班CA4102 成都天府→北京首都')
    expect(text).toContain('座位32C 靠过道、中部')
    expect(text).toContain('前台已代办值机')
    const hotel = await w.desk.post('/api/travel-requests', { ...train(boss), kind: 'hotel', origin: '', destination: '北京', bookingRef: '全季酒店(国贸店)', seat: '大床房', returnAt: inDays(5) })
    expect(hotel.status).toBe(201)
    expect(hotel.body.doc.preferences.hotel).toBe('全季酒店,大床房')
    await w.desk.post(`/api/travel-requests/${hotel.body.doc.id}/transition`, { to: 'booked' })
    const stay = (await w.desk.get(`/api/travel-requests/${hotel.body.doc.id}`)).body.itinerary as string
    expect(stay).toMatch(/^黄总您好,已为您订好:全季酒店\(国贸店\)\(北京\),.*入住,.*离店,大床房/)
    expect(await count('sms', { to: { equals: '136 0000 8321' } })).toBe(2)
  })

  it('OFFICE-03 a leader with no mobile on file: the booking is refused and no text is queued', async () => {
    const boss = await leader(null, '赵总')
    const res = await w.desk.post('/api/travel-requests', train(boss, { bookingRef: 'D1234', preferences: { trainSeat: 'second', seatSide: 'window' } }))
    const before = await count('sms')
    const booked = await w.desk.post(`/api/travel-requests/${res.body.doc.id}/transition`, { to: 'booked' })
    expect(booked.status).toBe(409)
    expect(booked.body.errors[0].message).toContain('手机')
    expect(await count('sms')).toBe(before)
    expect((await w.desk.get(`/api/travel-requests/${res.body.doc.id}`)).body.status).toBe('requested')
  })

  it('OFFICE-03 advance from finance or reimbursement: the cashier confirms it (a state only the cashier takes, never a PATCH)', async () => {
    const boss = await leader('136 0000 8555', '周总')
    const res = await w.desk.post('/api/travel-requests', train(boss, { bookingRef: 'G1', funding: 'advance', preferences: { trainSeat: 'first', seatSide: 'aisle' } }))
    const id = res.body.doc.id
    expect((await w.desk.post(`/api/travel-requests/${id}/transition`, { to: 'booked' })).status).toBe(200)
    expect((await w.desk.patch(`/api/travel-requests/${id}`, { status: 'settled' })).status).toBe(403)
    expect((await w.desk.post(`/api/travel-requests/${id}/transition`, { to: 'settled' })).status).toBe(403)
    const cashier = await w.as('cashier')
    expect((await cashier.post(`/api/travel-requests/${id}/transition`, { to: 'settled' })).status).toBe(409) // the amount first
    expect((await w.desk.patch(`/api/travel-requests/${id}`, { amount: 553, funding: 'reimburse' })).status).toBe(200)
    const settled = await cashier.post(`/api/travel-requests/${id}/transition`, { to: 'settled' })
    expect(settled.status).toBe(200)
    expect(settled.body.doc).toMatchObject({ status: 'settled', funding: 'reimburse', amount: 553, settledBy: w.staff.cashier.id })
    expect((await w.desk.patch(`/api/travel-requests/${id}`, { amount: 1 })).status).toBe(409)
  })

  it('OFFICE-03 a booked trip not settled with finance 7 days after departure is flagged and the cashier told (at closing time, in the site\'s zone); settled, the flag clears', async () => {
    const boss = await leader('136 0000 8777', '孙总')
    // Departed 2031-03-01 09:00 in Shanghai: due 2031-03-08 at closing time (17:30 Shanghai = 09:30 UTC).
    const res = await w.desk.post('/api/travel-requests', train(boss, { departAt: '2031-03-01T01:00:00.000Z', bookingRef: 'G7', amount: 200, preferences: { trainSeat: 'first', seatSide: 'window' } }))
    const id = res.body.doc.id
    await w.desk.post(`/api/travel-requests/${id}/transition`, { to: 'booked' })
    await sweepDeadline(w.payload, 'travel-requests', 'settle', new Date('2031-03-08T09:29:00Z'))
    expect((await w.desk.get(`/api/travel-requests/${id}`)).body.settleOverdue).toBe(false)
    await sweepDeadline(w.payload, 'travel-requests', 'settle', new Date('2031-03-08T09:31:00Z'))
    expect((await w.desk.get(`/api/travel-requests/${id}`)).body.settleOverdue).toBe(true)
    const told = await w.payload.find({ collection: 'message-receipts', where: { recipient: { equals: w.staff.cashier.id } }, depth: 1, overrideAccess: true, limit: 50 })
    expect(told.docs.some((r) => JSON.stringify(r.message).includes('孙总') && JSON.stringify(r.message).includes('G7'))).toBe(true)
    expect((await (await w.as('cashier')).post(`/api/travel-requests/${id}/transition`, { to: 'settled' })).status).toBe(200)
    await sweepDeadline(w.payload, 'travel-requests', 'settle', new Date('2031-03-09T09:31:00Z'))
    expect((await w.desk.get(`/api/travel-requests/${id}`)).body.settleOverdue).toBe(false)
  })

  it('OFFICE-03 another site\'s leader answers exactly like a missing one; another site\'s request is not found', async () => {
    const stranger = await w.other('chairman')
    const cross = await w.desk.post('/api/travel-requests', train(stranger as Person, { preferences: { trainSeat: 'first', seatSide: 'window' } }))
    const missing = await w.desk.post('/api/travel-requests', { ...train(stranger as Person, { preferences: { trainSeat: 'first', seatSide: 'window' } }), leader: 2_000_000 })
    expect(cross.status).toBe(missing.status)
    expect(cross.body.errors[0].message).toBe(missing.body.errors[0].message.replace('2000000', String(stranger.id)))
    expect(await count('travel-preferences', { staff: { equals: stranger.id } })).toBe(0)
    const boss = await leader()
    const mine = await w.desk.post('/api/travel-requests', train(boss, { preferences: { trainSeat: 'first', seatSide: 'window' } }))
    const outsider = await w.as('outsider')
    expect((await outsider.get(`/api/travel-requests/${mine.body.doc.id}`)).status).toBe(404)
    expect((await outsider.post(`/api/travel-requests/${mine.body.doc.id}/transition`, { to: 'cancelled', note: 'x' })).status).toBe(404)
  })
})
