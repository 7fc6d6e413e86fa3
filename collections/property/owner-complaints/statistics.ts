/**
 * PROP-11 / JOB-05: the monthly complaint statistics (by the 30th: counts by category, severity,
 * department and channel; handled late; owners not told the same day; reopened) and the quarterly
 * follow-up analysis (by the 10th after the quarter), each an e-mail through the outbox to the
 * positions in the site's settings, with a table, a chart and an XLSX attachment; once per period.
 */
import { sql } from '@payloadcms/db-postgres'
import { addMonths, format, getDaysInMonth, parseISO } from 'date-fns'
import ExcelJS from 'exceljs'
import sharp from 'sharp'
import type { Payload, PayloadRequest } from 'payload'
import { db, tableOf } from '../../../jobs/sql'
import { SiteCalendar, localDay, shiftDay } from '../../../src/lib/calendar'
import { holdersOf } from '../../../src/lib/holders'
import { pick, type Label, L } from '../../../src/lib/i18n'
import { queueMail, type MailAttachment } from '../../../src/lib/mail'
import { siteInfo } from '../../../src/lib/site'
import { quarterOf, quarterlyAnalysis, type QuarterlyAnalysis } from '../follow-ups/analysis'
import { followUpRates } from '../follow-ups/rates'
import { followUpKinds, satisfactions } from '../follow-ups/options'
import { complaintCategories, complaintChannels, severities } from './options'
import { complaintSettings } from './timeLimit'

/** The statistics day of a month: the 30th (or its last day). */
const dueDayOf = (month: string) => `${month}-${String(Math.min(30, getDaysInMonth(parseISO(`${month}-01`)))).padStart(2, '0')}`
const monthOf = (day: string) => day.slice(0, 7)
const nextMonth = (month: string) => format(addMonths(parseISO(`${month}-01`), 1), 'yyyy-MM')
const prevMonth = (month: string) => format(addMonths(parseISO(`${month}-01`), -1), 'yyyy-MM')

/** The statistics period a site day belongs to: from the day after last month's 30th to this month's 30th. */
export function statisticsPeriod(day: string) {
  let month = monthOf(day)
  if (day > dueDayOf(month)) month = nextMonth(month)
  return { month, from: shiftDay(dueDayOf(prevMonth(month)), 1), to: dueDayOf(month) }
}

export type ComplaintStatistics = {
  site: number
  month: string
  from: string
  to: string
  total: number
  byCategory: Record<string, number>
  bySeverity: Record<string, number>
  byChannel: Record<string, number>
  byDepartment: Record<string, number>
  handledLate: number
  toldLate: number
  reopened: number
  open: number
}

/** PROP-11: the month's complaint statistics of the period `at` falls in. */
export async function complaintStatistics(payload: Payload, site: number, at: Date = new Date()): Promise<ComplaintStatistics> {
  const { timeZone } = await siteInfo(payload, site)
  const { month, from, to } = statisticsPeriod(localDay(at, timeZone))
  return { ...(await complaintStatisticsBetween(payload, site, from, to)), month }
}

/** The complaint statistics of any range of the site's days (`from`…`to` inclusive), e.g. on the admin page. */
export async function complaintStatisticsBetween(payload: Payload, site: number, from: string, to: string): Promise<ComplaintStatistics> {
  const { timeZone } = await siteInfo(payload, site)
  const calendar = new SiteCalendar(payload, site, timeZone)
  const month = from.slice(0, 7)
  const start = calendar.at(from, '00:00').toISOString()
  const end = calendar.at(shiftDay(to, 1), '00:00').toISOString()
  const table = sql.identifier(tableOf(payload, 'owner-complaints')!)
  const where = sql`site_id = ${site} AND received_at >= ${start} AND received_at < ${end} AND status <> 'cancelled'`
  const count = async (column: string) => {
    const { rows } = await db(payload).execute(sql`SELECT coalesce(${sql.identifier(column)}::text, '') AS k, count(*)::int AS n FROM ${table} WHERE ${where} GROUP BY 1`)
    return Object.fromEntries((rows as { k: string; n: number }[]).map((r) => [r.k, r.n]))
  }
  const { rows } = await db(payload).execute(sql`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE handling_overdue)::int AS handled_late,
      count(*) FILTER (WHERE told_late)::int AS told_late,
      count(*) FILTER (WHERE reopen_count > 0)::int AS reopened,
      count(*) FILTER (WHERE status IN ('received', 'routed', 'reported'))::int AS open
    FROM ${table} WHERE ${where}`)
  const r = rows[0] as { total: number; handled_late: number; told_late: number; reopened: number; open: number }
  return {
    site,
    month,
    from,
    to,
    total: r.total,
    byCategory: await count('category'),
    bySeverity: await count('severity'),
    byChannel: await count('channel'),
    byDepartment: await count('department_name'),
    handledLate: r.handled_late,
    toldLate: r.told_late,
    reopened: r.reopened,
    open: r.open,
  }
}

// ------------------------------------------------------------------------------------------------
// The e-mails

const words = {
  monthly: L('{site} 業主投訴月度統計({from} 至 {to})', '{site} owner complaints, monthly statistics ({from} to {to})'),
  quarterly: L('{site} 季度回訪統計分析({from} 至 {to})', '{site} quarterly follow-up analysis ({from} to {to})'),
  total: L('投訴總數', 'Complaints'),
  handledLate: L('處理超時', 'Handled late'),
  toldLate: L('未當天告知業主', 'Owner not told the same day'),
  reopened: L('回訪不滿意重新處理', 'Reopened after follow-up'),
  open: L('尚未處理完畢', 'Still open'),
  category: L('投訴類別', 'Category'),
  severity: L('投訴級別', 'Severity'),
  channel: L('投訴方式', 'Channel'),
  department: L('被投訴部門', 'Department'),
  count: L('數量', 'Count'),
  item: L('項目', 'Item'),
  rates: L('回訪率', 'Follow-up rates'),
  kind: L('回訪類別', 'Kind'),
  due: L('應回訪', 'Due'),
  done: L('已回訪', 'Done'),
  onTime: L('按時', 'On time'),
  rate: L('回訪率', 'Rate'),
  target: L('要求', 'Target'),
  unsatisfied: L('回訪不合格', 'Unsatisfied follow-ups'),
  repeated: L('同一事項投訴兩次以上', 'The same matter complained about twice or more'),
  repairs: L('同一維修三次以上', 'The same repair three times or more'),
  unit: L('單元', 'Unit'),
  subject: L('回訪事項', 'Follow-up'),
  shortfalls: L('不足之處', 'Shortfalls'),
  none: L('無', 'None'),
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
const th = (s: string) => `<th style="border:1px solid #d1d5db;padding:4px 8px;background:#f3f4f6;text-align:left">${esc(s)}</th>`
const td = (s: unknown) => `<td style="border:1px solid #d1d5db;padding:4px 8px">${esc(s)}</td>`
const htmlTable = (head: string[], rows: unknown[][]) =>
  `<table style="border-collapse:collapse;margin-bottom:12px"><tr>${head.map(th).join('')}</tr>${rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('')}</table>`

type Section = { title: string; head: string[]; rows: (string | number)[][] }

const labelOf = (options: Record<string, Label>, key: string, lang: string) => (options[key] ? pick(options[key], lang) : key || '—')

/** A bar chart (PNG) of one section's counts. */
async function barChart(title: string, bars: { label: string; value: number }[]): Promise<Buffer> {
  const width = 640
  const height = 280
  const max = Math.max(1, ...bars.map((b) => b.value))
  const w = (width - 80) / Math.max(1, bars.length)
  const parts = bars.map((b, i) => {
    const h = ((height - 90) * b.value) / max
    const x = 50 + i * w + w * 0.15
    return `<rect x="${x.toFixed(1)}" y="${(height - 50 - h).toFixed(1)}" width="${(w * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="#2563eb"/>` +
      `<text x="${(x + w * 0.35).toFixed(1)}" y="${(height - 55 - h).toFixed(1)}" font-size="12" text-anchor="middle">${b.value}</text>` +
      `<text x="${(x + w * 0.35).toFixed(1)}" y="${height - 30}" font-size="11" text-anchor="middle">${esc(b.label)}</text>`
  })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/><text x="${width / 2}" y="22" font-size="15" text-anchor="middle">${esc(title)}</text><line x1="45" x2="${width - 20}" y1="${height - 50}" y2="${height - 50}" stroke="#9ca3af"/>${parts.join('')}</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

async function xlsx(sections: Section[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  for (const s of sections) {
    const sheet = book.addWorksheet(s.title.replace(/[\\/?*[\]:]/g, '-').slice(0, 31))
    sheet.addRow(s.head).font = { bold: true }
    for (const r of s.rows) sheet.addRow(r)
    sheet.columns.forEach((c) => (c.width = 18))
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

export function monthlySections(stats: ComplaintStatistics, lang: string): Section[] {
  const t = (l: Label) => pick(l, lang)
  const by = (title: Label, counts: Record<string, number>, options?: Record<string, Label>): Section => ({
    title: t(title),
    head: [t(title), t(words.count)],
    rows: Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, n]) => [options ? labelOf(options, k, lang) : k || '—', n]),
  })
  return [
    {
      title: t(words.total),
      head: [t(words.item), t(words.count)],
      rows: [[t(words.total), stats.total], [t(words.handledLate), stats.handledLate], [t(words.toldLate), stats.toldLate], [t(words.reopened), stats.reopened], [t(words.open), stats.open]],
    },
    by(words.category, stats.byCategory, complaintCategories),
    by(words.severity, stats.bySeverity, severities),
    by(words.channel, stats.byChannel, complaintChannels),
    by(words.department, stats.byDepartment),
  ]
}

export function quarterlySections(a: QuarterlyAnalysis, rates: Awaited<ReturnType<typeof followUpRates>>, lang: string): Section[] {
  const t = (l: Label) => pick(l, lang)
  return [
    {
      title: t(words.rates),
      head: [t(words.kind), t(words.due), t(words.done), t(words.onTime), t(words.rate), t(words.target)],
      rows: rates.rows.map((r) => [labelOf(followUpKinds, r.kind, lang), r.due, r.done, r.onTime, `${r.rate}%`, `${r.target}%`]),
    },
    {
      title: t(words.unsatisfied),
      head: [t(words.unit), t(words.kind), t(words.subject), t(words.shortfalls)],
      rows: a.unsatisfied.map((u) => [u.unit, labelOf(followUpKinds, u.kind, lang), u.subject, u.shortfalls || labelOf(satisfactions, 'unsatisfied', lang)]),
    },
    { title: t(words.repeated), head: [t(words.unit), t(words.category), t(words.count)], rows: a.repeatedComplaints.map((r) => [r.unit, labelOf(complaintCategories, r.category, lang), r.count]) },
    { title: t(words.repairs), head: [t(words.unit), t(words.item), t(words.count)], rows: a.repeatedRepairs.map((r) => [r.unit, r.item, r.count]) },
  ]
}

const defaultTo = ['cs-supervisor', 'office-director']

async function recipients(payload: Payload, site: number, positions: { slug?: string }[] | null | undefined, req?: PayloadRequest) {
  const slugs = (positions ?? []).map((p) => p.slug).filter((s): s is string => Boolean(s))
  return holdersOf(payload, site, slugs.length ? slugs : defaultTo, req)
}

async function queueReport(
  payload: Payload,
  site: number,
  kind: 'monthly' | 'quarterly',
  period: { from: string; to: string },
  positions: { slug?: string }[] | null | undefined,
  build: (lang: string) => { subject: string; sections: Section[]; chart: { title: string; bars: { label: string; value: number }[] } },
  req?: PayloadRequest,
): Promise<number | undefined> {
  const related = { collection: `property-${kind}-report`, id: `${site}:${period.from}` }
  const already = await payload.count({ collection: 'mail-outbox', where: { relatedCollection: { equals: related.collection }, relatedId: { equals: related.id } }, overrideAccess: true, req })
  if (already.totalDocs) return undefined
  const to = await recipients(payload, site, positions, req)
  if (!to.length) return undefined
  const lang = to[0].language ?? 'zh'
  const { subject, sections, chart } = build(lang)
  const cid = `${kind}-${site}-${period.from}@frontdesk`
  const png = await barChart(chart.title, chart.bars)
  const html = `<div style="font-family:sans-serif"><h2>${esc(subject)}</h2>${sections.map((s) => `<h3>${esc(s.title)}</h3>${s.rows.length ? htmlTable(s.head, s.rows) : `<p>${esc(pick(words.none, lang))}</p>`}`).join('')}<img src="cid:${cid}" alt="chart" width="640"/></div>`
  const text = [subject, '', ...sections.flatMap((s) => [s.title, ...s.rows.map((r) => r.join('  ')), ''])].join('\n')
  const { id } = await queueMail(
    payload,
    {
      to: to.map((p) => p.email),
      subject,
      text,
      html,
      attachments: [
        { filename: `${kind}-${period.from}.png`, content: png.toString('base64'), encoding: 'base64', contentType: 'image/png', cid },
        { filename: `${kind}-${period.from}_${period.to}.xlsx`, content: (await xlsx(sections)).toString('base64'), encoding: 'base64', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      ] as MailAttachment[], // nodemailer's inline image (cid) is not in MailAttachment
      related,
      site,
    },
    req,
  )
  return id
}

/**
 * The site's reports due at `now`: the monthly statistics on the last working day up to the 30th,
 * the quarterly analysis of the quarter before from the first working day of a quarter until the
 * 10th. Each is queued once (the outbox is checked). `force` sends the current ones whatever the day.
 */
export async function sendServiceReports(payload: Payload, site: number, now = new Date(), options: { force?: boolean; req?: PayloadRequest } = {}) {
  const settings = await complaintSettings(payload, site, options.req)
  const out: { monthly?: number; quarterly?: number } = {}
  if (settings?.reportsActive === false) return out
  const { timeZone, name } = await siteInfo(payload, site, options.req)
  const calendar = new SiteCalendar(payload, site, timeZone)
  const today = localDay(now, timeZone)
  const period = statisticsPeriod(today)
  // The last working day on or before the 30th (a 30th that falls on a Sunday: the Friday).
  let sendDay = period.to
  for (let i = 0; i < 10 && !(await calendar.isWorkingDay(sendDay)); i++) sendDay = shiftDay(sendDay, -1)
  if (options.force || today >= sendDay) {
    const stats = await complaintStatistics(payload, site, now)
    out.monthly = await queueReport(payload, site, 'monthly', period, settings?.monthlyTo, (lang) => ({
      subject: pick(words.monthly, lang).replace('{site}', name).replace('{from}', period.from).replace('{to}', period.to),
      sections: monthlySections(stats, lang),
      chart: { title: pick(words.category, lang), bars: Object.entries(stats.byCategory).map(([k, n]) => ({ label: labelOf(complaintCategories, k, lang), value: n })) },
    }), options.req)
  }
  const quarter = quarterOf(today)
  const day = Number(today.slice(8, 10))
  if (options.force || (today.slice(0, 7) === quarter.from.slice(0, 7) && day <= 10)) {
    const previous = quarterOf(shiftDay(quarter.from, -1))
    const at = calendar.at(previous.from, '12:00')
    const analysis = await quarterlyAnalysis(payload, site, at)
    const rates = await followUpRates(payload, site, previous.from, previous.to, now)
    out.quarterly = await queueReport(payload, site, 'quarterly', previous, settings?.quarterlyTo, (lang) => ({
      subject: pick(words.quarterly, lang).replace('{site}', name).replace('{from}', previous.from).replace('{to}', previous.to),
      sections: quarterlySections(analysis, rates, lang),
      chart: { title: pick(words.rates, lang), bars: rates.rows.map((r) => ({ label: labelOf(followUpKinds, r.kind, lang), value: r.rate })) },
    }), options.req)
  }
  return out
}
