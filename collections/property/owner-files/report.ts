/**
 * PROP-06 / JOB-05 業主檔案月報: by the 5th of each month, the previous month's report on the owner
 * archives goes to the department head (the site's `digest-settings` row of kind `archive-monthly`,
 * editable; default 部門主管 cc 管理處主任) through the outbox, with an XLSX: completeness per unit
 * (filed / missing, units without an archive), the month's changes (the units' history, archive
 * updates: who and when, never what) and readings (grants registered, every opening). Only what is
 * open of a secret archive is in it: counts, never the contents. Queued once per site and month.
 */
import ExcelJS from 'exceljs'
import { addMonths, format, parseISO } from 'date-fns'
import type { Payload, PayloadRequest } from 'payload'
import { SiteCalendar, localDay, localDateTime } from '../../../src/lib/calendar'
import { holdersOf } from '../../../src/lib/holders'
import { fill, pick, L, type Label } from '../../../src/lib/i18n'
import { queueMail } from '../../../src/lib/mail'
import { siteInfo } from '../../../src/lib/site'
import { idOf } from '../../../src/lib/hooks'
import { historyKinds } from '../unit-history'

export const REPORT_KIND = 'archive-monthly'
const RELATED = 'archive-monthly-report'
export const defaultReportRecipients = { to: ['department-head'], cc: ['office-director'] }

const words = {
  subject: L('業主檔案月報 {site} {month}', 'Owner archive report {site} {month}'),
  completeness: L('檔案完整情況', 'Completeness per unit'),
  unit: L('單元', 'Unit'),
  filed: L('已歸檔', 'Filed'),
  missing: L('缺少', 'Missing'),
  rate: L('完整率', 'Complete'),
  noArchive: L('尚未建檔', 'No archive yet'),
  changes: L('本月變更', 'Changes this month'),
  what: L('變更內容', 'What changed'),
  from: L('原值', 'Old'),
  to: L('新值', 'New'),
  by: L('經辦人', 'By'),
  when: L('時間', 'When'),
  updated: L('檔案內容更新', 'Archive contents updated'),
  readings: L('本月查閱', 'Readings this month'),
  reader: L('查閱人', 'Reader'),
  reason: L('原因', 'Why'),
  validUntil: L('有效至', 'Valid until'),
  openings: L('打開次數', 'Openings'),
  none: L('無', 'None'),
  summary: L('共 {units} 個單元,{archives} 份檔案,資料齊全 {complete} 份;本月變更 {changes} 項,查閱登記 {grants} 次,打開 {opened} 次。', '{units} units, {archives} archives, {complete} complete; {changes} changes, {grants} readings registered and {opened} openings this month.'),
}

type Section = { title: string; head: string[]; rows: (string | number)[][] }

/** The month a report sent in `day`'s month covers: the one before. */
export const reportMonth = (day: string) => {
  const first = format(addMonths(parseISO(`${day.slice(0, 7)}-01`), -1), 'yyyy-MM-dd')
  const next = `${day.slice(0, 7)}-01`
  return { month: first.slice(0, 7), from: first, to: next }
}

export async function archiveReport(payload: Payload, site: number, month: string, lang: string, req?: PayloadRequest) {
  const t = (l: Label) => pick(l, lang)
  const { timeZone, name } = await siteInfo(payload, site, req)
  const calendar = new SiteCalendar(payload, site, timeZone)
  const from = calendar.at(`${month}-01`, '00:00')
  const to = calendar.at(format(addMonths(parseISO(`${month}-01`), 1), 'yyyy-MM-dd'), '00:00')
  const inMonth = { greater_than_equal: from.toISOString(), less_than: to.toISOString() }
  const all = { depth: 0, limit: 0, pagination: false, overrideAccess: true, req } as const
  const units = (await payload.find({ collection: 'units', where: { site: { equals: site } }, sort: 'code', ...all })).docs
  const archives = (await payload.find({ collection: 'owner-files', where: { site: { equals: site } }, select: { unit: true, present: true, missing: true, title: true }, ...all })).docs as unknown as { id: number; unit: number; present: number; missing: number; title: string }[]
  const byUnit = new Map(archives.map((a) => [idOf(a.unit), a]))
  const codeOf = new Map(units.map((u) => [u.id as number, String(u.code)]))
  const staff = new Map<number, string>()
  const nameOf = async (id: unknown) => {
    const n = idOf(id)
    if (!n) return ''
    if (!staff.has(n)) staff.set(n, String((await payload.findByID({ collection: 'staff', id: n, depth: 0, overrideAccess: true, disableErrors: true, req }))?.name ?? ''))
    return staff.get(n)!
  }
  const completeness: Section = {
    title: t(words.completeness),
    head: [t(words.unit), t(words.filed), t(words.missing), t(words.rate)],
    rows: units.map((u) => {
      const a = byUnit.get(u.id as number)
      if (!a) return [String(u.code), 0, t(words.noArchive), '0%']
      const total = (a.present ?? 0) + (a.missing ?? 0)
      return [String(u.code), a.present ?? 0, a.missing ?? 0, total ? `${Math.round(((a.present ?? 0) / total) * 100)}%` : '0%']
    }),
  }
  const history = (await payload.find({ collection: 'unit-history', where: { and: [{ site: { equals: site } }, { at: inMonth }] }, sort: 'at', ...all })).docs as unknown as Record<string, unknown>[]
  const archiveTitle = new Map(archives.map((a) => [String(a.id), a.title]))
  const updates = (await payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'owner-files' } }, { action: { in: ['create', 'update'] } }, { site: { equals: site } }, { createdAt: inMonth }] }, sort: 'createdAt', ...all })).docs as unknown as Record<string, unknown>[]
  const changes: Section = {
    title: t(words.changes),
    head: [t(words.unit), t(words.what), t(words.from), t(words.to), t(words.by), t(words.when)],
    rows: [
      ...(await Promise.all(history.map(async (h) => [codeOf.get(idOf(h.unit)!) ?? '', pick(historyKinds[h.kind as keyof typeof historyKinds] ?? L(String(h.kind), String(h.kind)), lang), String(h.from ?? ''), String(h.to ?? ''), await nameOf(h.by), localDateTime(String(h.at), timeZone)]))),
      ...(await Promise.all(updates.map(async (u) => [archiveTitle.get(String(u.recordId)) ?? '', t(words.updated), '', '', String(u.actorName ?? (await nameOf(u.actor))), localDateTime(String(u.createdAt), timeZone)]))),
    ],
  }
  const grants = (await payload.find({ collection: 'archive-grants', where: { and: [{ site: { equals: site } }, { registeredAt: inMonth }] }, sort: 'registeredAt', ...all })).docs as unknown as Record<string, unknown>[]
  const opened = (await payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'owner-files' } }, { action: { equals: 'read' } }, { site: { equals: site } }, { createdAt: inMonth }] }, ...all })).docs as unknown as Record<string, unknown>[]
  const openings = (grant: unknown) => opened.filter((o) => String(o.note ?? '').includes(`grant ${idOf(grant)};`)).length
  const readings: Section = {
    title: t(words.readings),
    head: [t(words.unit), t(words.reader), t(words.reason), t(words.by), t(words.when), t(words.validUntil), t(words.openings)],
    rows: await Promise.all(
      grants.map(async (g) => [String(g.archiveTitle ?? ''), await nameOf(g.reader), String(g.reason ?? ''), await nameOf(g.registeredBy), localDateTime(String(g.registeredAt), timeZone), g.validUntil ? localDateTime(String(g.validUntil), timeZone) : '', openings(g.id)]),
    ),
  }
  const summary = fill(t(words.summary), {
    units: units.length,
    archives: archives.length,
    complete: archives.filter((a) => (a.missing ?? 0) === 0).length,
    changes: changes.rows.length,
    grants: grants.length,
    opened: opened.length,
  })
  return { site: name, month, summary, sections: [completeness, changes, readings], subject: fill(t(words.subject), { site: name, month }) }
}

const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

async function workbook(sections: Section[]) {
  const book = new ExcelJS.Workbook()
  for (const s of sections) {
    const sheet = book.addWorksheet(s.title.slice(0, 31))
    sheet.addRow(s.head).font = { bold: true }
    sheet.addRows(s.rows)
    sheet.columns.forEach((c) => (c.width = 16))
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** The site's settings row for this report, created with the defaults the first time (then editable). */
async function recipients(payload: Payload, site: number, req?: PayloadRequest) {
  let { docs } = await payload.find({ collection: 'digest-settings', where: { site: { equals: site }, kind: { equals: REPORT_KIND } }, depth: 1, limit: 1, overrideAccess: true, req })
  if (!docs[0]) {
    const positions = await payload.find({ collection: 'positions', where: { slug: { in: [...defaultReportRecipients.to, ...defaultReportRecipients.cc] } }, depth: 0, limit: 20, overrideAccess: true, req })
    const id = (slug: string) => positions.docs.find((p) => p.slug === slug)?.id as number
    await payload.create({
      collection: 'digest-settings',
      data: { site, kind: REPORT_KIND, to: defaultReportRecipients.to.map(id).filter(Boolean), cc: defaultReportRecipients.cc.map(id).filter(Boolean), sendAt: '09:00', active: true },
      overrideAccess: true,
      req,
    })
    ;({ docs } = await payload.find({ collection: 'digest-settings', where: { site: { equals: site }, kind: { equals: REPORT_KIND } }, depth: 1, limit: 1, overrideAccess: true, req }))
  }
  const row = docs[0] as unknown as { active?: boolean; to?: { slug?: string }[]; cc?: { slug?: string }[] }
  const slugs = (list?: { slug?: string }[]) => (list ?? []).map((p) => p.slug).filter((s): s is string => Boolean(s))
  return { active: row?.active !== false, to: await holdersOf(payload, site, slugs(row?.to), req), cc: await holdersOf(payload, site, slugs(row?.cc), req) }
}

/**
 * Queue the previous month's report if it is due at `now` (from the 1st until the 5th, on a working
 * morning; `force` any day) and not queued yet. Returns the outbox id, or undefined.
 */
export async function sendArchiveReport(payload: Payload, site: number, now = new Date(), options: { force?: boolean; req?: PayloadRequest } = {}) {
  const { timeZone } = await siteInfo(payload, site, options.req)
  const today = localDay(now, timeZone)
  if (!options.force && Number(today.slice(8, 10)) > 5) return undefined
  const { month } = reportMonth(today)
  const related = { collection: RELATED, id: `${site}:${month}` }
  const already = await payload.count({ collection: 'mail-outbox', where: { relatedCollection: { equals: related.collection }, relatedId: { equals: related.id } }, overrideAccess: true, req: options.req })
  if (already.totalDocs) return undefined
  const who = await recipients(payload, site, options.req)
  if (!who.active || !who.to.length) return undefined
  const lang = who.to[0]!.language ?? 'zh'
  const report = await archiveReport(payload, site, month, lang, options.req)
  const html = `<div style="font-family:sans-serif"><h2>${esc(report.subject)}</h2><p>${esc(report.summary)}</p>${report.sections
    .map((s) => `<h3>${esc(s.title)}</h3>${s.rows.length ? `<table border="1" cellpadding="4" style="border-collapse:collapse"><tr>${s.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>${s.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>` : `<p>${esc(pick(words.none, lang))}</p>`}`)
    .join('')}</div>`
  const text = [report.subject, report.summary, '', ...report.sections.flatMap((s) => [s.title, ...s.rows.map((r) => r.join('  ')), ''])].join('\n')
  const { id } = await queueMail(
    payload,
    {
      to: who.to.map((p) => p.email),
      cc: who.cc.map((p) => p.email),
      subject: report.subject,
      text,
      html,
      attachments: [{ filename: `archive-report-${month}.xlsx`, content: (await workbook(report.sections)).toString('base64'), encoding: 'base64', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }],
      related,
      site,
    },
    options.req,
  )
  return id
}
