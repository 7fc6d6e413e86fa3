/**
 * JOB-05 / CARE-23: each working day, after the site's send time, the day's reception statistics go
 * to the positions in the site's digest settings (default: admin director, cc dean and general
 * manager) through the outbox, with a table per staff member and a chart of the last 30 days.
 * Once per site and day: the outbox is checked before anything is queued.
 */
import { addDays, format, parseISO } from 'date-fns'
import type { Payload, PayloadRequest } from 'payload'
import { SiteCalendar } from '../../src/lib/calendar'
import { holdersOf } from '../../src/lib/holders'
import { fill, pick, L } from '../../src/lib/i18n'
import { languageGroups, queueMail } from '../../src/lib/mail'
import { sitesOf } from '../run-sweeps'
import type { TickArgs } from '../schedule'
import { chartPng } from './chart'
import { statistics, type Statistics } from './statistics'

export const KIND = 'daily-reception'
const RELATED = 'daily-digest'
export const defaultRecipients = { to: ['admin-director'], cc: ['dean', 'general-manager'], sendAt: '17:40' }

const words = {
  subject: L('前臺接待統計 {site} {day}', 'Reception statistics {site} {day}'),
  intro: L('{site} {day} 前臺接待統計如下。', 'Reception statistics of {site} for {day}.'),
  staff: L('接待人', 'Staff member'),
  total: L('合計', 'Total'),
  quota: L('{figure}完成(每人每工作日 {n} 個)', '{figure} done (quota {n} per person per working day)'),
  chart: L('近 30 天', 'Last 30 days'),
  file: L('前臺接待統計-{day}.png', 'reception-statistics-{day}.png'),
  missing: L('注意:{years} 年尚無公佈的節假日安排,目前只按週末計算休息日,請在「工作日曆」補錄。', 'Note: no published holiday schedule for {years}; only weekends count as days off until it is filled in under "Working-day calendar".'),
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** The site's settings row, created with the defaults the first time (then editable in the admin panel). */
export async function digestSettings(payload: Payload, siteId: number, req?: PayloadRequest) {
  const { docs } = await payload.find({ collection: 'digest-settings', where: { site: { equals: siteId }, kind: { equals: KIND } }, depth: 1, limit: 1, overrideAccess: true, req })
  if (docs[0]) return docs[0]
  const positions = await payload.find({ collection: 'positions', where: { slug: { in: [...defaultRecipients.to, ...defaultRecipients.cc] } }, depth: 0, limit: 20, overrideAccess: true, req })
  const id = (slug: string) => positions.docs.find((p) => p.slug === slug)?.id as number
  await payload.create({
    collection: 'digest-settings',
    data: { site: siteId, kind: KIND, to: defaultRecipients.to.map(id).filter(Boolean), cc: defaultRecipients.cc.map(id).filter(Boolean), sendAt: defaultRecipients.sendAt, active: true },
    overrideAccess: true,
    req,
  })
  return digestSettings(payload, siteId, req)
}

export function digestHtml(day: Statistics, lang: string, cid?: string): { subject: string; html: string; text: string } {
  const t = (label: ReturnType<typeof L>, values: Record<string, unknown> = {}) => fill(pick(label, lang), values)
  const values = { site: day.site.name, day: day.from }
  const staffMetrics = day.metrics.filter((m) => m.staffField)
  const quotas = staffMetrics.filter((m) => m.quota)
  const th = (s: string) => `<th style="border:1px solid #d1d5db;padding:4px 8px;background:#f3f4f6">${esc(s)}</th>`
  const td = (s: string | number) => `<td style="border:1px solid #d1d5db;padding:4px 8px;text-align:right">${esc(String(s))}</td>`
  const staffTable =
    `<table style="border-collapse:collapse"><tr>${th(t(words.staff))}${staffMetrics.map((m) => th(pick(m.label, lang))).join('')}${quotas.map((m) => th(t(words.quota, { figure: pick(m.label, lang), n: m.quota }))).join('')}</tr>` +
    day.staff.map((s) => `<tr><td style="border:1px solid #d1d5db;padding:4px 8px">${esc(s.name)}</td>${staffMetrics.map((m) => td(s.counts[m.key] ?? 0)).join('')}${quotas.map((m) => td(`${s.counts[m.key] ?? 0} / ${m.quota}`)).join('')}</tr>`).join('') +
    `</table>`
  const totalTable = `<table style="border-collapse:collapse"><tr>${day.metrics.map((m) => th(pick(m.label, lang))).join('')}</tr><tr>${day.metrics.map((m) => td(day.totals[m.key] ?? 0)).join('')}</tr></table>`
  const warning = day.missingYears.length ? `<p style="color:#b45309">⚠ ${esc(t(words.missing, { years: day.missingYears.join('、') }))}</p>` : ''
  const html = `<div style="font-family:sans-serif"><p>${esc(t(words.intro, values))}</p>${warning}<h3>${esc(t(words.total))}</h3>${totalTable}<h3>${esc(t(words.staff))}</h3>${staffTable}${cid ? `<h3>${esc(t(words.chart))}</h3><img src="cid:${cid}" alt="${esc(t(words.chart))}" width="720"/>` : ''}</div>`
  const text = [
    t(words.intro, values),
    ...(day.missingYears.length ? [t(words.missing, { years: day.missingYears.join('、') })] : []),
    '',
    day.metrics.map((m) => `${pick(m.label, lang)}: ${day.totals[m.key] ?? 0}`).join('\n'),
    '',
    ...day.staff.map((s) => `${s.name}: ${staffMetrics.map((m) => `${pick(m.label, lang)} ${s.counts[m.key] ?? 0}`).join(', ')}`),
  ].join('\n')
  return { subject: t(words.subject, values), html, text }
}

/** Queue the digest of one site and day; returns the outbox id, or why nothing was queued. */
export async function sendDailyDigest(payload: Payload, siteId: number, day: string, req?: PayloadRequest): Promise<{ mail?: number; skipped?: string }> {
  const relatedId = `${siteId}:${day}`
  const already = await payload.count({ collection: 'mail-outbox', where: { relatedCollection: { equals: RELATED }, relatedId: { equals: relatedId } }, overrideAccess: true, req })
  if (already.totalDocs) return { skipped: 'already sent' }
  const settings = await digestSettings(payload, siteId, req)
  if (!settings.active) return { skipped: 'inactive' }
  const slugs = (list: unknown) => ((list ?? []) as { slug?: string }[]).map((p) => p.slug).filter((s): s is string => Boolean(s))
  const to = await holdersOf(payload, siteId, slugs(settings.to), req)
  const cc = (await holdersOf(payload, siteId, slugs(settings.cc), req)).filter((c) => !to.some((t) => t.id === c.id))
  if (!to.length) return { skipped: 'nobody holds the recipient positions' }
  const today = await statistics(payload, siteId, day, day)
  const month = await statistics(payload, siteId, format(addDays(parseISO(day), -29), 'yyyy-MM-dd'), day)
  const cid = `chart-${siteId}-${day}@frontdesk`
  // JOB-05: every recipient reads the digest in their own language (one mail per language, cc included).
  let first: number | undefined
  for (const group of languageGroups(to, cc)) {
    const { subject, html, text } = digestHtml(today, group.lang, cid)
    const png = await chartPng(month, group.lang)
    const { id } = await queueMail(
      payload,
      {
        to: group.to.map((p) => p.email),
        cc: group.cc.map((p) => p.email),
        subject,
        text,
        html,
        attachments: [{ filename: fill(pick(words.file, group.lang), { day }), content: png.toString('base64'), encoding: 'base64', contentType: 'image/png', cid }],
        related: { collection: RELATED, id: relatedId },
        site: siteId,
      },
      req,
    )
    first ??= id
  }
  return { mail: first }
}

/** Every site whose send time has passed on a working day and whose digest is not in the outbox yet. */
export async function sendDueDigests(payload: Payload, req: PayloadRequest, now = new Date()) {
  const report: Record<string, unknown> = {}
  for (const site of await sitesOf(payload)) {
    const calendar = new SiteCalendar(payload, site.id, site.timeZone)
    const day = calendar.today(now)
    if (!(await calendar.isWorkingDay(day))) continue
    const settings = await digestSettings(payload, site.id, req)
    if (now < calendar.at(day, String(settings.sendAt || defaultRecipients.sendAt))) continue
    report[site.id] = await sendDailyDigest(payload, site.id, day, req)
  }
  return report
}

export const digestTick = ({ payload, req }: TickArgs) => sendDueDigests(payload, req)
