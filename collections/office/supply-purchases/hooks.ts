/**
 * OFFICE-05 purchase lists: built by the server from the quarter's submitted plans (the desk only
 * says which quarter), signed by the admin director then the general manager (WF-05); the plans in
 * a pending or approved list are frozen, a rejected or withdrawn list releases them, a resubmitted
 * one gathers the quarter's submitted plans again. Approved, the purchase is recorded by the desk.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { asServer } from '../../../src/lib/serverReq'
import { transition } from '../../../hooks/lifecycle'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import type { FormDoc } from '../../../hooks/form/types'
import { itemKey } from '../affairs-shared'

type PlanDoc = { id: number; department: unknown; items?: { item?: string; unit?: string; quantity?: number }[] | null }

/** The quarter's plans that are submitted and in no live list, with their department's name. */
async function submittedPlans(req: PayloadRequest, site: number, quarter: string) {
  const { docs } = await req.payload.find({
    collection: 'supply-plans',
    where: { and: [{ site: { equals: site } }, { quarter: { equals: quarter } }, { status: { equals: 'submitted' } }] },
    pagination: false,
    depth: 1,
    sort: 'id',
    overrideAccess: true,
    req: asServer(req),
  })
  return docs as unknown as (PlanDoc & { department: { id: number; name: string } })[]
}

/** The list's lines (per department) and totals (per item), from the plans. */
function consolidate(plans: (PlanDoc & { department: { id: number; name: string } })[]) {
  const lines: Record<string, unknown>[] = []
  const totals = new Map<string, { item: string; unit: string; quantity: number }>()
  for (const plan of plans) {
    for (const row of plan.items ?? []) {
      const item = itemKey(row.item)
      lines.push({ department: plan.department.id, departmentName: plan.department.name, item, unit: row.unit ?? '', quantity: Number(row.quantity) })
      const t = totals.get(item) ?? { item, unit: row.unit ?? '', quantity: 0 }
      t.quantity += Number(row.quantity)
      totals.set(item, t)
    }
  }
  return { lines, totals: [...totals.values()], plans: plans.map((p) => p.id), departments: [...new Set(plans.map((p) => p.department.name))].join('、') }
}

const nothing = L('{quarter}沒有待匯總的部門計劃(已提交且未進入其他採購單的)', 'No department plan for {quarter} is waiting to be consolidated (submitted and in no other list)')

/**
 * On create (and when a returned list is resubmitted) the server gathers the quarter's submitted plans;
 * a client never writes the lines (server-owned) and cannot change the quarter of a list in the chain.
 */
export const purchaseBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const resubmitted = context?.approvalTransition && data.approvalStatus === 'pending' && ['rejected', 'withdrawn'].includes(String(originalDoc?.approvalStatus))
  if (operation === 'update' && !resubmitted) {
    if (data.quarter !== undefined && data.quarter !== originalDoc?.quarter) refuse(req, L('採購單的季度不能修改;請為另一季度新建採購單', "A purchase list's quarter cannot be changed; make a new list for the other quarter"), {}, 409)
    return data
  }
  const site = siteOf(operation === 'update' ? originalDoc : data)!
  const quarter = String(operation === 'update' ? originalDoc?.quarter : data.quarter)
  const plans = await submittedPlans(req, site, quarter)
  if (!plans.length) refuse(req, nothing, { quarter }, 409)
  const built = consolidate(plans)
  Object.assign(data, { lines: built.lines, totals: built.totals, plans: built.plans, title: `${quarter} 办公用品采购(${built.departments})` })
  return data
}

/** The plans follow the list: frozen while it is in the chain, released when it is rejected or withdrawn. */
export const purchaseAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const server = asServer(req)
  const was = operation === 'create' ? null : previousDoc?.approvalStatus
  const now = doc.approvalStatus
  const plans = ((doc.plans ?? []) as unknown[]).map(idOf).filter((id): id is number => id !== undefined)
  if ((operation === 'create' || (was !== 'pending' && now === 'pending'))) {
    for (const id of plans) await transition(server, 'supply-plans', id, 'consolidated', { server: true, data: { purchase: doc.id } })
  } else if (was === 'pending' && (now === 'rejected' || now === 'withdrawn')) {
    for (const id of plans) await transition(server, 'supply-plans', id, 'submitted', { server: true, note: `#${doc.id}`, data: { purchase: null } })
  }
  return doc
}

/** WF-05 approved: the plans are approved with it (their quantities are now the departments' totals). */
export async function approvePlans({ req, doc }: { req: PayloadRequest; doc: FormDoc }) {
  for (const id of ((doc.plans ?? []) as unknown[]).map(idOf)) if (id !== undefined) await transition(req, 'supply-plans', id, 'approved', { server: true })
}

export const purchaseBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'supply-purchases', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (doc && (doc.approvalStatus === 'pending' || doc.approvalStatus === 'approved')) {
    refuse(req, L('審批中或已批准的採購單不能刪除', 'A purchase list in approval or approved cannot be deleted'), {}, 409)
  }
}

/** After approval the desk buys and records it (vendor, amount in the note). */
export const purchaseLifecycle: LifecycleSpec = {
  states: {
    'to-buy': { label: L('待採購', 'To buy'), color: '#d97706' },
    purchased: { label: L('已採購', 'Purchased'), color: '#16a34a' },
  },
  transitions: [
    {
      from: 'to-buy',
      to: 'purchased',
      label: L('登記採購完成', 'Record the purchase'),
      by: ['front-desk', 'admin-director'],
      tone: 'primary',
      note: 'required',
      guard: ({ req, doc }) => {
        if (doc.approvalStatus !== 'approved') refuse(req, L('採購單須經領導審批通過後方可購買', 'The purchase list must be approved by the leaders before buying'), {}, 409)
      },
      set: ({ note, user }) => ({ purchasedAt: new Date().toISOString(), purchaseNote: note ?? null, purchasedBy: idOf(user?.id) ?? null }),
    },
  ],
}
