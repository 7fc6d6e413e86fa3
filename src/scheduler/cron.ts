/**
 * The few things about a cron expression that node-cron does not expose: its granularity (5 fields
 * = minutes, 6 = seconds) and its most recent slot at or before an instant, for catch-up (JOB-04).
 */
import { TZDate } from '@date-fns/tz'

type FieldSpec = { min: number; max: number }
const SECOND: FieldSpec = { min: 0, max: 59 }
const specs: FieldSpec[] = [SECOND, { min: 0, max: 59 }, { min: 0, max: 23 }, { min: 1, max: 31 }, { min: 1, max: 12 }, { min: 0, max: 7 }]

const parseField = (text: string, { min, max }: FieldSpec): Set<number> => {
  const values = new Set<number>()
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/')
    const step = stepText ? Number(stepText) : 1
    let [from, to] = range === '*' ? [min, max] : range.split('-').map(Number)
    if (to === undefined) to = stepText ? max : from
    if (![from, to, step].every(Number.isInteger) || step < 1) throw new Error(`Unsupported cron field "${text}"`)
    for (let v = from; v <= to; v += step) values.add(v)
  }
  return values
}

export type Cron = { seconds: boolean; fields: Set<number>[]; stepMs: number }

export const parseCron = (expression: string): Cron => {
  const parts = expression.trim().split(/\s+/)
  if (parts.length !== 5 && parts.length !== 6) throw new Error(`A cron expression has 5 or 6 fields: "${expression}"`)
  const seconds = parts.length === 6
  const all = seconds ? parts : ['0', ...parts]
  const fields = all.map((p, i) => parseField(p, specs[i]))
  if (fields[5].has(7)) fields[5].add(0)
  return { seconds, fields, stepMs: seconds ? 1000 : 60_000 }
}

export const matches = (cron: Cron, at: Date, timeZone: string): boolean => {
  const t = new TZDate(at.getTime(), timeZone)
  const [s, m, h, dom, mon, dow] = cron.fields
  return s.has(t.getSeconds()) && m.has(t.getMinutes()) && h.has(t.getHours()) && dom.has(t.getDate()) && mon.has(t.getMonth() + 1) && dow.has(t.getDay())
}

/** The slot an instant falls in (floored to the cron's granularity). */
export const slotOf = (cron: Cron, at: Date): Date => new Date(Math.floor(at.getTime() / cron.stepMs) * cron.stepMs)

/** The most recent slot at or before `now`, looking back at most `lookbackMs` (default 35 days / 1 day for seconds). */
export const previousSlot = (cron: Cron, now: Date, timeZone: string, lookbackMs?: number): Date | undefined => {
  const limit = lookbackMs ?? (cron.seconds ? 86_400_000 : 35 * 86_400_000)
  const start = slotOf(cron, now).getTime()
  for (let t = start; t >= start - limit; t -= cron.stepMs) {
    const at = new Date(t)
    if (matches(cron, at, timeZone)) return at
  }
  return undefined
}
