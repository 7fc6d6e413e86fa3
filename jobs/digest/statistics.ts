/**
 * CARE-23 前臺接待統計: the desk's figures for a site and a range of days — per staff member and in
 * total, and per day for the chart. A figure whose form is not installed is simply left out.
 */
import { addDays, format, parseISO } from 'date-fns'
import type { Payload, Where } from 'payload'
import { SiteCalendar } from '../../src/lib/calendar'
import { L, type Label } from '../../src/lib/i18n'

export type Metric = { key: string; label: Label; collection: string; dateField: string; where?: Where; staffField?: string }

export const metrics: Metric[] = [
  { key: 'calls', label: L('來電咨詢', 'Calls'), collection: 'reception-records', dateField: 'receivedAt', where: { type: { equals: 'phone' } }, staffField: 'staff' },
  { key: 'visits', label: L('來訪咨詢', 'Visits'), collection: 'reception-records', dateField: 'receivedAt', where: { type: { equals: 'visit' } }, staffField: 'staff' },
  { key: 'tours', label: L('參觀', 'Tours'), collection: 'visits', dateField: 'timeIn', where: { purpose: { equals: 'tour' } } },
  { key: 'followUps', label: L('回訪', 'Follow-ups'), collection: 'reception-records', dateField: 'receivedAt', where: { type: { equals: 'follow-up' } }, staffField: 'staff' },
  { key: 'reservations', label: L('預定入住', 'Reservations'), collection: 'reservations', dateField: 'createdAt' },
  { key: 'admissions', label: L('入住', 'Admissions'), collection: 'admissions', dateField: 'createdAt' },
  { key: 'discharges', label: L('出院', 'Discharges'), collection: 'discharges', dateField: 'createdAt' },
  { key: 'complaints', label: L('投訴', 'Complaints'), collection: 'complaints', dateField: 'receivedAt' },
  // CARE-19: a complaint must be in the system within 30 minutes; the entry flags it, the digest counts it.
  { key: 'lateComplaints', label: L('投訴錄入超時', 'Complaints entered late'), collection: 'complaints', dateField: 'receivedAt', where: { lateEntry: { equals: 'yes' } } },
]

/** CARE-03: follow-up calls expected per front-desk person per working day. */
export { DAILY_FOLLOW_UPS as FOLLOW_UP_QUOTA } from '../../src/care/followUps'

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
  const installed = metrics.filter((m) => payload.collections[m.collection as never])
  const totals: Record<string, number> = {}
  const perDay = new Map(days.map((d) => [d, {} as Record<string, number>]))
  const perStaff = new Map<number, Record<string, number>>()
  for (const m of installed) {
    totals[m.key] = 0
    const { docs } = await payload.find({
      collection: m.collection as never,
      where: { and: [{ site: { equals: siteId } }, { [m.dateField]: { greater_than_equal: start.toISOString() } }, { [m.dateField]: { less_than: end.toISOString() } }, ...(m.where ? [m.where] : [])] },
      select: { [m.dateField]: true, ...(m.staffField ? { [m.staffField]: true } : {}) } as never,
      pagination: false,
      limit: 0,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs as Record<string, unknown>[]) {
      totals[m.key]++
      const day = calendar.today(new Date(String(doc[m.dateField])))
      const counts = perDay.get(day)
      if (counts) counts[m.key] = (counts[m.key] ?? 0) + 1
      const staffId = m.staffField ? (doc[m.staffField] as number | null) : null
      if (staffId != null) {
        const row = perStaff.get(staffId) ?? {}
        row[m.key] = (row[m.key] ?? 0) + 1
        perStaff.set(staffId, row)
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
