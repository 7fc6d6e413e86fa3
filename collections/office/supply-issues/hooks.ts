/**
 * OFFICE-05 issues draw on the department's approved totals for the quarter: every save (create or
 * edit, through any door) is checked against what is approved minus what its other issues took,
 * under a lock on the department's quarter, and refused with the remaining amount beyond it.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { mustBeOnSite } from '../../../hooks/onSite'
import { itemKey, lockKey } from '../affairs-shared'
import { approvedTotals, issuedTotals } from '../supply-plans/totals'

export const issueBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)!
  const dept = await mustBeOnSite<{ name: string }>(req, 'departments', o.department, site, L('部門不存在', 'No such department'))
  const quarter = String(o.quarter)
  await lockKey(req, `supply-issues:${site}:${dept.id}:${quarter}`)
  const wanted = new Map<string, number>()
  for (const row of (o.items ?? []) as { item?: string; quantity?: number }[]) {
    const key = itemKey(row.item)
    row.item = key
    wanted.set(key, (wanted.get(key) ?? 0) + Number(row.quantity ?? 0))
  }
  if (!wanted.size) refuse(req, L('請至少填寫一種領用物品', 'List at least one item'))
  const scope = { site, quarter, department: dept.id }
  const approved = (await approvedTotals(req, scope)).get(dept.id) ?? new Map()
  const issued = (await issuedTotals(req, scope, operation === 'update' ? idOf(originalDoc?.id) : undefined)).get(dept.id) ?? new Map()
  for (const [item, quantity] of wanted) {
    const a = approved.get(item)
    if (!a) {
      refuse(req, L('「{item}」不在{department}{quarter}已批准的辦公用品計劃中(剩餘 0)', '"{item}" is not in the approved supplies plan of {department} for {quarter} (0 remaining)'), { item, department: dept.name, quarter }, 409)
    }
    const taken = issued.get(item)?.quantity ?? 0
    const remaining = a.quantity - taken
    if (quantity > remaining) {
      refuse(
        req,
        L(
          '超出已批准數量:{department}{quarter}「{item}」批准 {approved}{unit},已領 {taken}{unit},剩餘 {remaining}{unit},本次 {quantity}{unit}',
          'Beyond the approved total: {department} has {approved} {unit} of "{item}" approved for {quarter}, {taken} already issued, {remaining} remaining; this issue asks for {quantity}',
        ),
        { department: dept.name, quarter, item, approved: a.quantity, taken, remaining, quantity, unit: a.unit },
        409,
      )
    }
  }
  data.departmentName = dept.name
  return data
}
