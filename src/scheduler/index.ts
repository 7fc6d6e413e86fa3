/**
 * JOB-04: the scheduler. The advisory-lock holder (leader.ts) catches up missed schedules once,
 * fires node-cron ticks (each recorded once by its unique key, ticks.ts) and is the one worker that
 * runs the `schedules` queue. No other process runs jobs: Payload's autoRun is not configured and
 * the jobs REST endpoints are closed (jobs/config.ts).
 */
import os from 'node:os'
import cron, { type ScheduledTask } from 'node-cron'
import type { Payload } from 'payload'
import type { Schedule } from '../../jobs/schedule'
import { scheduleTable } from '../../jobs/schedules'
import { leaderServices } from '../../jobs/services'
import { parseCron, previousSlot, slotOf } from './cron'
import { electLeader } from './leader'
import { activeSchedules } from './registry'
import { enqueueTick, lastTick, QUEUE, db } from './ticks'
import { sql } from '@payloadcms/db-postgres'

export type SchedulerOptions = {
  schedules?: Schedule[]
  /** How often a waiting process tries to take over (ms). */
  pollMs?: number
  /** How often the leader runs queued jobs (ms); it also runs them right after each tick. */
  workerMs?: number
  timeZone?: string
  /** Start the single-process services (mail sender) with the leadership (default true). */
  services?: boolean
}

export type Scheduler = { stop: () => Promise<void>; isLeader: () => boolean }

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback)

/** Schedules named in SCHEDULES_ONLY (comma-separated), else all. */
const selected = (list: Schedule[]) => {
  const only = process.env.SCHEDULES_ONLY?.split(',').map((s) => s.trim()).filter(Boolean)
  return only ? list.filter((s) => only.includes(s.name)) : list
}

export function startScheduler(payload: Payload, options: SchedulerOptions = {}): Scheduler {
  const list = selected(options.schedules ?? [...scheduleTable().values()])
  const timeZone = options.timeZone ?? process.env.SCHEDULE_TIME_ZONE ?? 'Asia/Shanghai'
  const workerMs = options.workerMs ?? env('SCHEDULER_WORKER_MS', 5000)
  const owner = `${os.hostname()}:${process.pid}`
  for (const s of list) activeSchedules.set(s.name, s)

  let tasks: ScheduledTask[] = []
  let worker: NodeJS.Timeout | undefined
  let working: Promise<void> | undefined
  let leading = false
  let stopServices: (() => void)[] = []

  const work = () => {
    if (!leading || working) return working
    working = (async () => {
      try {
        for (;;) {
          const { jobStatus } = (await payload.jobs.run({ queue: QUEUE, limit: 20 })) as { jobStatus?: Record<string, unknown> }
          if (!leading || !jobStatus || Object.keys(jobStatus).length < 20) break
        }
      } catch (error) {
        payload.logger.error({ err: error }, 'scheduler: running queued jobs failed')
      } finally {
        working = undefined
      }
    })()
    return working
  }

  const tick = async (schedule: Schedule, at: Date, catchUp = false) => {
    try {
      if (await enqueueTick(payload, schedule.name, slotOf(parseCron(schedule.cron), at), { catchUp, owner })) void work()
    } catch (error) {
      payload.logger.error({ err: error, schedule: schedule.name }, 'scheduler: could not enqueue a tick')
    }
  }

  /** After downtime, each schedule runs once for its latest missed slot — not once per missed slot. On a new database only `onFirstStart` schedules run. */
  const catchUp = async () => {
    const now = new Date()
    for (const schedule of list) {
      const last = await lastTick(payload, schedule.name)
      const due = previousSlot(parseCron(schedule.cron), now, timeZone)
      if (due && (last ? due > last : schedule.onFirstStart)) await tick(schedule, due, true)
    }
  }

  const leadership = electLeader(payload, {
    pollMs: options.pollMs ?? env('SCHEDULER_POLL_MS', 5000),
    onElected: async () => {
      leading = true
      // Jobs a dead scheduler left half-run would otherwise never be picked up again.
      await db(payload).execute(sql`UPDATE payload_jobs SET processing = false WHERE processing = true AND queue = ${QUEUE}`)
      await catchUp()
      tasks = list.map((schedule) => cron.schedule(schedule.cron, (ctx) => tick(schedule, ctx.date ?? new Date()), { timezone: timeZone, name: schedule.name }))
      worker = setInterval(() => void work(), workerMs)
      if (options.services !== false) stopServices = leaderServices.map((start) => start(payload))
      void work()
    },
    onDeposed: async () => {
      leading = false
      for (const task of tasks) await task.destroy()
      tasks = []
      clearInterval(worker)
      for (const stop of stopServices) stop()
      stopServices = []
      await working
    },
  })
  return { stop: leadership.stop, isLeader: leadership.isLeader }
}
