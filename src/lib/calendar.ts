/**
 * JOB-02: working days per site. Mainland public holidays and 調休 make-up working days come from
 * chinese-days; a site's `calendar-days` rows override single days. A year chinese-days has not
 * published (and the site has not filled in) counts only weekends as days off, and is reported.
 *
 * Days are the site's local calendar days ('yyyy-MM-dd' in the site's time zone).
 */
import { TZDate } from '@date-fns/tz'
import { addDays, format, isWeekend, parseISO } from 'date-fns'
import type { Payload } from 'payload'
import published from 'chinese-days/dist/chinese-days.json' with { type: 'json' }

type Published = { holidays: Record<string, string>; workdays: Record<string, string> }
const cn = published as unknown as Published

/** Years for which chinese-days carries the official schedule. */
export const publishedYears: ReadonlySet<number> = new Set(Object.keys(cn.holidays).map((d) => Number(d.slice(0, 4))))

export type DayInfo = {
  day: string
  working: boolean
  /** Why: an override of the site, the published schedule, or only the weekend rule. */
  source: 'override' | 'published' | 'weekend-only'
  name?: string
}

export type SiteId = number | string

/** A site's local calendar day of an instant, as 'yyyy-MM-dd'. */
export const localDay = (date: Date, timeZone = 'Asia/Shanghai'): string => format(new TZDate(date, timeZone), 'yyyy-MM-dd')

const toDay = (date: Date | string, timeZone: string): string => (typeof date === 'string' ? date.slice(0, 10) : localDay(date, timeZone))
const shift = (day: string, n: number): string => format(addDays(parseISO(day), n), 'yyyy-MM-dd')

/**
 * One site's calendar, loading that site's overrides one year at a time. Make one per job run or
 * request (it does not watch for later edits).
 */
export class SiteCalendar {
  private years = new Map<number, Map<string, { kind: string; name?: string | null }>>()

  constructor(
    private payload: Payload,
    readonly siteId: SiteId,
    readonly timeZone: string,
  ) {}

  static async of(payload: Payload, siteId: SiteId): Promise<SiteCalendar> {
    const site = await payload.findByID({ collection: 'sites', id: siteId, depth: 0 })
    return new SiteCalendar(payload, siteId, (site.timeZone as string) || 'Asia/Shanghai')
  }

  private async overrides(year: number) {
    let map = this.years.get(year)
    if (!map) {
      const { docs } = await this.payload.find({
        collection: 'calendar-days',
        where: { and: [{ site: { equals: this.siteId } }, { day: { like: `${year}-` } }] },
        limit: 400,
        depth: 0,
        pagination: false,
      })
      map = new Map(docs.filter((d) => String(d.day).startsWith(`${year}-`)).map((d) => [String(d.day), { kind: String(d.kind), name: d.name as string | null }]))
      this.years.set(year, map)
    }
    return map
  }

  /** Whether a year has a schedule: published by chinese-days, or at least one day off filled in for the site. */
  async hasSchedule(year: number): Promise<boolean> {
    if (publishedYears.has(year)) return true
    for (const o of (await this.overrides(year)).values()) if (o.kind === 'holiday') return true
    return false
  }

  async day(date: Date | string): Promise<DayInfo> {
    const day = toDay(date, this.timeZone)
    const year = Number(day.slice(0, 4))
    const override = (await this.overrides(year)).get(day)
    if (override) return { day, working: override.kind === 'workday', source: 'override', name: override.name ?? undefined }
    if (publishedYears.has(year)) {
      if (cn.holidays[day]) return { day, working: false, source: 'published', name: cn.holidays[day].split(',')[1] ?? cn.holidays[day] }
      if (cn.workdays[day]) return { day, working: true, source: 'published', name: cn.workdays[day].split(',')[1] ?? cn.workdays[day] }
      return { day, working: !isWeekend(parseISO(day)), source: 'published' }
    }
    return { day, working: !isWeekend(parseISO(day)), source: 'weekend-only' }
  }

  async isWorkingDay(date: Date | string): Promise<boolean> {
    return (await this.day(date)).working
  }

  /** The day `n` working days after (n > 0) or before (n < 0) the given day; n = 0 → the day itself if working, else the next working day. */
  async addWorkingDays(date: Date | string, n: number): Promise<string> {
    let day = toDay(date, this.timeZone)
    if (n === 0) {
      while (!(await this.isWorkingDay(day))) day = shift(day, 1)
      return day
    }
    const step = n > 0 ? 1 : -1
    for (let left = Math.abs(n); left > 0; ) {
      day = shift(day, step)
      if (await this.isWorkingDay(day)) left--
    }
    return day
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  async workingDaysBetween(from: Date | string, to: Date | string): Promise<number> {
    let day = toDay(from, this.timeZone)
    const end = toDay(to, this.timeZone)
    let count = 0
    while (day < end) {
      day = shift(day, 1)
      if (await this.isWorkingDay(day)) count++
    }
    return count
  }

  /** The instant a local wall-clock time happens on a day, e.g. at('2026-02-16', '08:30'). */
  at(day: string, hhmm: string): Date {
    const [y, m, d] = day.split('-').map(Number)
    const [h, min] = hhmm.split(':').map(Number)
    return new Date(new TZDate(y, m - 1, d, h, min, 0, this.timeZone).getTime())
  }

  today(now = new Date()): string {
    return localDay(now, this.timeZone)
  }

  /** Years among those given that have no schedule yet (to be reported in the admin panel and digests). */
  async missingYears(years: number[]): Promise<number[]> {
    const missing: number[] = []
    for (const year of years) if (!(await this.hasSchedule(year))) missing.push(year)
    return missing
  }
}

export const isWorkingDay = async (payload: Payload, siteId: SiteId, date: Date | string) =>
  (await SiteCalendar.of(payload, siteId)).isWorkingDay(date)

export const addWorkingDays = async (payload: Payload, siteId: SiteId, date: Date | string, n: number) =>
  (await SiteCalendar.of(payload, siteId)).addWorkingDays(date, n)

export const workingDaysBetween = async (payload: Payload, siteId: SiteId, from: Date | string, to: Date | string) =>
  (await SiteCalendar.of(payload, siteId)).workingDaysBetween(from, to)

/** This year and next, when missing for the site: what the admin panel and the digest warn about. */
export const calendarGaps = async (payload: Payload, siteId: SiteId, now = new Date()) => {
  const calendar = await SiteCalendar.of(payload, siteId)
  const year = Number(calendar.today(now).slice(0, 4))
  return calendar.missingYears([year, year + 1])
}
