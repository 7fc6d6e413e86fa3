/**
 * JOB-04: a tick is a row with a unique key (schedule@slot) plus a job on the `schedules` queue.
 * Whoever inserts the row first enqueues the job; a second insert of the same tick does nothing.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type { Schedule } from '../../jobs/schedule'

export const QUEUE = 'schedules'

import { db } from '../../jobs/sql'

export { db }

export const tickKey = (schedule: string, tickAt: Date) => `${schedule}@${tickAt.toISOString()}`

/** Record and enqueue one tick; false when that tick was already recorded (by us or another process). */
export async function enqueueTick(payload: Payload, schedule: string, tickAt: Date, { catchUp = false, owner = '' } = {}): Promise<boolean> {
  const key = tickKey(schedule, tickAt)
  const { rows } = await db(payload).execute(sql`
    INSERT INTO schedule_ticks (key, schedule, tick_at, catch_up, status, runs, owner, created_at, updated_at)
    VALUES (${key}, ${schedule}, ${tickAt.toISOString()}, ${catchUp}, 'queued', 0, ${owner}, now(), now())
    ON CONFLICT (key) DO NOTHING RETURNING id`)
  if (!rows.length) return false
  try {
    await payload.jobs.queue({ task: 'tick' as never, queue: QUEUE, input: { tick: Number(rows[0].id) } as never })
  } catch (error) {
    await db(payload).execute(sql`DELETE FROM schedule_ticks WHERE id = ${rows[0].id}`)
    throw error
  }
  return true
}

/** The latest recorded slot of a schedule (where catch-up starts from). */
export async function lastTick(payload: Payload, schedule: string): Promise<Date | undefined> {
  const { rows } = await db(payload).execute(sql`SELECT max(tick_at) AS last FROM schedule_ticks WHERE schedule = ${schedule}`)
  return rows[0]?.last ? new Date(rows[0].last as string) : undefined
}

/** The `tick` task: run the schedule of a recorded tick and write down how it went. */
export async function runTick(req: PayloadRequest, tickId: number, table: Map<string, Schedule>, owner: string) {
  const { payload } = req
  const { rows } = await db(payload).execute(sql`
    UPDATE schedule_ticks SET status = 'running', runs = runs + 1, owner = ${owner}, started_at = now(), updated_at = now()
    WHERE id = ${tickId} RETURNING schedule, tick_at, catch_up`)
  const tick = rows[0]
  if (!tick) return { skipped: 'no such tick' }
  const schedule = table.get(String(tick.schedule))
  if (!schedule) {
    await db(payload).execute(sql`UPDATE schedule_ticks SET status = 'failed', error = 'unknown schedule', finished_at = now() WHERE id = ${tickId}`)
    return { skipped: 'unknown schedule' }
  }
  req.context = { ...req.context, channel: 'job' }
  try {
    const result = await schedule.run({ payload, req, tickAt: new Date(tick.tick_at as string), catchUp: Boolean(tick.catch_up) })
    await db(payload).execute(sql`
      UPDATE schedule_ticks SET status = 'done', result = ${JSON.stringify(result ?? null)}::jsonb, finished_at = now(), updated_at = now() WHERE id = ${tickId}`)
    return { result: result ?? null }
  } catch (error) {
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}`.slice(0, 4000) : String(error)
    payload.logger.error({ err: error, schedule: schedule.name }, 'schedule tick failed')
    await db(payload).execute(sql`
      UPDATE schedule_ticks SET status = 'failed', error = ${message}, finished_at = now(), updated_at = now() WHERE id = ${tickId}`)
    return { error: message.split('\n')[0] }
  }
}

/** Forget ticks older than `days`, except each schedule's latest (catch-up starts from it). */
export async function pruneTicks(payload: Payload, days = 90): Promise<number> {
  const { rows } = await db(payload).execute(sql`
    WITH latest AS (SELECT schedule, max(tick_at) AS last FROM schedule_ticks GROUP BY schedule)
    DELETE FROM schedule_ticks t USING latest
    WHERE t.schedule = latest.schedule AND t.tick_at < latest.last AND t.tick_at < now() - make_interval(days => ${days})
    RETURNING t.id`)
  return rows.length
}
