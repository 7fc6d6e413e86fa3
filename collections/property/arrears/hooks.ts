/**
 * PROP-04: the arrears record's upkeep (title, next follow-up moment, flags) and the import of
 * finance's list: `POST /api/arrears/import { site, format: 'csv' | 'xlsx', file: <text or base64>, commit? }`.
 * Without `commit` (or false) it is a preview: every row parsed and checked, row-level errors named.
 * With `commit: true` the rows are saved in one transaction, only if no row has an error (else 400 and nothing saved).
 */
import ExcelJS from 'exceljs'
import { TZDate } from '@date-fns/tz'
import { addMonths, format, isValid, parseISO } from 'date-fns'
import { commitTransaction, initTransaction, killTransaction, type CollectionBeforeChangeHook, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { onSite, onSiteMany } from '../../../hooks/onSite'
import type { DeadlineBatchArgs } from '../../../hooks/deadlines'
import { idOf } from '../../../src/lib/hooks'
import { sitesInfo } from '../../../src/lib/site'
import { dayOf, localDay, shiftDay, SiteCalendar, DEFAULT_TIME_ZONE } from '../../../src/lib/calendar'
import { langOf } from '../../../src/lib/errors'
import { L, pick, fill, type Label } from '../../../src/lib/i18n'
import { isAdmin } from '../../../hooks/access'
import type { Arrear } from '../../../src/payload-types'

type FollowUp = { at?: string; by?: unknown }

/** Follow up every 15 days. */
export const FOLLOW_UP_DAYS = 15

/** What the upkeep reads of other records: the site's calendar, the unit and the owner (each on the record's site, else null). */
type Related = { calendar: SiteCalendar; unit: { code?: string } | null; ownerId?: number; owner: { name?: string } | null }

/** Title, the day owed since in words, the next follow-up moment; a new follow-up clears the overdue flag. */
function upkeep(data: Record<string, any>, originalDoc: Record<string, any> | undefined, { calendar, unit, ownerId, owner }: Related, req: PayloadRequest) {
  const tz = calendar.timeZone || DEFAULT_TIME_ZONE
  if (ownerId && !idOf(data.owner ?? originalDoc?.owner)) data.owner = ownerId
  data.title = [unit?.code, owner?.name].filter(Boolean).join(' ')
  const since = data.since ?? originalDoc?.since
  if (since) data.sinceText = dayOf(since, tz)
  const rows = ((data.followUps ?? originalDoc?.followUps ?? []) as FollowUp[]).filter((f) => f.at)
  for (const row of rows) if (!row.by && req.user?.collection === 'staff') row.by = req.user.id
  const last = rows.map((f) => new Date(f.at!).getTime()).filter((t) => !Number.isNaN(t)).sort((a, b) => b - a)[0]
  const before = ((originalDoc?.followUps ?? []) as FollowUp[]).length
  if (last !== undefined) {
    data.lastFollowUpAt = new Date(last).toISOString()
    const time = format(new TZDate(last, tz), 'HH:mm')
    data.followUpFrom = calendar.at(shiftDay(localDay(last, tz), FOLLOW_UP_DAYS), time).toISOString()
    if (rows.length > before) data.followUpOverdue = false
  } else if (since) {
    // More than one month behind: the first follow-up is due the day it is a month old, at opening time.
    data.followUpFrom = calendar.at(format(addMonths(parseISO(dayOf(since, tz)), 1), 'yyyy-MM-dd'), '08:30').toISOString()
  }
  const settled = data.settled ?? originalDoc?.settled
  if (settled && !(data.settledOn ?? originalDoc?.settledOn)) data.settledOn = localDay(new Date(), tz)
  return data
}

/** The unit's current owner, for arrears that name none (finance's list may leave the owner out). */
const currentOwnerWhere = (units: number[]): Where => ({ and: [{ unit: { in: units } }, { status: { equals: 'current' } }] })

export const arrearsBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const site = idOf(data.site ?? originalDoc?.site)
  if (!site) return data
  const calendar = await SiteCalendar.of(req.payload, site)
  const unitId = idOf(data.unit ?? originalDoc?.unit)
  const unit = await onSite<{ code?: string }>(req, 'units', unitId, site)
  let ownerId = idOf(data.owner ?? originalDoc?.owner)
  // Only a unit of the site's own has its current owner looked up.
  if (!ownerId && unit) {
    const current = await req.payload.find({ collection: 'owners', where: currentOwnerWhere([unit.id]), sort: '-createdAt', depth: 0, limit: 1, overrideAccess: true, req })
    ownerId = idOf(current.docs[0]?.id)
  }
  const owner = ownerId ? await onSite<{ name?: string }>(req, 'owners', ownerId, site) : null
  return upkeep(data, originalDoc, { calendar, unit, ownerId, owner }, req)
}

/**
 * The batch form of `arrearsBeforeChange` for the follow-up deadline's write (PROP-04, issue 15): what it
 * adds to each record's flag and next due moment — the title with the unit's code and the owner's
 * current name, the unit's current owner when none is named — with the batch's sites, units and owners
 * each read once.
 */
export async function arrearsUpkeepMany({ req, docs }: DeadlineBatchArgs): Promise<Record<string, unknown>[]> {
  const sites = await sitesInfo(req.payload, docs.map((d) => idOf(d.site)), req)
  const units = await onSiteMany<{ code?: string }>(req, 'units', docs.map((d) => ({ id: d.unit, site: d.site })))
  const unnamed = [...new Set(docs.flatMap((d, i) => (!idOf(d.owner) && units[i] ? [units[i]!.id] : [])))]
  const current = new Map<number, number>()
  if (unnamed.length) {
    const { docs: owners } = await req.payload.find({ collection: 'owners', where: currentOwnerWhere(unnamed), sort: '-createdAt', depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
    for (const o of owners) if (!current.has(idOf(o.unit)!)) current.set(idOf(o.unit)!, Number(o.id))
  }
  const ownerIds = docs.map((d, i) => idOf(d.owner) ?? (units[i] ? current.get(units[i]!.id) : undefined))
  const owners = await onSiteMany<{ name?: string }>(req, 'owners', docs.map((d, i) => ({ id: ownerIds[i], site: d.site })))
  const calendars = new Map([...sites.values()].map((site) => [site.id, new SiteCalendar(req.payload, site.id, site.timeZone)]))
  return docs.map((doc, i) => {
    const calendar = calendars.get(idOf(doc.site) ?? 0)
    return calendar ? upkeep({}, doc, { calendar, unit: units[i], ownerId: ownerIds[i], owner: owners[i] }, req) : {}
  })
}

// ------------------------------------------------------------------------------------------------
// Import

const headers: Record<string, string[]> = {
  unit: ['单元', '單元', '单元编号', '單元編號', '房号', '房號', 'unit'],
  owner: ['业主', '業主', '业主姓名', '業主姓名', 'owner'],
  feeType: ['费用类型', '費用類型', '费用', '費用', 'fee', 'fee type'],
  amount: ['金额', '金額', '欠费金额', '欠費金額', 'amount'],
  since: ['欠费起始日', '欠費起始日', '起始日期', '欠费月份', '欠費月份', 'since'],
  notes: ['备注', '備註', 'notes', 'note'],
}

type FeeType = Arrear['feeType']

const feeNames: Record<string, FeeType> = {
  物业管理费: 'management', 物業管理費: 'management', 管理费: 'management', 管理費: 'management', management: 'management', 'management fee': 'management',
  水电费: 'utility', 水電費: 'utility', 水费: 'utility', 电费: 'utility', utility: 'utility', 'water and electricity': 'utility',
  其他服务费: 'other', 其他服務費: 'other', 其他: 'other', other: 'other', 'other service fees': 'other',
}

const texts = {
  signIn: L('請先登錄', 'Please sign in first'),
  site: L('請選擇您所在的站點', 'Choose a site of yours'),
  format: L('請上傳 xlsx 或 csv 文件', 'Upload an xlsx or csv file'),
  unreadable: L('文件無法讀取,請確認是 xlsx 或 csv 格式', 'The file cannot be read; is it xlsx or csv?'),
  columns: L('缺少列:{columns}(需要:單元、費用類型、金額、欠費起始日)', 'Missing columns: {columns} (needed: unit, fee, amount, since)'),
  empty: L('文件中沒有數據行', 'The file has no rows'),
  tooMany: L('一次最多導入 2000 行', 'At most 2000 rows per import'),
  hasErrors: L('有 {n} 行有錯誤,均未保存;請改正後重新導入', '{n} rows have errors; nothing was saved. Correct them and import again'),
  unit: L('單元「{value}」不存在', 'No unit "{value}"'),
  owner: L('業主「{value}」與單元現業主「{current}」不符', 'Owner "{value}" is not the unit\'s current owner "{current}"'),
  fee: L('費用類型「{value}」無法識別(物業管理費、水電費、其他服務費)', 'Unknown fee "{value}" (management, utility, other)'),
  amount: L('金額「{value}」不是大於 0 的數字', 'Amount "{value}" is not a number above 0'),
  since: L('欠費起始日「{value}」不是有效日期(如 2026-09-01)', 'Since "{value}" is not a date (e.g. 2026-09-01)'),
  future: L('欠費起始日「{value}」晚於今天', 'Since "{value}" is after today'),
  duplicate: L('與第 {line} 行重複(同一單元同一費用)', 'Same unit and fee as line {line}'),
  open: L('該單元的此項欠費已在跟蹤中,請在原記錄更新', 'These arrears of the unit are already followed up; update that record'),
}

type Cell = string | number | Date | null | undefined
export type ImportRow = { line: number; unitCode: string; unit?: number; owner?: string; feeType?: FeeType; amount?: number; since?: string; notes?: string; errors: string[] }

const cellText = (v: unknown): string => {
  if (v == null) return ''
  if (v instanceof Date) return format(v, 'yyyy-MM-dd')
  if (typeof v === 'object' && 'text' in (v as object)) return String((v as { text: unknown }).text ?? '')
  if (typeof v === 'object' && 'result' in (v as object)) return cellText((v as { result: unknown }).result)
  return String(v).trim()
}

/** CSV with quotes, commas and CRLF; a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const s = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',' || c === '\t') row.push(cell), (cell = '')
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++
      row.push(cell), rows.push(row), (row = []), (cell = '')
    } else cell += c
  }
  if (cell || row.length) row.push(cell), rows.push(row)
  return rows.filter((r) => r.some((x) => x.trim() !== ''))
}

async function readTable(formatName: string, file: string): Promise<string[][]> {
  if (formatName === 'csv') return parseCsv(file)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(file, 'base64') as unknown as ExcelJS.Buffer) // exceljs types its Buffer as an ArrayBuffer
  const sheet = book.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: false }, (r) => {
    const values = (r.values as Cell[]).slice(1)
    rows.push(values.map(cellText))
  })
  return rows.filter((r) => r.some((x) => x !== ''))
}

const parseDay = (raw: string): string | undefined => {
  const m = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?$/.exec(raw.trim())
  if (!m) return undefined
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${(m[3] ?? '1').padStart(2, '0')}`
  return isValid(parseISO(day)) && format(parseISO(day), 'yyyy-MM-dd') === day ? day : undefined
}

/** Parse and check every row (nothing is written). */
export async function checkImport(req: PayloadRequest, site: number, formatName: string, file: string): Promise<{ rows: ImportRow[]; error?: string }> {
  const lang = langOf(req)
  const t = (label: Label, values: Record<string, unknown> = {}) => fill(pick(label, lang), values)
  let table: string[][]
  try {
    table = await readTable(formatName, file)
  } catch {
    return { rows: [], error: t(texts.unreadable) }
  }
  if (table.length < 2) return { rows: [], error: t(texts.empty) }
  if (table.length > 2001) return { rows: [], error: t(texts.tooMany) }
  const head = table[0]!.map((h) => h.trim().toLowerCase())
  const col = Object.fromEntries(Object.entries(headers).map(([key, names]) => [key, head.findIndex((h) => names.includes(h))])) as Record<string, number>
  const missing = ['unit', 'feeType', 'amount', 'since'].filter((k) => col[k]! < 0)
  if (missing.length) return { rows: [], error: t(texts.columns, { columns: missing.map((k) => headers[k]![0]).join('、') }) }
  const calendar = await SiteCalendar.of(req.payload, site)
  const today = localDay(new Date(), calendar.timeZone)
  const units = await req.payload.find({ collection: 'units', where: { site: { equals: site } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  const unitByCode = new Map(units.docs.map((u) => [String(u.code), u.id as number]))
  const owners = await req.payload.find({ collection: 'owners', where: { and: [{ site: { equals: site } }, { status: { equals: 'current' } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  const ownerOf = new Map(owners.docs.map((o) => [idOf(o.unit)!, String(o.name)]))
  const open = await req.payload.find({ collection: 'arrears', where: { and: [{ site: { equals: site } }, { settled: { not_equals: true } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  const openKeys = new Set(open.docs.map((a) => `${idOf(a.unit)}:${a.feeType}`))
  const seen = new Map<string, number>()
  const rows: ImportRow[] = []
  for (const [i, r] of table.slice(1).entries()) {
    const get = (key: string) => (col[key]! >= 0 ? (r[col[key]!] ?? '').trim() : '')
    const row: ImportRow = { line: i + 2, unitCode: get('unit'), owner: get('owner') || undefined, notes: get('notes') || undefined, errors: [] }
    row.unit = unitByCode.get(row.unitCode)
    if (!row.unit) row.errors.push(t(texts.unit, { value: row.unitCode }))
    else if (row.owner && ownerOf.get(row.unit) && ownerOf.get(row.unit) !== row.owner) row.errors.push(t(texts.owner, { value: row.owner, current: ownerOf.get(row.unit) }))
    const fee = get('feeType')
    row.feeType = feeNames[fee.toLowerCase()] ?? feeNames[fee]
    if (!row.feeType) row.errors.push(t(texts.fee, { value: fee }))
    const amountText = get('amount').replace(/[,,¥元\s]/g, '')
    const amount = /^\d+(\.\d{1,2})?$/.test(amountText) ? Number(amountText) : NaN
    if (!(amount > 0) || amount > 10_000_000) row.errors.push(t(texts.amount, { value: get('amount') }))
    else row.amount = amount
    const sinceText = get('since')
    row.since = parseDay(sinceText)
    if (!row.since) row.errors.push(t(texts.since, { value: sinceText }))
    else if (row.since > today) row.errors.push(t(texts.future, { value: sinceText }))
    if (row.unit && row.feeType) {
      const key = `${row.unit}:${row.feeType}`
      if (seen.has(key)) row.errors.push(t(texts.duplicate, { line: seen.get(key) }))
      else seen.set(key, row.line)
      if (openKeys.has(key)) row.errors.push(t(texts.open))
    }
    rows.push(row)
  }
  return { rows }
}

const json = (status: number, body: unknown) => Response.json(body, { status })

export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const lang = langOf(req)
    if (!req.user) return json(401, { errors: [{ message: pick(texts.signIn, lang) }] })
    let body: { site?: unknown; format?: unknown; file?: unknown; commit?: unknown; source?: unknown }
    try {
      body = ((await req.json?.()) ?? {}) as typeof body
    } catch {
      body = {}
    }
    const site = idOf(body.site)
    const mine = ((req.user as { sites?: { site?: unknown }[] }).sites ?? []).map((s) => idOf(s.site))
    if (!site || (!mine.includes(site) && !isAdmin(req.user))) return json(400, { errors: [{ message: pick(texts.site, lang) }] })
    const formatName = String(body.format ?? '')
    if ((formatName !== 'csv' && formatName !== 'xlsx') || typeof body.file !== 'string' || !body.file) return json(400, { errors: [{ message: pick(texts.format, lang) }] })
    const { rows, error } = await checkImport(req, site, formatName, body.file)
    if (error) return json(400, { errors: [{ message: error }], rows: [] })
    const bad = rows.filter((r) => r.errors.length).length
    if (body.commit !== true) return json(200, { preview: true, rows, errorCount: bad, valid: bad === 0 })
    if (bad) return json(400, { errors: [{ message: fill(pick(texts.hasErrors, lang), { n: bad }) }], rows, errorCount: bad })
    const source = typeof body.source === 'string' ? body.source.slice(0, 100) : `${formatName.toUpperCase()} ${localDay(new Date())}`
    const own = await initTransaction(req)
    try {
      const created: number[] = []
      for (const r of rows) {
        const doc = await req.payload.create({
          collection: 'arrears',
          // A row without errors has all four.
          data: { site, unit: r.unit!, feeType: r.feeType!, amount: r.amount!, since: r.since!, notes: r.notes, source },
          overrideAccess: false,
          user: req.user,
          req,
          depth: 0,
        })
        created.push(doc.id as number)
      }
      if (own) await commitTransaction(req)
      return json(201, { created })
    } catch (e) {
      if (own) await killTransaction(req)
      throw e
    }
  },
}
