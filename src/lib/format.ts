/** Dates as the paper forms write them, in the site's time zone. */
import { TZDate } from '@date-fns/tz'
import { DEFAULT_TIME_ZONE } from './calendar'

const parts = (at: Date | string, tz = DEFAULT_TIME_ZONE) => {
  const d = new TZDate(new Date(at).getTime(), tz || DEFAULT_TIME_ZONE)
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate(), h: d.getHours(), min: d.getMinutes() }
}

/** 2026年11月26日9时30分 */
export const cnMinute = (at: Date | string, tz?: string) => {
  const p = parts(at, tz)
  return `${p.y}年${p.m}月${p.d}日${p.h}时${p.min}分`
}

/** 2026年11月28日17时 */
export const cnHour = (at: Date | string, tz?: string) => {
  const p = parts(at, tz)
  return `${p.y}年${p.m}月${p.d}日${p.h}时`
}

/** 2026-11-26 09:30 */
export const shortDateTime = (at: Date | string, tz?: string) => {
  const p = parts(at, tz)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${p.y}-${two(p.m)}-${two(p.d)} ${two(p.h)}:${two(p.min)}`
}

/** Whole calendar days from one day to another (yyyy-MM-dd strings, e.g. from `localDay` / `dayOf` in src/lib/calendar.ts). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

export const money2 = (n: number) => Math.round(n * 100) / 100
