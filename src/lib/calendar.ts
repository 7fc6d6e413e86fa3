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
import { flatFields } from './fieldWalk'

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

/** The time zone of a site that has none set (sites.timeZone). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

const DAY = /^\d{4}-\d{2}-\d{2}$/

const instant = (at: Date | string | number): Date => {
  const date = at instanceof Date ? at : new Date(at)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(at)}`)
  return date
}

/**
 * The site's calendar day ('yyyy-MM-dd') of an instant: the one place where a timestamp becomes a
 * day. A 'yyyy-MM-dd' string is already a day and is returned as it is; any other string is an
 * instant (`2026-02-11T23:30:00Z` is 12 February in Shanghai), never its first ten characters.
 */
export const localDay = (at: Date | string | number, timeZone: string = DEFAULT_TIME_ZONE): string => {
  if (typeof at === 'string' && DAY.test(at)) return at
  return format(new TZDate(instant(at).getTime(), timeZone || DEFAULT_TIME_ZONE), 'yyyy-MM-dd')
}

/**
 * The instant of a wall-clock time read in a site's zone ('yyyy-MM-dd HH:mm[:ss]', a device's local
 * clock), e.g. '2026-02-12 07:30:00' in Asia/Shanghai is 2026-02-11T23:30:00.000Z. Undefined when it
 * is not such a time.
 */
export const wallClockInstant = (wall: string, timeZone: string = DEFAULT_TIME_ZONE): Date | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall)
  if (!m) return undefined
  const [y, mo, d, h, mi, sec] = m.slice(1).map((x) => Number(x ?? 0))
  const at = new Date(new TZDate(y, mo - 1, d, h, mi, sec, timeZone || DEFAULT_TIME_ZONE).getTime())
  return Number.isNaN(at.getTime()) ? undefined : at
}

/** An instant as the site's local date and time, 'yyyy-MM-dd HH:mm'. */
export const localDateTime = (at: Date | string | number, timeZone: string = DEFAULT_TIME_ZONE): string =>
  format(new TZDate(instant(at).getTime(), timeZone || DEFAULT_TIME_ZONE), 'yyyy-MM-dd HH:mm')

/**
 * The day of a day-only field (`day()` in src/lib/fields.ts, picker `dayOnly`). Payload stores such a
 * value as an instant, and it arrives in three shapes:
 * - `2026-02-12` from a REST client, stored as `2026-02-12T00:00:00.000Z` (UTC midnight),
 * - `2026-02-12T12:00:00.000Z` from the admin panel: its day picker pins the chosen day to 12:00 UTC
 *   (`setHours(12 - offset)` in the browser's zone, the same instant in any browser zone, zh or not),
 * - the local midnight of the day (`2026-02-11T16:00:00.000Z` for 12 February in Shanghai), from a client
 *   that sent `new Date(2026, 1, 12)`, or a value written through a database session in the site's zone.
 * UTC midnight and noon are the UTC date; anything else is the site's local day of the instant.
 */
export const dayOf = (value: Date | string | number, timeZone: string = DEFAULT_TIME_ZONE): string => {
  if (typeof value === 'string' && DAY.test(value)) return value
  const date = instant(value)
  const utc = date.toISOString()
  if (/T(00|12):00:00(\.000)?Z$/.test(utc)) return utc.slice(0, 10)
  return localDay(date, timeZone)
}

/**
 * `localDay` (kind 'instant') or `dayOf` (kind 'day') of a value from a request that validation has
 * not seen yet (collection hooks run before field validation): undefined when it is missing or not a
 * date, so that the hook leaves the answer to validation instead of failing.
 */
export const tryDay = (value: unknown, timeZone: string = DEFAULT_TIME_ZONE, kind: 'instant' | 'day' = 'instant'): string | undefined => {
  if (value == null || value === '' || !(typeof value === 'string' || typeof value === 'number' || value instanceof Date)) return undefined
  if (typeof value === 'string' && DAY.test(value)) return value
  if (Number.isNaN(new Date(value).getTime())) return undefined
  return kind === 'day' ? dayOf(value, timeZone) : localDay(value, timeZone)
}

type DateFieldLike = { type: string; name?: string; fields?: DateFieldLike[]; admin?: { date?: { pickerAppearance?: string } } }

/**
 * The date fields of a record for `{placeholders}` of messages and mails: a day-only field as the
 * site's day ('yyyy-MM-dd'), a date-and-time as the site's local time ('yyyy-MM-dd HH:mm'), never a
 * raw UTC instant. `fields` are the collection's fields (rows and collapsibles are looked into).
 */
export function localDates(fields: readonly object[], doc: Record<string, unknown>, timeZone: string = DEFAULT_TIME_ZONE): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of flatFields(fields as readonly DateFieldLike[])) {
    if (f.type !== 'date' || !f.name) continue
    const dayOnly = f.admin?.date?.pickerAppearance === 'dayOnly'
    const day = tryDay(doc[f.name], timeZone, dayOnly ? 'day' : 'instant')
    if (day) out[f.name] = dayOnly ? day : localDateTime(doc[f.name] as string, timeZone)
  }
  return out
}

/** A day for the calendar: a 'yyyy-MM-dd' stays, an instant (Date, number or ISO string) becomes the site's local day. */
const toDay = (date: Date | string, timeZone: string): string => localDay(date, timeZone)
/** A day `n` calendar days after (or before) a day, both 'yyyy-MM-dd'. */
export const shiftDay = (day: string, n: number): string => format(addDays(parseISO(day), n), 'yyyy-MM-dd')
const shift = shiftDay

type Override = { kind: string; name?: string | null }

/**
 * One site's calendar, loading that site's overrides one year at a time. Make one per job run or
 * request (it does not watch for later edits).
 */
export class SiteCalendar {
  private years = new Map<number, Promise<Map<string, Override>>>()

  constructor(
    private payload: Payload,
    readonly siteId: SiteId,
    readonly timeZone: string,
  ) {}

  static async of(payload: Payload, siteId: SiteId): Promise<SiteCalendar> {
    const site = await payload.findByID({ collection: 'sites', id: siteId, depth: 0 })
    return new SiteCalendar(payload, siteId, (site.timeZone as string) || DEFAULT_TIME_ZONE)
  }

  // The promise is kept, so the rows of a list that ask for the same year at once share one read.
  private overrides(year: number): Promise<Map<string, Override>> {
    let read = this.years.get(year)
    if (!read) {
      read = this.payload
        .find({
          collection: 'calendar-days',
          where: { and: [{ site: { equals: this.siteId } }, { day: { like: `${year}-` } }] },
          limit: 400,
          depth: 0,
          pagination: false,
        })
        .then(({ docs }) => new Map(docs.filter((d) => String(d.day).startsWith(`${year}-`)).map((d) => [String(d.day), { kind: String(d.kind), name: d.name as string | null }])))
      read.catch(() => this.years.delete(year))
      this.years.set(year, read)
    }
    return read
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
