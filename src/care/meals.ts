/** CARE-06 meal orders: totals, free tour meals, the catering supervisor's message and call reminder. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { createCallTask } from '../lib/callTasks'
import { refuse } from '../lib/errors'
import { L } from '../lib/i18n'
import { holdersOf } from '../lib/holders'
import { money2, shortDateTime } from './format'
import { siteOf } from './server'
import { siteInfo } from './site'

type Item = { dish: string; quantity: number; unitPrice: number; amount?: number }

export const mealOrderBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const o = { ...originalDoc, ...data }
  const items = (o.items ?? []) as Item[]
  if (!items.length) refuse(req, L('請至少點一個菜', 'Order at least one dish'))
  if (o.free && o.purpose !== 'tour') refuse(req, L('只有參觀者可以免費用餐', 'Only tour visitors eat free'))
  data.items = items.map((i) => ({ ...i, amount: o.free ? 0 : money2(Number(i.quantity) * Number(i.unitPrice)) }))
  data.total = money2((data.items as Item[]).reduce((sum, i) => sum + (i.amount ?? 0), 0))
  const { timeZone } = await siteInfo(req.payload, siteOf(o), req)
  data.orderText = `${items.map((i) => `${i.dish}、${i.quantity}份`).join(';')};用餐时间 ${shortDateTime(o.mealTime, timeZone)}${o.free ? '(参观免费)' : ''}`
  return data
}

/** After the message, the desk rings the catering supervisor: a call task due within 10 minutes. */
export const mealOrderAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const [supervisor] = await holdersOf(req.payload, doc.site, ['catering-supervisor'], req as PayloadRequest)
  if (supervisor) {
    await createCallTask(req.payload, {
      site: doc.site,
      title: `致电餐饮主管 ${supervisor.name}:请查看点餐消息(${doc.orderText})`,
      callee: supervisor.id,
      phone: supervisor.mobile || supervisor.workPhone,
      within: 10,
      related: { collection: 'meal-orders', id: doc.id },
    }, req as PayloadRequest)
  }
  return doc
}
