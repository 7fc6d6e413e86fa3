/**
 * CORE-08: every form's register exports to XLSX or CSV with the list's filters applied:
 * GET /api/<slug>/export?format=xlsx|csv&where[...]=…&sort=… — with the reader's own access
 * (site scoping included), never more than they can list.
 */
import ExcelJS from 'exceljs'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { langOf } from '../../src/lib/errors'
import { L, pick } from '../../src/lib/i18n'
import type { FormFeature } from '../form/types'
import { DEFAULT_TIME_ZONE, localDay } from '../../src/lib/calendar'
import { columnsFor } from './table'

/** Dates are written in the time zone of the reader's site (the one chosen in the admin panel, else their first). */
async function readerTimeZone(req: PayloadRequest): Promise<string> {
  const chosen = Number(/(?:^|;\s*)payload-tenant=(\d+)/.exec(req.headers?.get?.('cookie') ?? '')?.[1])
  const own = ((req.user as { sites?: { site?: unknown }[] } | null)?.sites ?? []).map((s) => Number(typeof s.site === 'object' ? (s.site as { id?: number })?.id : s.site))
  const site = own.includes(chosen) ? chosen : own[0]
  if (!site) return DEFAULT_TIME_ZONE
  const doc = await req.payload.findByID({ collection: 'sites', id: site, depth: 0, overrideAccess: true, req, disableErrors: true })
  return (doc?.timeZone as string | undefined) || DEFAULT_TIME_ZONE
}

const PAGE = 1000
const MAX_ROWS = 100_000

const messages = {
  signIn: L('請先登錄', 'Please sign in first'),
  format: L('導出格式只能是 xlsx 或 csv', 'The export format must be xlsx or csv'),
  tooMany: L('一次最多導出 {max} 行,請先篩選', 'At most {max} rows per export; filter the list first'),
}

const json = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const csvCell = (v: unknown) => {
  const s = v == null ? '' : String(v)
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

async function exportRegister(req: PayloadRequest, slug: string): Promise<Response> {
  const lang = langOf(req)
  if (!req.user) return json(401, pick(messages.signIn, lang))
  const format = String(req.query?.format ?? 'xlsx')
  if (format !== 'xlsx' && format !== 'csv') return json(400, pick(messages.format, lang))
  const where = (req.query?.where ?? {}) as Where
  const sort = (req.query?.sort as string | undefined) ?? '-createdAt'
  const collection = req.payload.collections[slug as 'sites'].config
  const first = await req.payload.find({ collection: slug as 'sites', where, sort, limit: 1, depth: 0, user: req.user, overrideAccess: false, req })
  if (first.totalDocs > MAX_ROWS) return json(400, pick(messages.tooMany, lang).replace('{max}', String(MAX_ROWS)))
  const timeZone = await readerTimeZone(req)
  const columns = columnsFor(req.payload, collection, lang, timeZone)
  const rows: (string | number | null)[][] = []
  for (let page = 1; (page - 1) * PAGE < first.totalDocs; page++) {
    const { docs } = await req.payload.find({ collection: slug as 'sites', where, sort, limit: PAGE, page, depth: 1, user: req.user, overrideAccess: false, req })
    for (const doc of docs) rows.push(columns.map((c) => c.value(doc as unknown as Record<string, unknown>)))
  }
  const title = pick(collection.labels.plural as never, lang)
  const stamp = localDay(new Date(), timeZone)
  const filename = encodeURIComponent(`${title}-${stamp}.${format}`)
  const disposition = `attachment; filename="${slug}-${stamp}.${format}"; filename*=UTF-8''${filename}`
  if (format === 'csv') {
    const text = '\uFEFF' + [columns.map((c) => c.header), ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')
    return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition } })
  }
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(title.replace(/[\\/?*[\]:]/g, '-').slice(0, 31)) // Excel refuses these in a sheet name (e.g. 短信通告/節日慰問)
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.header.length * 2 + 4) }))
  sheet.addRows(rows)
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const buffer = await book.xlsx.writeBuffer()
  return new Response(buffer as ArrayBuffer, {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': disposition },
  })
}

export const exportable: FormFeature = (spec, collection) => {
  const endpoint: Endpoint = { path: '/export', method: 'get', handler: (req) => exportRegister(req, spec.slug) }
  return {
    ...collection,
    endpoints: [...(collection.endpoints || []), endpoint],
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        listMenuItems: [...(collection.admin?.components?.listMenuItems ?? []), '/src/admin/ExportMenu#ExportMenu'],
      },
    },
  }
}
