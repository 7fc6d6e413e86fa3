/**
 * Record ids and days, strictly. Ids are PostgreSQL `serial` integers (1 … 2³¹−1); anything else can
 * name no record. Days and instants are ISO 8601 and must exist on the calendar (no 2026-02-30, no
 * 25:00): `Date.parse` would roll them over into another day, and PostgreSQL refuses some of them.
 */

/** The largest id a `serial` column can hold. */
export const MAX_ID = 2_147_483_647

/** The id in `value` (a whole number or its digits), or undefined when it cannot be a record id. */
export const parseId = (value: unknown): number | undefined => {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= MAX_ID ? value : undefined
  if (typeof value !== 'string' || !/^[0-9]{1,10}$/.test(value)) return undefined
  const n = Number(value)
  return n >= 1 && n <= MAX_ID ? n : undefined
}

export const isId = (value: unknown): boolean => parseId(value) !== undefined

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):?(\d{2}))?$/i

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Whether y-m-d is a day of the calendar (years 1000–9999, what PostgreSQL and the forms take). */
export const isRealDay = (year: number, month: number, day: number): boolean =>
  year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)

/** A calendar day "YYYY-MM-DD" that exists. */
export const isDayString = (value: unknown): boolean => {
  const m = typeof value === 'string' ? DAY.exec(value) : null
  return Boolean(m && isRealDay(Number(m[1]), Number(m[2]), Number(m[3])))
}

/**
 * A date or instant a date field may take: "YYYY-MM-DD", or "YYYY-MM-DDTHH:mm[:ss[.fff]][Z|±HH:MM]",
 * every part in range; or a valid Date (server code).
 */
export const isStrictDate = (value: unknown): boolean => {
  if (value instanceof Date) return !Number.isNaN(value.getTime()) && value.getUTCFullYear() >= 1000 && value.getUTCFullYear() <= 9999
  if (typeof value !== 'string') return false
  if (isDayString(value)) return true
  const m = INSTANT.exec(value)
  if (!m || !isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return false
  if (m[9] !== undefined && (Number(m[9]) > 14 || Number(m[10]) > 59)) return false
  return !Number.isNaN(Date.parse(value.replace(' ', 'T')))
}
