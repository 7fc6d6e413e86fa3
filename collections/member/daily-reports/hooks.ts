/**
 * MEMBER-04 / JOB-05 日報表: filled in at 19:00, sent at 19:30 (a declared deadline) through the mail
 * outbox to the positions of the site's member settings, with the day's lists, tomorrow's
 * appointments against tomorrow's targets and a chart of the last 30 days.
 */
import type { CollectionBeforeChangeHook, Endpoint, PayloadRequest } from 'payload'
import { dayOf, localDateTime, localDay, shiftDay } from '../../../src/lib/calendar'
import { langOf, refuse } from '../../../src/lib/errors'
import { fill, L, pick } from '../../../src/lib/i18n'
import { siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'
import { holdersOf } from '../../../src/lib/holders'
import { queueMail } from '../../../src/lib/mail'
import { transition } from '../../../hooks/lifecycle'
import { isDayString } from '../../../hooks/ids'
import type { DeadlineArgs } from '../../../hooks/deadlines'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { dayBoard } from '../appointments/morning'
import { memberSettings } from '../member-settings'
import { queryParam, siteParam } from '../access'
import { chartPng, dayDetail, rangeFigures } from './figures'

export const reportLifecycle: LifecycleSpec = {
  states: { draft: { label: L('填寫中', 'Being filled in'), color: '#d97706' }, sent: { label: L('已發送', 'Sent'), color: '#16a34a' } },
  transitions: [{ from: 'draft', to: 'sent', label: L('已發送', 'Sent'), by: 'server' }],
}

/** One report per site and day; the figures are the server's, recomputed on each save. */
export const reportBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site || !o.day) return data
  const { timeZone } = await siteInfo(req.payload, site, req)
  const day = dayOf(o.day, timeZone)
  const clash = await req.payload.find({
    collection: 'daily-reports',
    where: { and: [{ site: { equals: site } }, { dayKey: { equals: day } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    limit: 1, depth: 0, overrideAccess: true, req,
  })
  if (clash.totalDocs) refuse(req, L('{day} 的日報表已經建立,請修改原表', 'The daily report of {day} exists already: edit it'), { day }, 409)
  if (originalDoc?.status === 'sent' && req.context?.deadline !== 'send') refuse(req, L('日報表已發送,不能再修改', 'The daily report has been sent and can no longer be changed'), {}, 409)
  Object.assign(data, { dayKey: day, ...(await reportFigures(req, site, day)) })
  if (operation === 'create' && req.user) data.filledBy = req.user.id
  return data
}

async function reportFigures(req: Partial<PayloadRequest> & { payload: PayloadRequest['payload'] }, site: number, day: string) {
  const [today] = await rangeFigures(req.payload, site, day, day, req)
  const tomorrow = await dayBoard(req.payload, site, shiftDay(day, 1), req)
  return {
    customers: today.customers,
    deals: today.deals,
    dealAmount: today.amount,
    notClosed: today.notClosed,
    noShows: today.noShows,
    tomorrowBooked: tomorrow.reduce((n, s) => n + s.booked, 0),
    tomorrowTarget: tomorrow.reduce((n, s) => n + (s.target ?? 0), 0),
  }
}

const w = {
  subject: L('日報表 {site} {day}', 'Daily report {site} {day}'),
  customers: L('今日到店顧客 {n} 位', 'Customers today: {n}'),
  deals: L('成交 {n} 單,合計 {amount} 元', 'Deals: {n}, {amount} yuan in all'),
  notClosed: L('未成單 {n} 位(原因與方案)', 'Not closed: {n} (reasons and plans)'),
  goodCases: L('好案例(明日晨會分享)', 'Good cases (for tomorrow’s meeting)'),
  tomorrow: L('明日預約 {booked} 位 / 目標 {target} 位', 'Tomorrow: {booked} booked / target {target}'),
  noShows: L('爽約 {n} 位', 'No-shows: {n}'),
  analysis: L('今日總結與分析', 'Summary and analysis'),
  plan: L('明日工作計劃', 'Plan for tomorrow'),
  chart: L('近 30 天', 'Last 30 days'),
  filledBy: L('填表人:{name}', 'Filled in by {name}'),
  staffLine: L('{name}:預約 {booked} / 目標 {target}', '{name}: {booked} booked / target {target}'),
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** The report as e-mail text and HTML in a language. */
export async function reportMail(req: PayloadRequest, doc: Record<string, any>, lang: string) {
  const site = siteOf(doc)!
  const info = await siteInfo(req.payload, site, req)
  const day = doc.dayKey as string
  const t = (label: ReturnType<typeof L>, v: Record<string, unknown> = {}) => fill(pick(label, lang), v)
  const detail = await dayDetail(req.payload, site, day, req)
  const tomorrow = await dayBoard(req.payload, site, shiftDay(day, 1), req)
  const sections: [string, string[]][] = [
    [t(w.customers, { n: doc.customers }), detail.customers],
    [t(w.deals, { n: doc.deals, amount: doc.dealAmount }), detail.deals.map((d) => `${d.customer} · ${d.item} · ${d.amount} 元${d.staff ? ` · ${d.staff}` : ''}`)],
    [t(w.notClosed, { n: doc.notClosed }), detail.notClosed.map((d) => `${d.customer} · ${d.item} · ${d.reason}${d.note ? `:${d.note}` : ''}`)],
    [t(w.noShows, { n: doc.noShows ?? 0 }), []],
    [t(w.goodCases), [...detail.goodCases.map((g) => `${g.customer} · ${g.item}${g.note ? `:${g.note}` : ''}`), ...(doc.goodCases ? [doc.goodCases] : [])]],
    [t(w.tomorrow, { booked: doc.tomorrowBooked, target: doc.tomorrowTarget }), tomorrow.map((s) => t(w.staffLine, { name: s.name, booked: s.booked, target: s.target ?? 0 }))],
    ...(doc.analysis ? ([[t(w.analysis), [doc.analysis]]] as [string, string[]][]) : []),
    ...(doc.plan ? ([[t(w.plan), [doc.plan]]] as [string, string[]][]) : []),
  ]
  const subject = t(w.subject, { site: info.name, day })
  const text = [subject, '', ...sections.flatMap(([h, lines]) => [h, ...lines.map((l) => `  - ${l}`), ''])].join('\n')
  const cid = `member-report-${site}-${day}@frontdesk`
  const html = `<div style="font-family:sans-serif"><h2>${esc(subject)}</h2>${sections.map(([h, lines]) => `<h3>${esc(h)}</h3>${lines.length ? `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : ''}`).join('')}<h3>${esc(t(w.chart))}</h3><img src="cid:${cid}" alt="chart" width="720"/></div>`
  const png = await chartPng(await rangeFigures(req.payload, site, shiftDay(day, -29), day, req), lang)
  return { subject, text, html, attachments: [{ filename: `daily-report-${day}.png`, content: png.toString('base64'), encoding: 'base64' as const, contentType: 'image/png', cid }] }
}

/** The `send` deadline (19:30 of the report's day): the report goes to the outbox, then it is sent. */
export async function sendReport({ req, doc }: DeadlineArgs) {
  const site = siteOf(doc)!
  const settings = await memberSettings(req.payload, site, req)
  const to = await holdersOf(req.payload, site, settings.reportTo, req)
  const cc = (await holdersOf(req.payload, site, settings.reportCc, req)).filter((c) => !to.some((x) => x.id === c.id))
  if (!to.length && !cc.length) {
    req.payload.logger.warn(`daily report ${doc.id}: nobody holds ${settings.reportTo.join(', ')} at site ${site}`)
    return false
  }
  const figures = await reportFigures(req, site, doc.dayKey)
  const mail = await reportMail(req, { ...doc, ...figures }, (to[0] ?? cc[0]).language ?? 'zh')
  await queueMail(req.payload, { to: (to.length ? to : cc).map((p) => p.email), cc: to.length ? cc.map((p) => p.email) : [], ...mail, attachments: mail.attachments, related: { collection: 'daily-reports', id: doc.id }, site }, req)
  await transition(req, 'daily-reports', doc.id, 'sent', { server: true, data: { ...figures, sentAt: new Date().toISOString() } })
  return true
}

/** GET /api/daily-reports/range?site=&from=&to= — the figures of any range of days (at most 400). */
export const rangeEndpoint: Endpoint = {
  path: '/range',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const site = siteParam(req)
    const from = queryParam(req, 'from')
    const to = queryParam(req, 'to')
    if (!from || !to || !isDayString(from) || !isDayString(to) || from > to) refuse(req, L('請給出開始和結束日期(yyyy-MM-dd)', 'Give the first and last day (yyyy-MM-dd)'))
    const days = await rangeFigures(req.payload, site, from!, to!, req)
    const total = days.reduce((t, d) => ({ customers: t.customers + d.customers, deals: t.deals + d.deals, amount: Math.round((t.amount + d.amount) * 100) / 100, notClosed: t.notClosed + d.notClosed, noShows: t.noShows + d.noShows }), { customers: 0, deals: 0, amount: 0, notClosed: 0, noShows: 0 })
    return Response.json({ site, from, to, days, total, lang: langOf(req) })
  },
}

/**
 * MEMBER-04: at 19:00 (the site's time) a site with the member desk that has no report for the day
 * gets a draft with the day's figures, so the desk finds it ready to fill in and it goes out at 19:30
 * even if nobody opened it. Idempotent: one report per site and day.
 */
export async function draftReports({ payload, req, now }: { payload: PayloadRequest['payload']; req: PayloadRequest; now: Date }): Promise<number> {
  const { docs: sites } = await payload.find({ collection: 'sites', where: { modules: { in: ['member'] } }, pagination: false, depth: 0, overrideAccess: true, req })
  // The sites past 19:00 where they are, each with its day; those that have the day's report already, in one read.
  const due = (sites as { id: number; timeZone?: string }[]).flatMap((s) => {
    const tz = s.timeZone || 'Asia/Shanghai'
    return localDateTime(now, tz).slice(11) < '19:00' ? [] : [{ site: s.id, day: localDay(now, tz) }]
  })
  if (!due.length) return 0
  const { docs: reports } = await payload.find({
    collection: 'daily-reports',
    where: { and: [{ site: { in: due.map((d) => d.site) } }, { dayKey: { in: [...new Set(due.map((d) => d.day))] } }] },
    select: { site: true, dayKey: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const have = new Set(reports.map((r) => `${siteOf(r)}:${(r as { dayKey?: string }).dayKey}`))
  let made = 0
  for (const { site, day } of due) {
    if (have.has(`${site}:${day}`)) continue
    await payload.create({ collection: 'daily-reports', data: { site, day }, overrideAccess: true, depth: 0, req })
    made++
  }
  return made
}
