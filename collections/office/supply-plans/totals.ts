/**
 * OFFICE-05 totals of a department's supplies in a quarter, read by the server: planned (its plans),
 * approved (the lines of approved purchase lists), issued (its issues). Issues draw on the approved
 * totals; the quarter's summary shows all three.
 */
import type { PayloadRequest, Where } from 'payload'
import { idOf } from '../../../src/lib/hooks'
import { asServer } from '../../../src/lib/serverReq'
import { itemKey } from '../affairs-shared'

export type Totals = Map<string, { quantity: number; unit: string }>

const add = (totals: Totals, item: unknown, unit: unknown, quantity: unknown) => {
  const key = itemKey(item)
  if (!key) return
  const row = totals.get(key) ?? { quantity: 0, unit: String(unit ?? '') }
  row.quantity += Number(quantity ?? 0)
  if (!row.unit && unit) row.unit = String(unit)
  totals.set(key, row)
}

type Scope = { site: number; quarter: string; department?: number }

const where = (s: Scope, extra: Where[] = []): Where => ({
  and: [{ site: { equals: s.site } }, { quarter: { equals: s.quarter } }, ...extra],
})

/** Per department: item → approved quantity (the lines of the quarter's approved purchase lists). */
export async function approvedTotals(req: PayloadRequest, s: Scope): Promise<Map<number, Totals>> {
  const { docs } = await req.payload.find({ collection: 'supply-purchases', where: where(s, [{ approvalStatus: { equals: 'approved' } }]), pagination: false, depth: 0, overrideAccess: true, req: asServer(req) })
  const out = new Map<number, Totals>()
  for (const purchase of docs) {
    for (const line of (purchase.lines ?? []) as { department?: unknown; item?: string; unit?: string; quantity?: number }[]) {
      const dept = idOf(line.department)
      if (dept === undefined || (s.department !== undefined && dept !== s.department)) continue
      if (!out.has(dept)) out.set(dept, new Map())
      add(out.get(dept)!, line.item, line.unit, line.quantity)
    }
  }
  return out
}

/** Per department: item → quantity issued in the quarter, leaving out one issue (the one being saved). */
export async function issuedTotals(req: PayloadRequest, s: Scope, except?: number): Promise<Map<number, Totals>> {
  const extra: Where[] = []
  if (s.department !== undefined) extra.push({ department: { equals: s.department } })
  if (except !== undefined) extra.push({ id: { not_equals: except } })
  const { docs } = await req.payload.find({ collection: 'supply-issues', where: where(s, extra), pagination: false, depth: 0, overrideAccess: true, req: asServer(req) })
  const out = new Map<number, Totals>()
  for (const issue of docs) {
    const dept = idOf(issue.department)!
    if (!out.has(dept)) out.set(dept, new Map())
    for (const line of (issue.items ?? []) as { item?: string; unit?: string; quantity?: number }[]) add(out.get(dept)!, line.item, line.unit, line.quantity)
  }
  return out
}

/** Per department: item → quantity planned (every plan of the quarter, whatever its state). */
export async function plannedTotals(req: PayloadRequest, s: Scope): Promise<Map<number, Totals>> {
  const { docs } = await req.payload.find({ collection: 'supply-plans', where: where(s), pagination: false, depth: 0, overrideAccess: true, req: asServer(req) })
  const out = new Map<number, Totals>()
  for (const plan of docs) {
    const dept = idOf(plan.department)!
    if (!out.has(dept)) out.set(dept, new Map())
    for (const line of (plan.items ?? []) as { item?: string; unit?: string; quantity?: number }[]) add(out.get(dept)!, line.item, line.unit, line.quantity)
  }
  return out
}
