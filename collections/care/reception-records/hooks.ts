/**
 * CARE-03 回訪: reception records rated 有可能 / 很有可能 are on the follow-up list; each call is a
 * reception record of type 回訪 pointing at the one it follows up. At least 10 follow-up calls per
 * front-desk person per working day, shown as progress (and in the daily digest).
 */
import type { CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'
import { shiftDay, SiteCalendar } from '../../../src/lib/calendar'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { onSite } from '../../../hooks/onSite'
import { idOf, siteOf } from '../../../src/lib/hooks'

export const FOLLOW_UP_RATINGS = ['possible', 'very-likely']
export const DAILY_FOLLOW_UPS = 10

export const followUpRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const r = { ...originalDoc, ...data }
  if (r.type !== 'follow-up') return data
  if (!idOf(r.followUpOf)) refuse(req, L('回訪記錄須選擇所回訪的接待記錄', 'A follow-up names the reception record it follows up'))
  // Only a record of this site (another site's reads as missing: same answer, nothing copied from it).
  const of = await onSite(req, 'reception-records', r.followUpOf, siteOf(r))
  if (!of || !FOLLOW_UP_RATINGS.includes(String(of.rating))) {
    refuse(req, L('只有評級為「有可能」或「很有可能」的接待記錄需要回訪', 'Only records rated “possible” or “very likely” are followed up'))
  }
  if (!r.visitorName && of) data.visitorName = of.visitorName
  return data
}

export type FollowUpRow = {
  id: number
  visitorName: string
  visitorPhone?: string | null
  elderName?: string | null
  rating: string
  receivedAt: string
  calls: number
  lastCallAt?: string
}

/** The follow-up list: promising records, least recently called first. */
export async function followUpList(payload: Payload, site: number, req?: Partial<PayloadRequest>): Promise<FollowUpRow[]> {
  const rated = await payload.find({
    collection: 'reception-records',
    where: { and: [{ site: { equals: site } }, { rating: { in: FOLLOW_UP_RATINGS } }, { type: { not_equals: 'follow-up' } }] },
    sort: '-receivedAt',
    limit: 500,
    depth: 0,
    overrideAccess: !req,
    req: req as PayloadRequest,
  })
  const ids = rated.docs.map((d) => d.id)
  const calls = ids.length
    ? await payload.find({
        collection: 'reception-records',
        where: { and: [{ site: { equals: site } }, { type: { equals: 'follow-up' } }, { followUpOf: { in: ids } }] },
        limit: 5000,
        depth: 0,
        pagination: false,
        overrideAccess: !req,
        req: req as PayloadRequest,
      })
    : { docs: [] }
  const byRecord = new Map<number, { calls: number; last?: string }>()
  for (const c of calls.docs) {
    const key = idOf(c.followUpOf)!
    const entry = byRecord.get(key) ?? { calls: 0 }
    entry.calls++
    if (!entry.last || String(c.receivedAt) > entry.last) entry.last = String(c.receivedAt)
    byRecord.set(key, entry)
  }
  return rated.docs
    .map((d) => ({
      id: d.id as number,
      visitorName: d.visitorName as string,
      visitorPhone: d.visitorPhone as string | null,
      elderName: d.elderName as string | null,
      rating: d.rating as string,
      receivedAt: d.receivedAt as string,
      calls: byRecord.get(d.id as number)?.calls ?? 0,
      lastCallAt: byRecord.get(d.id as number)?.last,
    }))
    .sort((a, b) => (a.lastCallAt ?? '').localeCompare(b.lastCallAt ?? '') || (b.rating === 'very-likely' ? 1 : 0) - (a.rating === 'very-likely' ? 1 : 0))
}

/** Today's follow-up calls of one person against the daily quota (0 on a day off). */
export async function followUpProgress(payload: Payload, site: number, staff: number, now: Date = new Date()) {
  const calendar = await SiteCalendar.of(payload, site)
  const today = calendar.today(now)
  const working = await calendar.isWorkingDay(today)
  const from = calendar.at(today, '00:00').toISOString()
  const to = calendar.at(shiftDay(today, 1), '00:00').toISOString()
  const { totalDocs } = await payload.count({
    collection: 'reception-records',
    where: { and: [{ site: { equals: site } }, { type: { equals: 'follow-up' } }, { staff: { equals: staff } }, { receivedAt: { greater_than_equal: from } }, { receivedAt: { less_than: to } }] },
    overrideAccess: true,
  })
  return { day: today, working, done: totalDocs, target: working ? DAILY_FOLLOW_UPS : 0, met: !working || totalDocs >= DAILY_FOLLOW_UPS }
}
