/** What a schedule is: a name, a cron expression and what to run on each tick. */
import type { Payload, PayloadRequest } from 'payload'
import type { Label } from '../src/lib/i18n'

export type TickArgs = { payload: Payload; req: PayloadRequest; tickAt: Date; catchUp: boolean }

export type Schedule = {
  name: string
  /** 5 fields (minutes) or 6 (seconds), in the scheduler's time zone (SCHEDULE_TIME_ZONE, default Asia/Shanghai). */
  cron: string
  label: Label
  run: (args: TickArgs) => Promise<unknown>
  /** Run once as soon as a scheduler first starts on a database where it never ran (e.g. today's routine on a new install). */
  onFirstStart?: boolean
}
