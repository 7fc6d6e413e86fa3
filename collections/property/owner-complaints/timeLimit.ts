/**
 * PROP-07 時效: a complaint's time limit is counted in working hours of the site — its business hours
 * (sites.opensAt–closesAt) on its working days (JOB-02 calendar, holidays and make-up days included),
 * in its time zone. The hours per category and severity are the site's complaint settings.
 */
import type { Payload, PayloadRequest } from 'payload'
import { SiteCalendar, localDay, shiftDay } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'

/** Default working hours to handle a complaint, per severity (a site edits its own in `complaint-settings`). */
export const defaultLimitHours: Record<string, number> = { major: 4, important: 8, ordinary: 16 }

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

/**
 * The instant `hours` working hours after `start`: time outside business hours or on a day off does
 * not count (a complaint received at 20:00 on a Friday starts counting at the next working morning).
 */
export async function addWorkingHours(calendar: SiteCalendar, start: Date, hours: number, opensAt = '08:30', closesAt = '17:30'): Promise<Date> {
  const open = minutesOf(opensAt)
  const close = minutesOf(closesAt)
  if (!(close > open)) return new Date(start.getTime() + hours * 3600_000)
  let left = Math.round(hours * 60)
  let day = localDay(start, calendar.timeZone)
  let cursor = start
  for (let guard = 0; guard < 3660; guard++) {
    if (await calendar.isWorkingDay(day)) {
      const dayOpen = calendar.at(day, opensAt)
      const dayClose = calendar.at(day, closesAt)
      const from = cursor > dayOpen ? cursor : dayOpen
      if (from < dayClose) {
        const available = Math.floor((dayClose.getTime() - from.getTime()) / 60_000)
        if (left <= available) return new Date(from.getTime() + left * 60_000)
        left -= available
      }
    }
    day = shiftDay(day, 1)
    cursor = calendar.at(day, '00:00')
  }
  return new Date(start.getTime() + hours * 3600_000)
}

type LimitRow = { category?: string | null; severity?: string | null; hours?: number | null }

/** The site's settings row (undefined when the site has none yet: the defaults apply). */
export async function complaintSettings(payload: Payload, site: number, req?: Partial<PayloadRequest>) {
  const { docs } = await payload.find({ collection: 'complaint-settings', where: { site: { equals: site } }, limit: 1, depth: 1, overrideAccess: true, req: req as PayloadRequest })
  return docs[0] as unknown as
    | { id: number; limits?: LimitRow[] | null; targets?: Record<string, number | null> | null; monthlyTo?: { slug?: string }[] | null; quarterlyTo?: { slug?: string }[] | null; reportsActive?: boolean | null }
    | undefined
}

/** PROP-07: the working hours for a category and severity — the site's row for both, else for the severity (any category), else the default. */
export async function limitHours(payload: Payload, site: number, category: string, severity: string, req?: Partial<PayloadRequest>): Promise<number> {
  const rows = (await complaintSettings(payload, site, req))?.limits ?? []
  const exact = rows.find((r) => r.category === category && r.severity === severity)
  const anyCategory = rows.find((r) => !r.category && r.severity === severity)
  return (exact ?? anyCategory)?.hours ?? defaultLimitHours[severity] ?? defaultLimitHours.ordinary
}

/** PROP-07: when a complaint routed at `at` must be handled. */
export async function handleBy(payload: Payload, site: number, at: Date, category: string, severity: string, req?: Partial<PayloadRequest>) {
  const hours = await limitHours(payload, site, category, severity, req)
  const info = await siteInfo(payload, site, req)
  const calendar = new SiteCalendar(payload, site, info.timeZone)
  return { hours, dueAt: await addWorkingHours(calendar, at, hours, info.opensAt, info.closesAt) }
}
