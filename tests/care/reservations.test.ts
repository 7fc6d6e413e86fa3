import { describe, expect, it } from 'vitest'
import { cancelUnconfirmedReservations } from '../helpers/sweeps'
import { bedOf, makeElder, messagesLike, spareBed } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld()

// 2025 National Day: 1–8 October off, Sunday 28 September and Saturday 11 October are make-up working days.
const paidThursday = '2025-09-25T02:00:00.000Z' // 10:00 in Shanghai

const reserve = async (bed: number, elderName: string, extra: Record<string, unknown> = {}, at: { site: number; desk: typeof w.desk } = w) => {
  const elder = await makeElder(w.payload, at.site, elderName)
  return at.desk.post('/api/reservations', {
    site: at.site, elder: elder.id, bed, familyName: `${elderName}家属`, familyPhone: '13800001111', ...extra,
  })
}

describe('CARE-08 reservations', () => {
  it('CARE-08 a reservation without the deposit receipt does not hold the bed; default deposit is 500 元', async () => {
    const bedId = await spareBed(w)
    const res = await reserve(bedId, '李桂兰')
    expect(res.status).toBe(201)
    expect(res.body.doc.status).toBe('pending')
    expect(res.body.doc.deposit).toBe(500)
    expect((await bedOf(w.payload, bedId)).status).toBe('free')
    // cancel it so the bed stays usable for the next tests
    const cancelled = await w.desk.patch(`/api/reservations/${res.body.doc.id}`, { cancelRequested: true })
    expect(cancelled.body.doc.status).toBe('cancelled')
    const revived = await w.desk.patch(`/api/reservations/${res.body.doc.id}`, { cancelRequested: false })
    expect(revived.status).toBe(409)
  })

  it('CARE-08 the receipt number holds the bed for 5 working days on the site calendar (across a holiday with make-up days)', async () => {
    const bedId = await spareBed(w)
    const res = await reserve(bedId, '王淑珍', { depositReceipt: 'SJ-2025-0925-01', depositPaidAt: paidThursday })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.status).toBe('held')
    // Fri 26, Sun 28 (make-up), Mon 29, Tue 30 Sept, [1–8 Oct off], Thu 9 Oct = 5th working day.
    expect(doc.holdUntil.slice(0, 10)).toBe('2025-10-09')
    // 6th working day: Fri 10 Oct, from 00:00 Shanghai time.
    expect(doc.cancelOn).toBe('2025-10-09T16:00:00.000Z')
    const bed = await bedOf(w.payload, bedId)
    expect(bed.status).toBe('held')
    expect(bed.elder).toBe(doc.elder.id ?? doc.elder)
  })

  it('CARE-08 a client cannot set the status or hold period itself', async () => {
    const bedId = await spareBed(w)
    const res = await reserve(bedId, '赵玉梅', { status: 'held' })
    expect(res.status).toBe(403)
    expect(String(res.body.errors?.[0]?.message)).toContain('状态')
    expect((await bedOf(w.payload, bedId)).status).toBe('free')
  })

  it('CARE-08 a held bed cannot be reserved again (409, nothing written)', async () => {
    const bedId = await spareBed(w)
    expect((await reserve(bedId, '王淑珍', { depositReceipt: 'SJ-2025-0925-01', depositPaidAt: paidThursday })).body.doc.status).toBe('held')
    const before = await w.payload.count({ collection: 'reservations', overrideAccess: true })
    const res = await reserve(bedId, '陈美华', { depositReceipt: 'SJ-2', depositPaidAt: paidThursday })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/已被预留或入住/)
    const after = await w.payload.count({ collection: 'reservations', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('CARE-08 cancels an unconfirmed reservation on the 6th working day and frees the bed; CARE-09 the desk is told whom to call, in order', async () => {
    // The waitlist, registered in this order (not in id order).
    const { payload } = w
    // A site of its own (its waitlist is this test's), and the reservations other tests left held are swept first.
    const home = await w.freshSite()
    await cancelUnconfirmedReservations(payload, new Date('2025-10-10T02:00:00Z'))
    const [heldBed, keptBed] = home.beds
    const held = await reserve(heldBed, '王淑珍', { depositReceipt: 'SJ-2025-0925-01', depositPaidAt: paidThursday }, home)
    expect(held.body.doc.status).toBe('held')
    for (const [familyName, at] of [['周家', '2025-09-02T01:00:00Z'], ['吴家', '2025-09-01T01:00:00Z'], ['郑家', '2025-09-03T01:00:00Z'], ['孙家', '2025-09-04T01:00:00Z']]) {
      const r = await home.desk.post('/api/waitlist', { site: home.site, familyName, familyPhone: '13900002222', elderName: `${familyName}老人`, registeredAt: at })
      expect(r.status).toBe(201)
    }
    // A confirmed reservation is kept.
    const kept = await reserve(keptBed, '刘凤兰', { depositReceipt: 'SJ-3', depositPaidAt: paidThursday }, home)
    expect((await home.desk.patch(`/api/reservations/${kept.body.doc.id}`, { familyConfirmed: true })).body.doc.status).toBe('confirmed')

    expect(await cancelUnconfirmedReservations(payload, new Date('2025-10-09T15:59:00Z'))).toBe(0)
    expect((await bedOf(payload, heldBed)).status).toBe('held')

    expect(await cancelUnconfirmedReservations(payload, new Date('2025-10-10T01:00:00Z'))).toBe(1)
    expect((await bedOf(payload, heldBed)).status).toBe('free')
    expect((await bedOf(payload, keptBed)).status).toBe('held')
    const { docs } = await payload.find({ collection: 'reservations', where: { status: { equals: 'cancelled' } }, overrideAccess: true })
    expect(docs.some((d) => String(d.cancelReason).includes('第6个工作日'))).toBe(true)
    // Idempotent.
    expect(await cancelUnconfirmedReservations(payload, new Date('2025-10-10T02:00:00Z'))).toBe(0)

    const [freed] = await messagesLike(payload, home.site, '已空出')
    expect(freed).toBeTruthy()
    expect(freed.recipients).toContain((await home.holder('front-desk')).id)
    const body = String(freed.body)
    expect(body.indexOf('吴家')).toBeGreaterThan(-1)
    expect(body.indexOf('吴家')).toBeLessThan(body.indexOf('周家'))
    expect(body.indexOf('周家')).toBeLessThan(body.indexOf('郑家'))
    expect(body).not.toContain('孙家')
  })

  it('CARE-08 the hold period is derived from the deposit, not stored: no column holds it, the panel still reads it, a client cannot set it', async () => {
    const { payload } = w
    const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: { column_name: string }[] }> } }
    const { sql } = await import('@payloadcms/db-postgres')
    const { rows } = await db.drizzle.execute(sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'reservations'`)
    const columns = rows.map((r) => r.column_name)
    expect(columns).toContain('hold_due_at') // the `hold` deadline's due column: the one stored moment
    expect(columns).not.toContain('hold_until')
    expect(columns).not.toContain('cancel_on')
    const res = await reserve(await spareBed(w), '钱素云', { depositReceipt: 'SJ-4', depositPaidAt: paidThursday })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.holdUntil.slice(0, 10)).toBe('2025-10-09')
    expect(doc.cancelOn).toBe('2025-10-09T16:00:00.000Z')
    expect(doc.cancelOn).toBe(doc.holdDueAt)
    // The list the panel shows reads it too.
    const list = await w.desk.get(`/api/reservations?where[id][equals]=${doc.id}&depth=0`)
    expect(list.body.docs[0].holdUntil.slice(0, 10)).toBe('2025-10-09')
    for (const forged of [{ holdUntil: '2030-01-01' }, { cancelOn: '2030-01-01T00:00:00.000Z' }]) {
      expect((await w.desk.patch(`/api/reservations/${doc.id}`, forged)).status).toBe(403)
    }
    // A reservation without a deposit holds nothing, so shows no hold.
    const pending = await reserve(await spareBed(w), '钱家二老')
    expect(pending.body.doc.holdUntil ?? null).toBeNull()
    expect(pending.body.doc.cancelOn ?? null).toBeNull()
  })

  it('JOB-01 CARE-08 the 6th-working-day cancellation is the lifecycle’s server transition taken by the deadline: audited with the deadline as its note, its reason set and the bed freed as its effect', async () => {
    const { payload } = w
    // Its own held reservation (as in the test above), after the ones other tests left held are swept.
    await cancelUnconfirmedReservations(payload, new Date('2025-10-10T02:00:00Z'))
    const bedId = await spareBed(w)
    const res = await reserve(bedId, '钱素云', { depositReceipt: 'SJ-4', depositPaidAt: paidThursday })
    expect(res.body.doc.status).toBe('held')
    const id = res.body.doc.id as number
    const audit = async () =>
      (await payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'reservations' } }, { recordId: { equals: String(id) } }, { action: { equals: 'transition' } }] }, sort: 'createdAt', depth: 0, overrideAccess: true })).docs
    expect(await cancelUnconfirmedReservations(payload, new Date('2025-10-10T01:00:00Z'))).toBe(1)
    const cancelled = await payload.findByID({ collection: 'reservations', id, depth: 0, overrideAccess: true })
    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.cancelReason).toContain('第6个工作日')
    expect((await bedOf(payload, bedId)).status).toBe('free')
    expect((await audit()).map((t) => [t.from, t.to, t.note ?? null])).toEqual([['pending', 'held', null], ['held', 'cancelled', 'deadline:hold']])
  })
})