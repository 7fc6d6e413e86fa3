/** CARE-08 the life of a reservation: pending → held (deposit receipt) → confirmed → admitted, or cancelled. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, Payload, PayloadRequest } from 'payload'
import { refuse } from '../lib/errors'
import { L } from '../lib/i18n'
import { localDay, SiteCalendar, tryDay } from '../lib/calendar'
import { freeBed, holdBed } from './beds'
import { mustBeOnSite, onSite } from './related'
import { asServer, idOf, siteOf } from './server'
import type { DeadlineArgs } from '../../hooks/deadlines'

/** Working days a bed is held after the deposit; the reservation is cancelled on the next one. */
export const HOLD_WORKING_DAYS = 5

/**
 * The hold of a deposit paid at `paidAt` (an instant): counted from the day it was paid in the site's
 * time zone, held until the 5th working day after it, cancelled from 00:00 of the 6th.
 */
export async function holdPeriod(payload: Payload, site: number, paidAt: Date | string) {
  const calendar = await SiteCalendar.of(payload, site)
  const paidOn = localDay(paidAt, calendar.timeZone)
  const holdUntil = await calendar.addWorkingDays(paidOn, HOLD_WORKING_DAYS)
  const cancelDay = await calendar.addWorkingDays(paidOn, HOLD_WORKING_DAYS + 1)
  return { holdUntil, cancelOn: calendar.at(cancelDay, '00:00').toISOString() }
}

const texts = {
  noElder: L('老人不存在', 'No such elder'),
  noBed: L('床位不存在', 'No such bed'),
  noRecord: L('接待記錄不存在', 'No such reception record'),
  futureDeposit: L('交訂金時間不能晚於現在', 'The deposit cannot have been paid in the future'),
  paidAtNeeded: L('床位已保留,交訂金時間不能清空', 'The bed is held: the time the deposit was paid cannot be cleared'),
}

/** A walk-in is turned into a reservation from its reception record: the family's name and phone come with it. */
export const fromReceptionRecord: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !idOf(data.receptionRecord)) return data
  // Only a record of the reservation's own site: another site's reads as missing (no name copied from it).
  const record = await mustBeOnSite(req, 'reception-records', data.receptionRecord, data.site, texts.noRecord)
  data.familyName ||= record.visitorName
  data.familyPhone ||= record.visitorPhone ?? undefined
  return data
}

export const reservationBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const before = (operation === 'update' ? originalDoc : {}) as Record<string, unknown>
  const r = { ...before, ...data }
  const status = (before.status as string) ?? 'pending'
  const site = siteOf(r)
  // The elder and bed must be this site's before anything is read about them (as for ids that do not exist).
  for (const [key, collection, missing] of [['elder', 'elders', texts.noElder], ['bed', 'beds', texts.noBed]] as const) {
    if (idOf(data[key]) == null || (operation === 'update' && idOf(data[key]) === idOf(before[key]))) continue
    if (!(await onSite(req, collection, data[key], site))) refuse(req, missing, {}, 404)
  }
  // A deposit time that is not a date is refused by validation (after these hooks): nothing to compute from it.
  if (r.depositPaidAt && tryDay(r.depositPaidAt) === undefined) return data
  const paidChanged = operation === 'update' && data.depositPaidAt !== undefined && !sameInstant(data.depositPaidAt, before.depositPaidAt)
  if ((operation === 'create' || paidChanged) && r.depositPaidAt && new Date(r.depositPaidAt as string).getTime() > Date.now() + 60_000) {
    refuse(req, texts.futureDeposit)
  }
  if (paidChanged && !r.depositPaidAt && (status === 'held' || status === 'confirmed')) refuse(req, texts.paidAtNeeded)
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
  } else if (paidChanged && (status === 'held' || status === 'confirmed') && r.depositPaidAt) {
    // A corrected deposit date moves the hold and the cancel day with it.
    Object.assign(data, await holdPeriod(req.payload, site!, r.depositPaidAt as string))
  }
  const nowStatus = (data.status as string) ?? status
  if (r.familyConfirmed && nowStatus === 'held') {
    Object.assign(data, { status: 'confirmed', confirmedAt: new Date().toISOString() })
  }
  return data
}

const sameInstant = (a: unknown, b: unknown) =>
  a == null || a === '' ? b == null || b === '' : b != null && b !== '' && new Date(a as string).getTime() === new Date(b as string).getTime()

/** A cancelled reservation frees its bed (and the desk is told whom to call from the waitlist). */
export const reservationAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status === 'cancelled' && previousDoc?.status && previousDoc.status !== 'cancelled' && previousDoc.status !== 'pending') {
    await freeBed(req.payload, idOf(doc.bed)!, idOf(doc.elder), req)
  }
  return doc
}

/** CARE-08: the `hold` deadline of reservations passed: cancel it (the bed is freed). */
export const cancelOnTheSixthDay = async ({ req, doc }: DeadlineArgs) => {
  await cancelReservation(req.payload, doc.id as number, req)
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
