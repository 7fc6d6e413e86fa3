/**
 * CARE-08 (issue 9): every place where a timestamp becomes a calendar day uses the site's time zone.
 * Deposits are sent as UTC instants, as the admin panel's date-and-time picker sends them (a deposit
 * paid at 07:30 in Shanghai on 12 February is `2026-02-11T23:30:00Z`); day-only fields come as
 * `yyyy-MM-dd`, as the day picker's UTC noon, or as the local midnight of the day.
 *
 * Spring Festival 2026 (chinese-days): 15–23 February off, Saturday 14 and Saturday 28 February are
 * make-up working days. 12 February is a Thursday.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { cancelUnconfirmedReservations } from '../helpers/sweeps'
import { dayOf, localDates, localDay, SiteCalendar, tryDay, wallClockInstant } from '../../src/lib/calendar'
import { controllerTime } from '../../devices/reader/zkteco'
import { bedOf, dayFromNow, makeElder, makePhoto, messagesLike } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld({ beds: 12 })

let photo: number

beforeAll(async () => {
  photo = await makePhoto(w.payload, w.site)
})

let bedIndex = 0
const reserve = async (name: string, extra: Record<string, unknown>) => {
  const elder = await makeElder(w.payload, w.site, name)
  const bed = w.beds[bedIndex++]
  const res = await w.desk.post('/api/reservations', {
    site: w.site, elder: elder.id, bed, familyName: `${name}家属`, familyPhone: '13800001111', depositReceipt: `SJ-${name}`, ...extra,
  })
  return { res, bed }
}

describe('CARE-08 days in the site time zone', () => {
  it('CARE-08 an instant becomes the day it is in Shanghai, never its first ten characters (near midnight UTC too)', () => {
    expect(localDay('2026-02-11T23:30:00Z', 'Asia/Shanghai')).toBe('2026-02-12')
    expect(localDay('2026-02-11T16:30:00Z', 'Asia/Shanghai')).toBe('2026-02-12')
    expect(localDay('2026-02-11T15:59:59.999Z', 'Asia/Shanghai')).toBe('2026-02-11')
    expect(localDay('2026-02-12T00:00:00.000Z', 'Asia/Shanghai')).toBe('2026-02-12')
    expect(localDay('2026-02-12T23:59:59Z', 'Asia/Shanghai')).toBe('2026-02-13')
    expect(localDay(new Date('2026-02-11T23:30:00Z'), 'Europe/London')).toBe('2026-02-11')
    expect(localDay('2026-02-12')).toBe('2026-02-12')
    expect(tryDay('not a date')).toBeUndefined()
    // A device's local clock read in the site's zone (the ZKTeco rtlog time).
    expect(wallClockInstant('2026-02-12 07:30:00', 'Asia/Shanghai')?.toISOString()).toBe('2026-02-11T23:30:00.000Z')
    expect(controllerTime('2026-02-12 00:30:00', 'Asia/Shanghai')).toBe('2026-02-11T16:30:00.000Z')
    expect(controllerTime('2026-02-12 00:30:00', 'Europe/London')).toBe('2026-02-12T00:30:00.000Z')
    expect(tryDay(undefined)).toBeUndefined()
  })

  it('CARE-08 a day-only value reads as its day whether sent as yyyy-MM-dd, as the admin day picker sends it (12:00 UTC) or as local midnight', () => {
    for (const value of ['2026-02-12', '2026-02-12T00:00:00.000Z', '2026-02-12T12:00:00.000Z', '2026-02-11T16:00:00.000Z']) {
      expect(dayOf(value, 'Asia/Shanghai')).toBe('2026-02-12')
    }
    expect(tryDay('2026-02-11T16:00:00.000Z', 'Asia/Shanghai', 'day')).toBe('2026-02-12')
    // Message and mail templates get the same days, and local times.
    const fields = [{ type: 'row', fields: [{ type: 'date', name: 'arrival', admin: { date: { pickerAppearance: 'dayOnly' } } }] }, { type: 'date', name: 'paidAt' }]
    expect(localDates(fields, { arrival: '2026-02-11T16:00:00.000Z', paidAt: '2026-02-11T23:30:00Z' }, 'Asia/Shanghai')).toEqual({ arrival: '2026-02-12', paidAt: '2026-02-12 07:30' })
  })

  it('CARE-08 the site calendar converts an instant given as a string instead of slicing it', async () => {
    const calendar = await SiteCalendar.of(w.payload, w.site)
    // 00:30 on Sunday 15 February in Shanghai (a Spring Festival holiday) is Saturday 14 February (a make-up working day) in UTC.
    expect(await calendar.isWorkingDay('2026-02-14T16:30:00Z')).toBe(false)
    expect((await calendar.day('2026-02-14T16:30:00Z')).day).toBe('2026-02-15')
    expect(await calendar.isWorkingDay('2026-02-14')).toBe(true)
    expect(await calendar.addWorkingDays('2026-02-11T23:30:00Z', 5)).toBe('2026-02-26')
  })

  it('CARE-08 a deposit paid at 07:30 Shanghai time on 12 February (sent as 2026-02-11T23:30:00Z) is held 5 working days across the Spring Festival', async () => {
    const { res, bed } = await reserve('时一', { depositPaidAt: '2026-02-11T23:30:00Z' })
    expect(res.status).toBe(201)
    // Fri 13, Sat 14 (make-up), [15–23 off], Tue 24, Wed 25, Thu 26 = 5th working day.
    expect(res.body.doc.holdUntil.slice(0, 10)).toBe('2026-02-26')
    // 6th working day: Friday 27 February from 00:00 in Shanghai.
    expect(res.body.doc.cancelOn).toBe('2026-02-26T16:00:00.000Z')
    expect((await bedOf(w.payload, bed)).status).toBe('held')
  })

  it('CARE-08 a deposit paid at 00:30 Shanghai time on 12 February (2026-02-11T16:30:00Z) counts from 12 February too', async () => {
    const { res } = await reserve('时二', { depositPaidAt: '2026-02-11T16:30:00Z' })
    expect(res.status).toBe(201)
    expect(res.body.doc.holdUntil.slice(0, 10)).toBe('2026-02-26')
    expect(res.body.doc.cancelOn).toBe('2026-02-26T16:00:00.000Z')
  })

  it('CARE-08 deposits near midnight: 23:59:59 in Shanghai is still that day, 00:00 the next', async () => {
    const before = await reserve('时三', { depositPaidAt: '2026-02-12T15:59:59Z' })
    expect(before.res.body.doc.holdUntil.slice(0, 10)).toBe('2026-02-26')
    const after = await reserve('时四', { depositPaidAt: '2026-02-12T16:00:00Z' })
    // Paid Friday 13: Sat 14, Tue 24, Wed 25, Thu 26, Fri 27 = 5th; Saturday 28 (make-up working day) is the 6th.
    expect(after.res.body.doc.holdUntil.slice(0, 10)).toBe('2026-02-27')
    expect(after.res.body.doc.cancelOn).toBe('2026-02-27T16:00:00.000Z')
    const lateUtc = await reserve('时五', { depositPaidAt: '2026-02-12T23:59:59Z' })
    expect(lateUtc.res.body.doc.cancelOn).toBe('2026-02-27T16:00:00.000Z')
  })

  it('CARE-08 the bed is not freed early: the sweep keeps a 07:30 deposit held through the 5th working day', async () => {
    const { res, bed } = await reserve('时六', { depositPaidAt: '2026-02-11T23:30:00Z' })
    const id = res.body.doc.id
    // 08:00 on Thursday 26 February in Shanghai: still the 5th working day.
    await cancelUnconfirmedReservations(w.payload, new Date('2026-02-26T00:00:00Z'))
    expect((await w.payload.findByID({ collection: 'reservations', id, overrideAccess: true })).status).toBe('held')
    expect((await bedOf(w.payload, bed)).status).toBe('held')
    await cancelUnconfirmedReservations(w.payload, new Date('2026-02-26T16:00:00Z'))
    expect((await w.payload.findByID({ collection: 'reservations', id, overrideAccess: true })).status).toBe('cancelled')
    expect((await bedOf(w.payload, bed)).status).toBe('free')
  })

  it('CARE-08 correcting the deposit date of a held reservation recomputes the hold and the cancel day', async () => {
    const { res, bed } = await reserve('时七', { depositPaidAt: '2026-02-11T23:30:00Z' })
    const id = res.body.doc.id
    expect(res.body.doc.cancelOn).toBe('2026-02-26T16:00:00.000Z')
    // The deposit was in fact paid at 09:00 on Friday 13 February.
    const corrected = await w.desk.patch(`/api/reservations/${id}`, { depositPaidAt: '2026-02-13T01:00:00Z' })
    expect(corrected.status).toBe(200)
    expect(corrected.body.doc.status).toBe('held')
    expect(corrected.body.doc.holdUntil.slice(0, 10)).toBe('2026-02-27')
    expect(corrected.body.doc.cancelOn).toBe('2026-02-27T16:00:00.000Z')
    // The sweep follows the corrected day.
    await cancelUnconfirmedReservations(w.payload, new Date('2026-02-26T16:30:00Z'))
    expect((await w.payload.findByID({ collection: 'reservations', id, overrideAccess: true })).status).toBe('held')
    expect((await bedOf(w.payload, bed)).status).toBe('held')
    // Earlier again: 07:30 on Tuesday 10 February → 11, 12, 13, 14, 24; cancelled from Wednesday 25.
    const earlier = await w.desk.patch(`/api/reservations/${id}`, { depositPaidAt: '2026-02-09T23:30:00Z' })
    expect(earlier.body.doc.holdUntil.slice(0, 10)).toBe('2026-02-24')
    expect(earlier.body.doc.cancelOn).toBe('2026-02-24T16:00:00.000Z')
    // A deposit date cannot be cleared while the bed is held, nor be in the future.
    expect((await w.desk.patch(`/api/reservations/${id}`, { depositPaidAt: null })).status).toBe(400)
    const future = await w.desk.patch(`/api/reservations/${id}`, { depositPaidAt: new Date(Date.now() + 86_400_000).toISOString() })
    expect(future.status).toBe(400)
    expect(future.body.errors[0].message).toContain('不能晚于现在')
    const kept = await w.payload.findByID({ collection: 'reservations', id, overrideAccess: true })
    expect(kept.cancelOn).toBe('2026-02-24T16:00:00.000Z')
  })

  it('CARE-08 a confirmed reservation keeps a hold consistent with a corrected deposit date', async () => {
    const { res } = await reserve('时八', { depositPaidAt: '2026-02-11T23:30:00Z' })
    const id = res.body.doc.id
    expect((await w.desk.patch(`/api/reservations/${id}`, { familyConfirmed: true })).body.doc.status).toBe('confirmed')
    const corrected = await w.desk.patch(`/api/reservations/${id}`, { depositPaidAt: '2026-02-12T16:00:00Z' })
    expect(corrected.body.doc.status).toBe('confirmed')
    expect(corrected.body.doc.holdUntil.slice(0, 10)).toBe('2026-02-27')
  })

  it('CARE-10 an arrival sent as the local midnight of tomorrow is tomorrow (the preparation is 1 day ahead, not 0), and the message names that day', async () => {
    const elder = await makeElder(w.payload, w.site, '时九')
    const res = await w.desk.post('/api/reservations', { site: w.site, elder: elder.id, bed: w.beds[bedIndex++], familyName: '时家', familyPhone: '13800001111', depositReceipt: 'SJ-时九' })
    const tomorrow = dayFromNow(1)
    const localMidnight = new Date(`${tomorrow}T00:00:00+08:00`).toISOString()
    const prep = await w.desk.post('/api/admission-preps', {
      site: w.site, reservation: res.body.doc.id, arrivalDate: localMidnight, healthCertDate: dayFromNow(-10), healthCertPhoto: photo,
    })
    expect(prep.status).toBe(201)
    const [message] = await messagesLike(w.payload, w.site, '时九')
    expect(message.body).toContain(tomorrow)
    expect(message.body).not.toContain('T16:00')
  })

  it('CARE-10 an arrival sent as the admin day picker sends it (12:00 UTC of the day) is that day (a guard: slicing got this one right)', async () => {
    const elder = await makeElder(w.payload, w.site, '时十')
    const res = await w.desk.post('/api/reservations', { site: w.site, elder: elder.id, bed: w.beds[bedIndex++], familyName: '时家', familyPhone: '13800001111', depositReceipt: 'SJ-时十' })
    const inThree = dayFromNow(3)
    const prep = await w.desk.post('/api/admission-preps', {
      site: w.site, reservation: res.body.doc.id, arrivalDate: `${inThree}T12:00:00.000Z`, healthCertDate: `${dayFromNow(-10)}T12:00:00.000Z`, healthCertPhoto: photo,
    })
    expect(prep.status).toBe(201)
    const [message] = await messagesLike(w.payload, w.site, '时十')
    expect(message.body).toContain(inThree)
  })

  it('CARE-15 a discharge day sent as local midnight is that day: three days notice is not short', async () => {
    const elder = await makeElder(w.payload, w.site, '时十一', { status: 'admitted' })
    const day = dayFromNow(3)
    const res = await w.desk.post('/api/discharges', {
      site: w.site, elder: elder.id, noticeAt: new Date().toISOString(), dischargeDate: new Date(`${day}T00:00:00+08:00`).toISOString(), familyName: '时家', familyPhone: '13800001111', reason: '回家休养',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.shortNotice).toBe(false)
  })
})
