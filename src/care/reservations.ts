/** CARE-08 the life of a reservation: pending → held (deposit receipt) → confirmed → admitted, or cancelled. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, Payload, PayloadRequest } from 'payload'
import { refuse } from '../lib/errors'
import { L } from '../lib/i18n'
import { SiteCalendar } from '../lib/calendar'
import { freeBed, holdBed } from './beds'
import { asServer, idOf, siteOf } from './server'

/** Working days a bed is held after the deposit; the reservation is cancelled on the next one. */
export const HOLD_WORKING_DAYS = 5

/** The hold of a deposit paid at `paidAt`: held until the 5th working day, cancelled on the 6th. */
export async function holdPeriod(payload: Payload, site: number, paidAt: Date | string) {
  const calendar = await SiteCalendar.of(payload, site)
  const holdUntil = await calendar.addWorkingDays(paidAt, HOLD_WORKING_DAYS)
  const cancelDay = await calendar.addWorkingDays(paidAt, HOLD_WORKING_DAYS + 1)
  return { holdUntil, cancelOn: calendar.at(cancelDay, '00:00').toISOString() }
}

/** A walk-in is turned into a reservation from its reception record: the family's name and phone come with it. */
export const fromReceptionRecord: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !idOf(data.receptionRecord)) return data
  const record = await req.payload.findByID({ collection: 'reception-records', id: idOf(data.receptionRecord)!, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!record) return data
  data.familyName ||= record.visitorName
  data.familyPhone ||= record.visitorPhone ?? undefined
  return data
}

export const reservationBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const before = (operation === 'update' ? originalDoc : {}) as Record<string, unknown>
  const r = { ...before, ...data }
  const status = (before.status as string) ?? 'pending'
  const site = siteOf(r)
  if (operation === 'update' && ['admitted', 'cancelled'].includes(status)) {
    const changed = (key: string) => data[key] !== undefined && Boolean(data[key]) !== Boolean(before[key])
    if (changed('cancelRequested') || changed('familyConfirmed') || (idOf(data.bed) !== undefined && idOf(data.bed) !== idOf(before.bed))) {
      refuse(req, L('預定已{state},不能再修改', 'The reservation is {state} and can no longer change'), {
        state: status === 'admitted' ? '入住' : '取消',
      }, 409)
    }
    return data
  }
  if (status !== 'pending' && idOf(data.bed) !== undefined && idOf(data.bed) !== idOf(before.bed)) {
    refuse(req, L('床位已保留,更換床位請先取消本預定', 'The bed is held: cancel this reservation to choose another bed'), {}, 409)
  }
  if (r.cancelRequested) {
    data.status = 'cancelled'
    data.cancelledAt = new Date().toISOString()
    if (!data.cancelReason) data.cancelReason = req.user ? `前台取消(${(req.user as { name?: string }).name ?? req.user.id})` : '取消'
    return data
  }
  if (status === 'pending' && r.depositReceipt) {
    if (!site) refuse(req, L('請選擇站點', 'Choose a site'))
    const paidAt = (r.depositPaidAt as string) || new Date().toISOString()
    await holdBed(req.payload, idOf(r.bed)!, idOf(r.elder)!, req)
    const period = await holdPeriod(req.payload, site!, paidAt)
    Object.assign(data, { status: 'held', depositPaidAt: paidAt, ...period })
  }
  const nowStatus = (data.status as string) ?? status
  if (r.familyConfirmed && nowStatus === 'held') {
    Object.assign(data, { status: 'confirmed', confirmedAt: new Date().toISOString() })
  }
  return data
}

/** A cancelled reservation frees its bed (and the desk is told whom to call from the waitlist). */
export const reservationAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status === 'cancelled' && previousDoc?.status && previousDoc.status !== 'cancelled' && previousDoc.status !== 'pending') {
    await freeBed(req.payload, idOf(doc.bed)!, idOf(doc.elder), req)
  }
  return doc
}

/** Cancel a reservation as the server (the CARE-08 sweep). */
export async function cancelReservation(payload: Payload, id: number, req?: Partial<PayloadRequest>) {
  return asServer(req, (r) =>
    payload.update({
      collection: 'reservations',
      id,
      data: { cancelRequested: true, cancelReason: '超过5个工作日家属未确认,第6个工作日系统自动取消' } as never,
      overrideAccess: true,
      depth: 0,
      req: r,
      context: { channel: 'job' },
    }),
  )
}
