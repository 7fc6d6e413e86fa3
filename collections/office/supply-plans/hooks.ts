/** OFFICE-05 plans: one per department and quarter; frozen once in a purchase list; the quarter's summary. */
import ExcelJS from 'exceljs'
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, Endpoint, PayloadRequest } from 'payload'
import { langOf, refuse } from '../../../src/lib/errors'
import { L, pick } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { isAdmin } from '../../../src/lib/roles'
import { isServerCall } from '../../../hooks/access'
import { mustBeOnSite } from '../../../hooks/onSite'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { QUARTER, itemKey } from '../affairs-shared'
import { approvedTotals, issuedTotals, plannedTotals } from './totals'

/** A plan is submitted by its department, consolidated into a purchase list by the desk, approved with that list (the server moves it). */
export const planLifecycle: LifecycleSpec = {
  states: {
    submitted: { label: L('已提交', 'Submitted'), color: '#d97706' },
    consolidated: { label: L('已匯總,審批中', 'In a purchase list, awaiting approval'), color: '#2563eb' },
    approved: { label: L('已批准', 'Approved'), color: '#16a34a' },
  },
  transitions: [
    { from: 'submitted', to: 'consolidated', label: L('匯總', 'Consolidate'), by: 'server' },
    { from: 'consolidated', to: 'submitted', label: L('退回(採購單被駁回或撤回)', 'Released (the purchase list was rejected or withdrawn)'), by: 'server' },
    { from: 'consolidated', to: 'approved', label: L('隨採購單批准', 'Approved with the purchase list'), by: 'server' },
  ],
}

const frozen = L('這份計劃已匯總進採購單(#{purchase}),不能再修改或刪除', 'This plan is in a purchase list (#{purchase}) and can no longer be changed or deleted')

export const planBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && !isServerCall(req) && originalDoc?.status !== 'submitted') refuse(req, frozen, { purchase: idOf(originalDoc?.purchase) ?? '' }, 409)
  if (operation === 'update' && isServerCall(req) && !('items' in data) && !('department' in data) && !('quarter' in data)) return data
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  const dept = await mustBeOnSite<{ name: string }>(req, 'departments', o.department, site, L('部門不存在', 'No such department'))
  const seen = new Set<string>()
  for (const row of (o.items ?? []) as { item?: string }[]) {
    const key = itemKey(row.item)
    if (seen.has(key)) refuse(req, L('物品「{item}」重複了,請合併為一行', 'The item "{item}" is listed twice; put it on one line'), { item: key })
    seen.add(key)
    row.item = key
  }
  const { docs } = await req.payload.find({
    collection: 'supply-plans',
    where: { and: [{ site: { equals: site } }, { quarter: { equals: o.quarter } }, { department: { equals: dept.id } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length) refuse(req, L('{department}{quarter}的計劃已經提交過了(#{id}),請修改那一份', "{department}'s plan for {quarter} is already in (#{id}); change that one"), { department: dept.name, quarter: o.quarter, id: docs[0].id }, 409)
  data.title = `${dept.name} ${o.quarter}`
  return data
}

export const planBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'supply-plans', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (doc && doc.status !== 'submitted') refuse(req, frozen, { purchase: idOf(doc.purchase) ?? '' }, 409)
}

export type SummaryRow = { department: string; item: string; unit: string; planned: number; approved: number; issued: number; remaining: number }

/** The quarter's supplies per department and item: planned, approved, issued, remaining. */
export async function quarterSummary(req: PayloadRequest, site: number, quarter: string): Promise<SummaryRow[]> {
  const scope = { site, quarter }
  const [planned, approved, issued] = await Promise.all([plannedTotals(req, scope), approvedTotals(req, scope), issuedTotals(req, scope)])
  const deptIds = [...new Set([...planned.keys(), ...approved.keys(), ...issued.keys()])]
  const { docs: depts } = deptIds.length
    ? await req.payload.find({ collection: 'departments', where: { id: { in: deptIds } }, pagination: false, depth: 0, overrideAccess: true, req })
    : { docs: [] as { id: number; name: string }[] }
  const name = (id: number) => String(depts.find((d) => d.id === id)?.name ?? `#${id}`)
  const rows: SummaryRow[] = []
  for (const dept of deptIds.sort((a, b) => name(a).localeCompare(name(b), 'zh'))) {
    const items = new Set([...(planned.get(dept)?.keys() ?? []), ...(approved.get(dept)?.keys() ?? []), ...(issued.get(dept)?.keys() ?? [])])
    for (const item of items) {
      const p = planned.get(dept)?.get(item)
      const a = approved.get(dept)?.get(item)
      const i = issued.get(dept)?.get(item)
      const approvedQty = a?.quantity ?? 0
      const issuedQty = i?.quantity ?? 0
      rows.push({ department: name(dept), item, unit: p?.unit || a?.unit || i?.unit || '', planned: p?.quantity ?? 0, approved: approvedQty, issued: issuedQty, remaining: approvedQty - issuedQty })
    }
  }
  return rows
}

const headers = {
  department: L('部門', 'Department'),
  item: L('物品', 'Item'),
  unit: L('單位', 'Unit'),
  planned: L('計劃數量', 'Planned'),
  approved: L('批准數量', 'Approved'),
  issued: L('已領用', 'Issued'),
  remaining: L('剩餘', 'Remaining'),
}

const words = {
  signIn: L('請先登錄', 'Please sign in first'),
  quarter: L('季度的格式是「年份-Q季度」,例如 2026-Q4', 'A quarter is written year-Qn, e.g. 2026-Q4'),
  format: L('格式只能是 json 或 xlsx', 'The format must be json or xlsx'),
  site: L('站點不存在', 'No such site'),
  title: L('辦公用品季度匯總', 'Quarterly supplies summary'),
}

/**
 * GET /api/supply-plans/summary?quarter=2026-Q4[&site=<id>][&format=xlsx]: the quarter's summary per
 * department, for a site the person works at (another site answers as a missing one).
 */
export const summaryEndpoint: Endpoint = {
  path: '/summary',
  method: 'get',
  handler: async (req) => {
    const lang = langOf(req)
    if (!req.user) refuse(req, words.signIn, {}, 401)
    const quarter = String(req.query?.quarter ?? '')
    if (!QUARTER.test(quarter)) refuse(req, words.quarter)
    const format = String(req.query?.format ?? 'json')
    if (format !== 'json' && format !== 'xlsx') refuse(req, words.format)
    const own = ((req.user as { sites?: { site?: unknown }[] }).sites ?? []).map((s) => idOf(s.site)).filter((s): s is number => s !== undefined)
    const asked = req.query?.site === undefined ? own[0] : /^\d{1,10}$/.test(String(req.query.site)) ? Number(req.query.site) : undefined
    const site = asked !== undefined && (own.includes(asked) || (isAdmin(req.user) && (await req.payload.count({ collection: 'sites', where: { id: { equals: asked } }, overrideAccess: true, req })).totalDocs > 0)) ? asked : undefined
    if (site === undefined) refuse(req, words.site, {}, 404)
    const rows = await quarterSummary(req, site!, quarter)
    if (format === 'json') return Response.json({ quarter, site, rows })
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet(`${pick(words.title, lang)} ${quarter}`.slice(0, 31))
    sheet.columns = (Object.keys(headers) as (keyof typeof headers)[]).map((key) => ({ header: pick(headers[key], lang), key, width: key === 'item' || key === 'department' ? 16 : 10 }))
    sheet.addRows(rows)
    sheet.getRow(1).font = { bold: true }
    sheet.views = [{ state: 'frozen', ySplit: 1 }]
    const buffer = await book.xlsx.writeBuffer()
    const filename = encodeURIComponent(`${pick(words.title, lang)}-${quarter}.xlsx`)
    return new Response(buffer as ArrayBuffer, {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="supplies-${quarter}.xlsx"; filename*=UTF-8''${filename}`,
      },
    })
  },
}
