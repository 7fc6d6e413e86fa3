/**
 * PROP-10 回訪率: per kind, of the follow-ups due in a period (their window ended in it, or they were
 * done although due later), how many were done, and how many on time — against the site's target
 * (complaints 100 %, repairs/special/help 95 %, configurable in `complaint-settings`).
 */
import { sql } from '@payloadcms/db-postgres'
import { addDays, format, parseISO } from 'date-fns'
import type { Payload } from 'payload'
import { db, tableOf } from '../../../jobs/sql'
import { SiteCalendar } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'
import { complaintSettings } from '../owner-complaints/timeLimit'
import { defaultTargets, followUpKinds, type FollowUpKind } from './options'

export type RateRow = {
  kind: FollowUpKind
  /** Follow-ups due in the period. */
  due: number
  done: number
  onTime: number
  unsatisfied: number
  /** done / due, in % (100 when nothing was due). */
  rate: number
  target: number
  met: boolean
}

export type Rates = { site: number; from: string; to: string; rows: RateRow[] }

const kinds = Object.keys(followUpKinds) as FollowUpKind[]

/** Follow-up rates of a site for the days `from`…`to` (inclusive, the site's days), measured at `now`. */
export async function followUpRates(payload: Payload, site: number, from: string, to: string, now = new Date()): Promise<Rates> {
  const { timeZone } = await siteInfo(payload, site)
  const calendar = new SiteCalendar(payload, site, timeZone)
  const start = calendar.at(from, '00:00')
  const end = calendar.at(format(addDays(parseISO(to), 1), 'yyyy-MM-dd'), '00:00')
  const settings = await complaintSettings(payload, site)
  const table = tableOf(payload, 'follow-ups')!
  // The due moment of each row is its own kind's declared deadline column.
  const due = sql.raw(`CASE kind ${kinds.map((k) => `WHEN '${k}' THEN ${k}_due_at`).join(' ')} END`)
  const { rows } = await db(payload).execute(sql`
    SELECT kind, count(*)::int AS due,
      count(*) FILTER (WHERE status IN ('done', 'reviewed'))::int AS done,
      count(*) FILTER (WHERE status IN ('done', 'reviewed') AND followed_at <= ${due})::int AS on_time,
      count(*) FILTER (WHERE satisfaction = 'unsatisfied')::int AS unsatisfied
    FROM ${sql.identifier(table)}
    WHERE site_id = ${site} AND ${due} >= ${start.toISOString()} AND ${due} < ${end.toISOString()}
      AND (${due} <= ${now.toISOString()} OR status IN ('done', 'reviewed'))
    GROUP BY kind`)
  const byKind = new Map((rows as { kind: string; due: number; done: number; on_time: number; unsatisfied: number }[]).map((r) => [r.kind, r]))
  return {
    site,
    from,
    to,
    rows: kinds.map((kind) => {
      const r = byKind.get(kind)
      const dueN = r?.due ?? 0
      const done = r?.done ?? 0
      const rate = dueN ? Math.round((done / dueN) * 1000) / 10 : 100
      const target = settings?.targets?.[kind] ?? defaultTargets[kind]
      return { kind, due: dueN, done, onTime: r?.on_time ?? 0, unsatisfied: r?.unsatisfied ?? 0, rate, target, met: rate >= target }
    }),
  }
}
