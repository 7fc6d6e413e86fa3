/** CARE-08 the life of a reservation: pending → held (deposit receipt) → confirmed → admitted, or cancelled. */
import type { CollectionAfterChangeHook, CollectionAfterReadHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, Payload, PayloadRequest, Where } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L, pick } from '../../../src/lib/i18n'
import { localDay, SiteCalendar, tryDay } from '../../../src/lib/calendar'
import { freeBed, freeManyBeds, holdBed } from '../beds/hooks'
import { refreshPickerLabels } from '../elders/hooks'
import { onSite } from '../../../hooks/onSite'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { once } from '../../../src/lib/perRequest'
import type { BatchTransitionArgs, LifecycleSpec } from '../../../hooks/lifecycle/types'

/** Why the `hold` deadline cancelled it (stored as data: simplified Chinese, as the desk writes it). */
export const AUTO_CANCEL_REASON = '超过5个工作日家属未确认,第6个工作日系统自动取消'

/** Working days a bed is held after the deposit; the reservation is cancelled on the next one. */
export const HOLD_WORKING_DAYS = 5

/**
 * The hold of a deposit paid at `paidAt` (an instant): counted from the day it was paid in the site's
 * time zone, held until the 5th working day after it, cancelled from 00:00 of the 6th.
 */
export async function holdPeriod(payload: Payload, site: number, paidAt: Date | string, req?: PayloadRequest) {
  const calendar = await calendarOf(payload, site, req)
  const paidOn = localDay(paidAt, calendar.timeZone)
  const holdUntil = await calendar.addWorkingDays(paidOn, HOLD_WORKING_DAYS)
  const cancelDay = await calendar.addWorkingDays(paidOn, HOLD_WORKING_DAYS + 1)
  return { holdUntil, cancelOn: calendar.at(cancelDay, '00:00').toISOString() }
}

/**
 * The site's calendar, loaded once per transaction (a sweep cancelling a batch reads every
 * reservation's hold period in one transaction); outside a transaction, once per request (a list's
 * rows each show their hold period: src/lib/perRequest.ts).
 */
const calendars = new WeakMap<object, Map<number, Promise<SiteCalendar>>>()
async function calendarOf(payload: Payload, site: number, req?: PayloadRequest): Promise<SiteCalendar> {
  const id = req?.transactionID ? await req.transactionID : undefined
  const session = id != null ? (payload.db as unknown as { sessions?: Record<string, object> }).sessions?.[String(id)] : undefined
  if (!session) return req ? once(req, `site-calendar:${site}`, () => SiteCalendar.of(payload, site)) : SiteCalendar.of(payload, site)
  let map = calendars.get(session)
  if (!map) calendars.set(session, (map = new Map()))
  let calendar = map.get(site)
  if (!calendar) {
    calendar = SiteCalendar.of(payload, site)
    calendar.catch(() => map!.delete(site))
    map.set(site, calendar)
  }
  return calendar
}

const texts = {
  noElder: L('老人不存在', 'No such elder'),
  noBed: L('床位不存在', 'No such bed'),
  noRecord: L('接待記錄不存在', 'No such reception record'),
  futureDeposit: L('交訂金時間不能晚於現在', 'The deposit cannot have been paid in the future'),
  elderNeeded: L('請選擇老人,或在下方登記新老人', 'Choose the elder, or enter a new one below'),
  newElderIncomplete: L('新老人須填寫姓名、性別,以及年齡或出生年份', 'A new elder needs a name, a gender and an age or birth year'),
  paidAtNeeded: L('床位已保留,交訂金時間不能清空', 'The bed is held: the time the deposit was paid cannot be cleared'),
}

const blank = (v: unknown) => v === undefined || v === null || v === ''

/** The elder is chosen, or a new one is entered in `newElder` (created with the reservation). */
export const elderChosenOrNew = (value: unknown, { data, req }: { data?: Record<string, any>; req: { i18n?: { language?: string } } }): true | string =>
  !blank(value) || !blank(data?.newElder?.name) || pick(texts.elderNeeded, req?.i18n?.language)

/**
 * The bed picker offers free beds only (not out of service), and Payload checks the same filter when
 * the reservation is saved, so a client cannot reserve a held or occupied bed. A bed this elder
 * already holds or occupies stays valid (the reservation's own bed once the deposit held it); once
 * the reservation is over (admitted, cancelled) its bed is history and no longer checked.
 */
export const freeBeds = ({ data }: { data?: Record<string, any> }): Where | true => {
  if (data?.status === 'admitted' || data?.status === 'cancelled') return true
  const free: Where = { and: [{ status: { equals: 'free' } }, { outOfService: { not_equals: true } }] }
  const elder = idOf(data?.elder)
  return elder ? { or: [free, { elder: { equals: elder } }] } : free
}

/**
 * A new elder entered on the reservation (name, gender, and a birth year or an age when the exact date
 * is unknown) is created in the same transaction, on the reservation's site, and chosen.
 */
export const newElderInline: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  const entered = data?.newElder as Record<string, unknown> | undefined
  if (!data || operation !== 'create' || idOf(data.elder) || blank(entered?.name)) return data
  if (blank(entered!.gender) || (blank(entered!.age) && blank(entered!.birthYear))) refuse(req, texts.newElderIncomplete)
  const elder = await req.payload.create({
    collection: 'elders',
    data: { site: siteOf(data), name: entered!.name, gender: entered!.gender, age: entered!.age ?? undefined, birthYear: entered!.birthYear ?? undefined } as never,
    req,
    overrideAccess: !req.user,
    user: req.user ?? undefined,
  })
  data.elder = elder.id
  return data
}

/** The elder's picker label names the bed reserved for them (collections/care/elders/hooks.ts): refreshed when it changes. */
export const refreshElderLabel: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const elder = idOf(doc.elder)
  if (!elder) return doc
  if (operation === 'update' && doc.status === previousDoc?.status && idOf(doc.bed) === idOf(previousDoc?.bed) && elder === idOf(previousDoc?.elder)) return doc
  await req.payload.update({ collection: 'elders', id: elder, data: { pickerLabel: '' } as never, req, overrideAccess: true, depth: 0 })
  return doc
}

export const reservationBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const before = (operation === 'update' ? originalDoc : {}) as Record<string, unknown>
  const r = { ...before, ...data }
  const status = (before.status as string) ?? 'pending'
  const site = siteOf(r)
  // The elder and bed must be this site's before anything is read about them (as for ids that do not exist).
  for (const [key, collection, missing] of [['elder', 'elders', texts.noElder], ['bed', 'beds', texts.noBed]] as const) {
    if (idOf(data[key]) == null || (operation === 'update' && idOf(data[key]) === idOf(before[key]))) continue
    const found = await onSite(req, collection, data[key], site)
    if (!found) refuse(req, missing, {}, 404)
    // Only a free bed is reserved (the picker offers no other; the bed's filter is checked again on save).
    if (key === 'bed' && status === 'pending') {
      const ownElder = idOf(found!.elder) !== undefined && idOf(found!.elder) === idOf(r.elder)
      if (!ownElder && (found!.status !== 'free' || found!.outOfService)) {
        refuse(req, L('床位 {bed} 已被預留或入住,請選擇空閒床位或登記候補', 'Bed {bed} is already held or occupied: choose a free bed or put the family on the waitlist'), { bed: found!.code }, 409)
      }
    }
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
  // The receipt, the family's confirmation and the cancel box are doors of `reservationLifecycle`; a
  // corrected deposit date moves the `hold` deadline (its due column) and the derived hold with it.
  return data
}

/**
 * The hold period is derived from the deposit, not stored (CARE-08): `holdUntil` (the 5th working day)
 * and `cancelOn` (00:00 of the 6th, the `hold` deadline's due moment) are read-only virtual fields,
 * shown once the deposit has held the bed.
 */
export const deriveHold: CollectionAfterReadHook = async ({ doc, req }) => {
  const site = siteOf(doc)
  if (!doc?.depositPaidAt || !doc.status || doc.status === 'pending' || !site || tryDay(doc.depositPaidAt) === undefined) return doc
  const { holdUntil, cancelOn } = await holdPeriod(req.payload, site, doc.depositPaidAt as string, req)
  return { ...doc, holdUntil: new Date(holdUntil).toISOString(), cancelOn }
}

const freeTheBed = async ({ req, doc, from }: { req: PayloadRequest; doc: Record<string, any>; from: string }) => {
  // A pending reservation never held its bed; a held or confirmed one frees it (the desk is told whom to call).
  if (from !== 'pending') await freeBed(req.payload, idOf(doc.bed)!, idOf(doc.elder), req)
}

/** The batch form of `freeTheBed` (a sweep cancelling a batch): the beds freed set-wise, one message per site naming them. */
const freeTheBeds = async ({ req, docs, from }: BatchTransitionArgs) => {
  if (from === 'pending') return
  await freeManyBeds(req, docs.filter((d) => idOf(d.bed) != null).map((d) => ({ bed: idOf(d.bed)!, elder: idOf(d.elder) })))
}

/** The batch form of `refreshElderLabel` (every record of a transition changed its state): the elders' labels in one statement. */
const refreshElderLabels = async ({ req, docs }: BatchTransitionArgs) =>
  refreshPickerLabels(req, docs.map((d) => idOf(d.elder)).filter((e): e is number => e != null))

/**
 * CARE-08: pending → held (the deposit receipt holds the bed for 5 working days) → confirmed (by the
 * family) → admitted (by the admission), or cancelled (by the desk, or by the sweep on the 6th working
 * day). The desk's form fields are the doors: filling in the receipt, ticking the family's
 * confirmation or the cancel box takes the transition, as the verbs of the admin panel's bar do.
 */
export const reservationLifecycle: LifecycleSpec = {
  states: {
    pending: { label: L('待交訂金', 'Awaiting deposit'), color: '#9ca3af' },
    held: { label: L('保留中', 'Bed held'), color: '#d97706' },
    confirmed: { label: L('家屬已確認', 'Confirmed by family'), color: '#2563eb' },
    admitted: { label: L('已入住', 'Admitted'), color: '#16a34a' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#6b7280' },
  },
  transitions: [
    {
      from: 'pending',
      to: 'held',
      label: L('收訂金,保留床位', 'Deposit paid: hold the bed'),
      when: 'depositReceipt',
      button: false, // needs the receipt number: entered in the form
      guard: ({ req, doc }) => {
        if (!doc.depositReceipt) refuse(req, L('請先填寫訂金收據號', 'Enter the deposit receipt number first'), {}, 409)
        if (!siteOf(doc)) refuse(req, L('請選擇站點', 'Choose a site'))
      },
      set: ({ doc }) => ({ depositPaidAt: (doc.depositPaidAt as string) || new Date().toISOString() }),
      effects: [({ req, doc }) => holdBed(req.payload, idOf(doc.bed)!, idOf(doc.elder)!, req).then(() => undefined)],
    },
    {
      from: 'held',
      to: 'confirmed',
      label: L('家屬已確認', 'The family confirmed'),
      when: 'familyConfirmed',
      tone: 'primary',
      set: () => ({ familyConfirmed: true, confirmedAt: new Date().toISOString() }),
    },
    {
      from: ['pending', 'held', 'confirmed'],
      to: 'cancelled',
      label: L('取消預定', 'Cancel the reservation'),
      when: 'cancelRequested',
      set: ({ doc, note, user }) => ({
        cancelRequested: true,
        cancelledAt: new Date().toISOString(),
        cancelReason: doc.cancelReason || note || (user ? `前台取消(${(user as { name?: string }).name ?? user.id})` : '取消'),
      }),
      effects: [freeTheBed],
    },
    {
      // The `hold` deadline's transition (00:00 of the 6th working day after the deposit).
      from: 'held',
      to: 'cancelled',
      label: L('逾期未確認,自動取消', 'Not confirmed in time: cancelled'),
      by: 'server',
      set: () => ({ cancelRequested: true, cancelledAt: new Date().toISOString(), cancelReason: AUTO_CANCEL_REASON }),
      effects: [freeTheBed],
      batch: freeTheBeds,
    },
    { from: ['held', 'confirmed'], to: 'admitted', label: L('入住', 'Admitted'), by: 'server' },
  ],
  // A server's state change (the `hold` sweep's batch) needs of the form's own change hooks only the
  // elder's picker label (refreshElderLabel); the others check a person's edits.
  batch: { afterChange: refreshElderLabels },
}

const sameInstant = (a: unknown, b: unknown) =>
  a == null || a === '' ? b == null || b === '' : b != null && b !== '' && new Date(a as string).getTime() === new Date(b as string).getTime()

