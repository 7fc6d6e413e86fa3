/**
 * PROP-11 季度回訪分析: for a quarter of the site's calendar, the unsatisfied follow-ups, the same
 * matter (category) complained about twice or more by one unit, and the same repair (item) followed
 * up three times or more at one unit — what the CS assistant writes up by the 10th after the quarter.
 */
import { sql } from '@payloadcms/db-postgres'
import { addMonths, format, parseISO, startOfQuarter } from 'date-fns'
import type { Payload } from 'payload'
import { db, tableOf } from '../../../jobs/sql'
import { SiteCalendar, localDay, shiftDay } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'

export type QuarterlyAnalysis = {
  site: number
  /** First and last day of the quarter (the site's days). */
  from: string
  to: string
  unsatisfied: { id: number; unit: string; kind: string; subject: string; followedAt: string; shortfalls: string }[]
  repeatedComplaints: { unit: string; category: string; count: number }[]
  repeatedRepairs: { unit: string; item: string; count: number }[]
}

/** The quarter (first day, last day) that contains a site day. */
export const quarterOf = (day: string) => {
  const first = format(startOfQuarter(parseISO(day)), 'yyyy-MM-dd')
  const next = format(addMonths(parseISO(first), 3), 'yyyy-MM-dd')
  return { from: first, to: shiftDay(next, -1), next }
}

/** The analysis of the quarter that contains `at` (the site's day of it). */
export async function quarterlyAnalysis(payload: Payload, site: number, at: Date = new Date()): Promise<QuarterlyAnalysis> {
  const { timeZone } = await siteInfo(payload, site)
  const { from, to } = quarterOf(localDay(at, timeZone))
  return followUpAnalysis(payload, site, from, to)
}

/** The same analysis for any range of the site's days (`from`…`to` inclusive), e.g. on the admin page. */
export async function followUpAnalysis(payload: Payload, site: number, from: string, to: string): Promise<QuarterlyAnalysis> {
  const { timeZone } = await siteInfo(payload, site)
  const calendar = new SiteCalendar(payload, site, timeZone)
  const next = shiftDay(to, 1)
  const start = calendar.at(from, '00:00').toISOString()
  const end = calendar.at(next, '00:00').toISOString()
  const followUps = sql.identifier(tableOf(payload, 'follow-ups')!)
  const complaints = sql.identifier(tableOf(payload, 'owner-complaints')!)
  const unsatisfied = await db(payload).execute(sql`
    SELECT id, coalesce(unit_code, '') AS unit, kind, subject, followed_at AS "followedAt", coalesce(shortfalls, '') AS shortfalls
    FROM ${followUps}
    WHERE site_id = ${site} AND satisfaction = 'unsatisfied' AND followed_at >= ${start} AND followed_at < ${end}
    ORDER BY followed_at`)
  const repeatedComplaints = await db(payload).execute(sql`
    SELECT unit_code AS unit, category, count(*)::int AS count
    FROM ${complaints}
    WHERE site_id = ${site} AND received_at >= ${start} AND received_at < ${end} AND status <> 'cancelled'
    GROUP BY unit_code, category HAVING count(*) >= 2
    ORDER BY count DESC, unit_code`)
  const repeatedRepairs = await db(payload).execute(sql`
    SELECT unit_code AS unit, trim(repair_item) AS item, count(*)::int AS count
    FROM ${followUps}
    WHERE site_id = ${site} AND kind = 'repair' AND coalesce(trim(repair_item), '') <> '' AND completed_at >= ${start} AND completed_at < ${end}
    GROUP BY unit_code, trim(repair_item) HAVING count(*) >= 3
    ORDER BY count DESC, unit_code`)
  return {
    site,
    from,
    to,
    unsatisfied: (unsatisfied.rows as QuarterlyAnalysis['unsatisfied']).map((r) => ({ ...r, followedAt: new Date(r.followedAt).toISOString() })),
    repeatedComplaints: repeatedComplaints.rows as QuarterlyAnalysis['repeatedComplaints'],
    repeatedRepairs: repeatedRepairs.rows as QuarterlyAnalysis['repeatedRepairs'],
  }
}
