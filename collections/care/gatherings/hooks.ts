/**
 * CARE-16 老友聚會: booked at least three days ahead; its meal package × head count is a CARE-06 meal
 * order (點菜單), made, changed and cancelled with the gathering in the same transaction, linked both ways.
 * Booked → cancelled is a declared transition (the bar's 取消聚會, or `POST …/transition { to: 'cancelled' }`):
 * refused from the gathering's day on, and it takes its meal order's own cancel transition.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { isServerCall } from '../../../hooks/access'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { localDay, tryDay } from '../../../src/lib/calendar'
import { asServer } from '../../../src/lib/serverReq'
import { cnMinute, daysBetween } from '../../../src/lib/format'
import { gatheringOrder, packagePrice, type GatheringPackage } from '../meal-orders/hooks'
import { mustBeOnSite } from '../../../hooks/onSite'
import { transition } from '../../../hooks/lifecycle'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'

export const GATHERING_NOTICE_DAYS = 3

/** What the meal order is made from: a change of any of these (before the day) changes the order. */
const orderFields = ['headCount', 'package', 'startsAt', 'familyName', 'elder'] as const

const changed = (data: Record<string, unknown>, before: Record<string, unknown> | undefined, name: (typeof orderFields)[number]) => {
  if (!(name in data)) return false
  if (name === 'elder') return idOf(data.elder) !== idOf(before?.elder)
  if (name === 'startsAt') return new Date(String(data.startsAt)).getTime() !== new Date(String(before?.startsAt)).getTime()
  return (data[name] ?? null) !== (before?.[name] ?? null)
}

const texts = {
  cancelled: L('這次老友聚會已取消,不能再修改(請重新預約)', 'This gathering is cancelled and cannot be changed (book a new one)'),
  kitchens: L('聚會當天起不能再改人數、套餐或取消(點菜單已交餐飲部),請與餐飲主管聯繫', 'From the day of the gathering its head count and package can no longer change, nor can it be cancelled (the kitchen has the order): talk to the catering supervisor'),
}

/** From the gathering's (stored) day on, its meal order is the kitchen's. */
async function refuseFromTheDay(req: PayloadRequest, gathering: Record<string, unknown> | undefined) {
  const { timeZone } = await siteInfo(req.payload, siteOf(gathering), req)
  const on = tryDay(gathering?.startsAt, timeZone)
  if (on && localDay(new Date(), timeZone) >= on) refuse(req, texts.kitchens, {}, 409)
}

/** CARE-16: booked, or cancelled by the desk before the day (its meal order is cancelled with it). */
export const gatheringLifecycle: LifecycleSpec = {
  states: {
    booked: { label: L('已預約', 'Booked'), color: '#2563eb' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#6b7280' },
  },
  transitions: [
    {
      from: 'booked',
      to: 'cancelled',
      label: L('取消聚會', 'Cancel the gathering'),
      by: 'staff',
      guard: ({ req, doc }) => refuseFromTheDay(req, doc),
      effects: [
        async ({ req, doc, note }) => {
          const orderId = idOf(doc.mealOrder)
          if (orderId == null) return
          const order = await req.payload.findByID({ collection: 'meal-orders', id: orderId, depth: 0, overrideAccess: true, req, disableErrors: true })
          if (order && order.status !== 'cancelled') await transition(req, 'meal-orders', orderId, 'cancelled', { server: true, note })
        },
      ],
    },
  ],
}

export const gatheringBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const g = { ...originalDoc, ...data }
  const { timeZone } = await siteInfo(req.payload, siteOf(g), req)
  const today = localDay(new Date(), timeZone)
  if (operation === 'update' && originalDoc?.status === 'cancelled' && !isServerCall(req)) {
    refuse(req, texts.cancelled, {}, 409)
  }
  const startsOn = tryDay(g.startsAt, timeZone)
  if (startsOn && (operation === 'create' || (data.startsAt && data.startsAt !== originalDoc?.startsAt))) {
    const ahead = daysBetween(today, startsOn)
    if (ahead < GATHERING_NOTICE_DAYS) {
      refuse(req, L('老友聚會須提前三天預約(現在只提前 {days} 天)', 'A gathering is booked at least three days ahead (this is {days} days ahead)'), { days: ahead })
    }
  }
  // Only this site's elder: another site's reads as missing, and its name is never copied here.
  const elder = idOf(g.elder) == null ? null : await mustBeOnSite(req, 'elders', g.elder, siteOf(g), L('老人不存在', 'No such elder'))
  Object.assign(data, { elderName: elder?.name ?? '', startsAtText: startsOn ? cnMinute(g.startsAt, timeZone) : '', packageName: `${g.package}套餐` })

  const server = asServer(req)
  if (operation === 'create') {
    const unitPrice = await packagePrice(req, siteOf(g)!, g.package as GatheringPackage)
    const order = await req.payload.create({ collection: 'meal-orders', data: gatheringOrder(g, unitPrice), req: server, depth: 0 })
    data.mealOrder = order.id
    return data
  }

  const orderChanges = orderFields.filter((name) => changed(data, originalDoc, name))
  if (orderChanges.length === 0) return data
  // The order is the catering department's from the gathering's day on.
  if (orderChanges.some((n) => n === 'headCount' || n === 'package')) await refuseFromTheDay(req, originalDoc)
  const orderId = idOf(originalDoc?.mealOrder)
  if (orderId == null) return data
  const order = await req.payload.findByID({ collection: 'meal-orders', id: orderId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!order || order.status === 'cancelled') return data
  // A new package is priced now; the same package keeps the price it was booked at.
  const unitPrice = orderChanges.includes('package')
    ? await packagePrice(req, siteOf(g)!, g.package as GatheringPackage)
    : Number(order.items?.[0]?.unitPrice ?? (await packagePrice(req, siteOf(g)!, g.package as GatheringPackage)))
  await req.payload.update({ collection: 'meal-orders', id: orderId, data: gatheringOrder(g, unitPrice), req: server, depth: 0 })
  return data
}

/** The new order points back at its gathering (it was made before the gathering had an id). */
export const gatheringAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const orderId = idOf(doc.mealOrder)
  if (operation === 'create' && orderId != null) {
    await req.payload.update({ collection: 'meal-orders', id: orderId, data: { gathering: doc.id }, req: asServer(req as PayloadRequest), depth: 0 })
  }
  return doc
}
