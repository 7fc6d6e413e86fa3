/**
 * JOB-01: what a deadline sweep is. A form declares its deadlines (hooks/deadlines.ts) and one sweep per declaration is generated;
 * a desk lists any other sweep (a queue) in its declaration (collections/desk.ts).
 *
 * A sweep queries only what is due (an indexed due-date/status filter, in batches) and is
 * idempotent: a second run over the same state changes nothing.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { SiteCalendar } from '../src/lib/calendar'
import type { Label } from '../src/lib/i18n'

/**
 * When a sweep runs: `frequent` every few minutes, every day; `working-morning` once each working
 * morning; `end-of-day` once each working day after closing. The last two run only for sites
 * whose day is a working day (JOB-02), so they are per-site sweeps.
 */
export type SweepWhen = 'frequent' | 'working-morning' | 'end-of-day'

export type SweepSite = { id: number; name: string; timeZone: string; opensAt: string; closesAt: string }

export type SweepContext = {
  payload: Payload
  /** A request whose `context.channel` is 'job'. */
  req: PayloadRequest
  now: Date
}

/** Per-site sweeps also get the site and its working-day calendar. */
export type SiteSweepContext = SweepContext & { site: SweepSite; calendar: SiteCalendar }

/** How many items the sweep acted on. */
export type SweepResult = number | { acted: number }

/** What the dashboard lists for a rule: records due today and records overdue (flagged). */
export type SweepWatch = { collection: string; due?: (now: Date) => Where; overdue?: (now: Date) => Where }

type Common = {
  name: string
  /** The requirement it enforces, e.g. 'CARE-08'. */
  rule: string
  label: Label
  watch?: SweepWatch
}

export type Sweep =
  | (Common & { when: 'frequent'; perSite?: false; run: (ctx: SweepContext) => Promise<SweepResult> })
  | (Common & { when: SweepWhen; perSite: true; run: (ctx: SiteSweepContext) => Promise<SweepResult> })
