/**
 * JOB-01: what a deadline sweep is. A module writes the function (care rules in src/care/sweeps.ts,
 * workflow rules in the workflow module) and adds it to jobs/sweeps.ts with one line.
 *
 * A sweep runs for one site at a time, queries only what is due (an indexed `dueAt`/status filter,
 * in batches of `ctx.batch`) and is idempotent: a second run over the same state changes nothing.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { SiteCalendar } from '../src/lib/calendar'
import type { Label } from '../src/lib/i18n'

/**
 * When a sweep runs: `frequent` every few minutes, every day; `working-morning` once each working
 * morning after opening time; `end-of-day` once each working day after closing time.
 */
export type SweepWhen = 'frequent' | 'working-morning' | 'end-of-day'

export type SweepSite = { id: number; name: string; timeZone: string; opensAt: string; closesAt: string }

export type SweepContext = {
  payload: Payload
  /** A request whose `context.channel` is 'job'; pass it to Local API calls. */
  req: PayloadRequest
  site: SweepSite
  /** The site's working-day calendar (JOB-02). */
  calendar: SiteCalendar
  now: Date
  /** Act on at most this many items per query; the runner calls again while a sweep reports `more`. */
  batch: number
}

/** How many items the sweep acted on; `more: true` asks the runner for another batch. */
export type SweepResult = { acted: number; more?: boolean } | number | void

export type Sweep = {
  name: string
  /** The requirement it enforces, e.g. 'CARE-08'. */
  rule: string
  label: Label
  when: SweepWhen
  run: (ctx: SweepContext) => Promise<SweepResult>
}

export const defineSweep = (sweep: Sweep): Sweep => sweep
