/**
 * CARE-06 meal orders: totals, free tour meals, the catering supervisor's message and call reminder;
 * ordered → cancelled is a declared transition (a gathering's order is cancelled only with its gathering).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { createCallTask } from '../../../hooks/notify/callTasks'
import { isServerCall } from '../../../hooks/access'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { holdersOf } from '../../../src/lib/holders'
import { money2, shortDateTime } from '../../../src/lib/format'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'

/** CARE-06: an order stands until the desk (or its gathering, CARE-16) cancels it; the kitchen is told and rung. */
export const mealOrderLifecycle: LifecycleSpec = {
  states: {
    ordered: { label: L('已點餐', 'Ordered'), color: '#2563eb' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#6b7280' },
  },
  transitions: [
    {
      from: 'ordered',
      to: 'cancelled',
      label: L('取消點餐', 'Cancel the order'),
      by: ['author', 'front-desk', 'catering-supervisor'],
      offered: (doc) => idOf(doc.gathering) == null,
      guard: ({ req, doc, user }) => {
        // A person cancels a gathering's order by cancelling the gathering (its transition takes this one as the server).
        if (user && idOf(doc.gathering) != null) refuse(req, texts.gatherings, {}, 409)
      },
    },
  ],
}

type Item = { dish: string; quantity: number; unitPrice: number; amount?: number }

const texts = {
  cancelled: L('點菜單已取消,不能再修改', 'This meal order is cancelled and cannot be changed'),
  gatherings: L('這是老友聚會的點菜單:請在老友聚會中修改人數或套餐', "This is a gathering's meal order: change the head count or package on the gathering"),
}

export const mealOrderBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...originalDoc, ...data }
  if (operation === 'update' && !isServerCall(req)) {
    if (originalDoc?.status === 'cancelled') refuse(req, texts.cancelled, {}, 409)
    if (idOf(originalDoc?.gathering) != null) refuse(req, texts.gatherings, {}, 409)
  }
  const items = (o.items ?? []) as Item[]
  if (!items.length) refuse(req, L('請至少點一個菜', 'Order at least one dish'))
  if (o.free && o.purpose !== 'tour') refuse(req, L('只有參觀者可以免費用餐', 'Only tour visitors eat free'))
  data.items = items.map((i) => ({ ...i, amount: o.free ? 0 : money2(Number(i.quantity) * Number(i.unitPrice)) }))
  data.total = money2((data.items as Item[]).reduce((sum, i) => sum + (i.amount ?? 0), 0))
  const { timeZone } = await siteInfo(req.payload, siteOf(o), req)
  data.orderText = `${items.map((i) => `${i.dish}、${i.quantity}份`).join(';')};用餐时间 ${shortDateTime(o.mealTime, timeZone)}${o.free ? '(参观免费)' : ''}`
  return data
}

/**
 * After the message, the desk rings the catering supervisor: a call task due within 10 minutes — for a
 * new order, and for a change of what is ordered or a cancellation (a gathering's head count or package).
 */
export const mealOrderAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const cancelled = doc.status === 'cancelled' && previousDoc?.status !== 'cancelled'
  if (operation !== 'create' && !cancelled && doc.orderText === previousDoc?.orderText) return doc
  const [supervisor] = await holdersOf(req.payload, doc.site, ['catering-supervisor'], req as PayloadRequest)
  if (supervisor) {
    await createCallTask(req.payload, {
      site: doc.site,
      title: `致电餐饮主管 ${supervisor.name}:请查看${cancelled ? '取消点餐' : operation === 'create' ? '点餐' : '点餐变更'}消息(${doc.orderText})`,
      callee: supervisor.id,
      phone: supervisor.mobile || supervisor.workPhone,
      within: 10,
      related: { collection: 'meal-orders', id: doc.id },
    }, req as PayloadRequest)
  }
  return doc
}

/** CARE-16 meal packages of a gathering. */
export type GatheringPackage = 'A' | 'B'

/** The site's price per person of a gathering's package (site data: 站點 → 老友聚會套餐單價). */
export async function packagePrice(req: PayloadRequest, site: number, pkg: GatheringPackage): Promise<number> {
  const doc = await req.payload.findByID({ collection: 'sites', id: site, depth: 0, overrideAccess: true, req, disableErrors: true })
  const price = doc?.mealPrices?.[pkg === 'B' ? 'packageB' : 'packageA']
  if (price == null) {
    refuse(req, L('站點尚未設定 {pkg} 套餐每人價格:請管理員在「站點」中填寫', 'The site has no price per person for package {pkg}: an administrator sets it under Sites'), { pkg }, 409)
  }
  return Number(price)
}

/** The CARE-06 order of a gathering: its package × head count at `unitPrice`, at its time, for its family. */
export function gatheringOrder(g: Record<string, any>, unitPrice: number) {
  return {
    site: siteOf(g)!,
    guestName: String(g.familyName ?? ''),
    guests: Number(g.headCount),
    mealTime: g.startsAt as string,
    elder: idOf(g.elder) ?? null,
    purpose: 'gathering' as const,
    free: false,
    items: [{ dish: `老友聚会${g.package}套餐`, quantity: Number(g.headCount), unitPrice }],
  }
}
