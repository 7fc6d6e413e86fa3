/** MEMBER-04 the day's figures (customers, deals, not closed) for a site and a range of days, and the 30-day chart. */
import sharp from 'sharp'
import type { Payload, PayloadRequest } from 'payload'
import { SiteCalendar, localDay, shiftDay } from '../../../src/lib/calendar'
import { idOf } from '../../../src/lib/hooks'
import { pick, L } from '../../../src/lib/i18n'
import { siteInfo } from '../../../src/lib/site'
import { daysOf } from '../../../jobs/digest/statistics'

type Row = Record<string, any>

export type DayFigures = { day: string; customers: number; deals: number; amount: number; notClosed: number; noShows: number }

export type Detail = {
  customers: string[]
  deals: { customer: string; item: string; amount: number; staff?: string }[]
  notClosed: { customer: string; item: string; reason: string; note?: string; staff?: string }[]
  goodCases: { customer: string; item: string; note?: string }[]
}

async function rows(payload: Payload, site: number, from: string, to: string, req?: Partial<PayloadRequest>) {
  const { timeZone } = await siteInfo(payload, site, req)
  const cal = new SiteCalendar(payload, site, timeZone)
  const start = cal.at(from, '00:00').toISOString()
  const end = cal.at(shiftDay(to, 1), '00:00').toISOString()
  // One after the other: the queries may share the request's transaction.
  const appts = await payload.find({ collection: 'appointments', where: { and: [{ site: { equals: site } }, { startAt: { greater_than_equal: start } }, { startAt: { less_than: end } }] }, pagination: false, depth: 0, overrideAccess: true, req })
  const cons = await payload.find({ collection: 'consultations', where: { and: [{ site: { equals: site } }, { at: { greater_than_equal: start } }, { at: { less_than: end } }] }, sort: 'at', pagination: false, depth: 1, overrideAccess: true, req })
  return { timeZone, appts: appts.docs as Row[], cons: cons.docs as Row[] }
}

const who = (r: Row) => (idOf(r.member) ? `m${idOf(r.member)}` : `n${r.customerName}`)

/** Per day of the range: distinct customers (kept appointments and consultations), deals and their amount, not closed, no-shows. */
export async function rangeFigures(payload: Payload, site: number, from: string, to: string, req?: Partial<PayloadRequest>): Promise<DayFigures[]> {
  const { timeZone, appts, cons } = await rows(payload, site, from, to, req)
  const days = new Map(daysOf(from, to).map((d) => [d, { day: d, customers: new Set<string>(), deals: 0, amount: 0, notClosed: 0, noShows: 0 }]))
  for (const a of appts) {
    const d = days.get(localDay(new Date(a.startAt), timeZone))
    if (!d) continue
    if (a.status === 'arrived') d.customers.add(who(a))
    if (a.status === 'no-show') d.noShows++
  }
  for (const c of cons) {
    const d = days.get(localDay(new Date(c.at), timeZone))
    if (!d) continue
    d.customers.add(who(c))
    if (c.outcome === 'closed') {
      d.deals++
      d.amount += c.amount ?? 0
    } else d.notClosed++
  }
  return [...days.values()].map((d) => ({ ...d, customers: d.customers.size, amount: Math.round(d.amount * 100) / 100 }))
}

/** The day's lists for the report: who came, the deals, every consultation that did not close with its reason, the good cases. */
export async function dayDetail(payload: Payload, site: number, day: string, req?: Partial<PayloadRequest>): Promise<Detail> {
  const { appts, cons } = await rows(payload, site, day, day, req)
  const names = new Map<string, string>()
  for (const a of appts) if (a.status === 'arrived') names.set(who(a), a.memberName)
  for (const c of cons) names.set(who(c), c.customerName)
  const staffName = (c: Row) => (typeof c.staff === 'object' && c.staff ? c.staff.name : undefined)
  return {
    customers: [...names.values()],
    deals: cons.filter((c) => c.outcome === 'closed').map((c) => ({ customer: c.customerName, item: c.item, amount: c.amount ?? 0, staff: staffName(c) })),
    notClosed: cons.filter((c) => c.outcome === 'not-closed').map((c) => ({ customer: c.customerName, item: c.item, reason: typeof c.lostReason === 'object' && c.lostReason ? c.lostReason.name : '', note: c.lostNote ?? undefined, staff: staffName(c) })),
    goodCases: cons.filter((c) => c.goodCase).map((c) => ({ customer: c.customerName, item: c.item, note: c.caseNote ?? undefined })),
  }
}

const series = [
  { key: 'customers', label: L('到店顧客', 'Customers'), color: '#2563eb' },
  { key: 'deals', label: L('成交', 'Deals'), color: '#16a34a' },
  { key: 'notClosed', label: L('未成單', 'Not closed'), color: '#d97706' },
] as const

export function chartSvg(days: DayFigures[], lang = 'zh', width = 720, height = 300): string {
  const pad = { left: 40, right: 16, top: 36, bottom: 40 }
  const w = width - pad.left - pad.right
  const h = height - pad.top - pad.bottom
  const max = Math.max(4, ...days.flatMap((d) => series.map((s) => d[s.key])))
  const group = w / Math.max(days.length, 1)
  const bar = Math.max(1, (group * 0.8) / series.length)
  const parts: string[] = []
  for (let i = 0; i <= 4; i++) {
    const y = pad.top + h - (h * i) / 4
    parts.push(`<line x1="${pad.left}" x2="${pad.left + w}" y1="${y}" y2="${y}" stroke="#e5e7eb"/><text x="${pad.left - 6}" y="${y + 4}" font-size="11" text-anchor="end" fill="#6b7280">${Math.round((max * i) / 4)}</text>`)
  }
  days.forEach((d, i) => {
    series.forEach((s, j) => {
      const bh = (h * d[s.key]) / max
      parts.push(`<rect x="${(pad.left + i * group + group * 0.1 + j * bar).toFixed(1)}" y="${(pad.top + h - bh).toFixed(1)}" width="${bar.toFixed(1)}" height="${bh.toFixed(1)}" fill="${s.color}"/>`)
    })
    if (i % 5 === 0 || i === days.length - 1) parts.push(`<text x="${pad.left + i * group + group / 2}" y="${pad.top + h + 16}" font-size="10" text-anchor="middle" fill="#6b7280">${d.day.slice(5)}</text>`)
  })
  series.forEach((s, j) => parts.push(`<rect x="${pad.left + j * 110}" y="10" width="12" height="12" fill="${s.color}"/><text x="${pad.left + j * 110 + 16}" y="20" font-size="12" fill="#111827">${pick(s.label, lang)}</text>`))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`
}

export const chartPng = async (days: DayFigures[], lang = 'zh'): Promise<Buffer> => sharp(Buffer.from(chartSvg(days, lang))).png().toBuffer()
