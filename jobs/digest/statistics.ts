/**
 * CARE-23 前臺接待統計: the desk's figures for a site and a range of days — per staff member and in
 * total, and per day for the chart. A figure whose form is not installed is simply left out.
 */
import { addDays, format, parseISO } from 'date-fns'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { db, snake, tableOf } from '../sql'
import { SiteCalendar } from '../../src/lib/calendar'
import type { Label } from '../../src/lib/i18n'
import { desksOf } from '../../collections/desk'

/** A figure: records of a form, by their date field, optionally only those whose fields equal `match`, per `staffField`. */
export type Metric = {
  key: string
  label: Label
  collection: string
  dateField: string
  match?: Record<string, string>
  staffField?: string
  /** CARE-03: how many each staff member is expected to log per working day (shown as done / expected). */
  quota?: number
}

/** The figures of the desks the app was configured with (each desk declares its own `figures`). */
export const metricsOf = (payload: Payload): Metric[] => desksOf(payload).flatMap((d) => d.figures ?? [])

export type StaffRow = { id: number; name: string; counts: Record<string, number> }
export type Statistics = {
  site: { id: number; name: string }
  from: string
  to: string
  metrics: Metric[]
  staff: StaffRow[]
  totals: Record<string, number>
  /** Per day, per metric (for the chart). */
  days: { day: string; counts: Record<string, number> }[]
  workingDays: number
  missingYears: number[]
}

export const daysOf = (from: string, to: string): string[] => {
  const list: string[] = []
  for (let d = parseISO(from); format(d, 'yyyy-MM-dd') <= to && list.length < 400; d = addDays(d, 1)) list.push(format(d, 'yyyy-MM-dd'))
  return list
}

export async function statistics(payload: Payload, siteId: number, from: string, to: string): Promise<Statistics> {
  const site = await payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true })
  const calendar = new SiteCalendar(payload, siteId, String(site.timeZone || 'Asia/Shanghai'))
  const days = daysOf(from, to)
  const start = calendar.at(from, '00:00')
  const end = calendar.at(format(addDays(parseISO(to), 1), 'yyyy-MM-dd'), '00:00')
  const installed = metricsOf(payload).filter((m) => tableOf(payload, m.collection))
  const totals: Record<string, number> = {}
  const perDay = new Map(days.map((d) => [d, {} as Record<string, number>]))
  const perStaff = new Map<number, Record<string, number>>()
  for (const m of installed) {
    totals[m.key] = 0
    // One grouped query per figure (the site/date index does the work), not one row per record.
    const date = sql.identifier(snake(m.dateField))
    const filters = Object.entries(m.match ?? {}).map(([field, value]) => sql`AND ${sql.identifier(snake(field))}::text = ${value}`)
    const staff = m.staffField ? sql.identifier(`${snake(m.staffField)}_id`) : sql`NULL::int`
    const { rows } = await db(payload).execute(sql`
      SELECT to_char(${date} AT TIME ZONE ${calendar.timeZone}, 'YYYY-MM-DD') AS day, ${staff} AS staff, count(*)::int AS n
      FROM ${sql.identifier(tableOf(payload, m.collection)!)}
      WHERE site_id = ${siteId} AND ${date} >= ${start.toISOString()} AND ${date} < ${end.toISOString()} ${sql.join(filters, sql` `)}
      GROUP BY 1, 2`)
    for (const row of rows as { day: string; staff: number | null; n: number }[]) {
      totals[m.key] += row.n
      const counts = perDay.get(row.day)
      if (counts) counts[m.key] = (counts[m.key] ?? 0) + row.n
      if (row.staff != null) {
        const counts = perStaff.get(row.staff) ?? {}
        counts[m.key] = (counts[m.key] ?? 0) + row.n
        perStaff.set(row.staff, counts)
      }
    }
  }
  const names = perStaff.size
    ? (await payload.find({ collection: 'staff', where: { id: { in: [...perStaff.keys()] } }, pagination: false, depth: 0, overrideAccess: true })).docs
    : []
  const nameOf = new Map(names.map((s) => [s.id as number, String(s.name)]))
  let workingDays = 0
  for (const d of days) if (await calendar.isWorkingDay(d)) workingDays++
  const years = [...new Set(days.map((d) => Number(d.slice(0, 4))))]
  return {
    site: { id: siteId, name: String(site.name) },
    from,
    to,
    metrics: installed,
    staff: [...perStaff.entries()].map(([id, counts]) => ({ id, name: nameOf.get(id) ?? `#${id}`, counts })).sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    totals,
    days: days.map((day) => ({ day, counts: perDay.get(day)! })),
    workingDays,
    missingYears: await calendar.missingYears(years),
  }
}
