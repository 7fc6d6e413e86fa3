/**
 * JOB-03: each minute, for every site with an active routine on a day it applies, make sure today's
 * items exist as `routine-checks`, carry out device items whose window has opened, and flag as
 * missed the items whose window closed without being done. Idempotent: a second run changes nothing.
 */
import type { Payload, PayloadRequest } from 'payload'
import { SiteCalendar } from '../src/lib/calendar'
import { performRoutineAction, type RoutineAction } from './routine-actions'
import { sitesOf } from './run-sweeps'
import type { TickArgs } from './schedule'

type Item = { id: string; from: string; to: string; title: string; kind: 'manual' | 'device'; actions?: RoutineAction[] | null }

const local = { overrideAccess: true, depth: 0 } as const

/** Today's checks of a site, created from its routines when missing. */
export async function ensureToday(payload: Payload, req: PayloadRequest, siteId: number, calendar: SiteCalendar, now: Date) {
  const day = calendar.today(now)
  const working = await calendar.isWorkingDay(day)
  const { docs: routines } = await payload.find({ collection: 'routines', where: { site: { equals: siteId }, active: { equals: true } }, pagination: false, ...local })
  const { docs: existing } = await payload.find({ collection: 'routine-checks', where: { site: { equals: siteId }, day: { equals: day } }, pagination: false, limit: 0, ...local })
  const have = new Set(existing.map((c) => String(c.item)))
  let created = 0
  for (const routine of routines) {
    if (routine.days === 'working' && !working) continue
    for (const item of (routine.items ?? []) as Item[]) {
      if (!item.id || have.has(item.id)) continue
      await payload.create({
        collection: 'routine-checks',
        data: {
          site: siteId, day, routine: routine.id as number, item: item.id, title: item.title, from: item.from, to: item.to,
          kind: item.kind, actions: item.kind === 'device' ? (item.actions ?? []) : [],
          windowStart: calendar.at(day, item.from).toISOString(), windowEnd: calendar.at(day, item.to).toISOString(), status: 'pending',
        },
        req,
        ...local,
      })
      created++
    }
  }
  return { day, created }
}

export async function runRoutines(payload: Payload, req: PayloadRequest, now = new Date()) {
  let created = 0
  let ran = 0
  for (const site of await sitesOf(payload)) {
    const calendar = new SiteCalendar(payload, site.id, site.timeZone)
    created += (await ensureToday(payload, req, site.id, calendar, now)).created
  }
  // Device items whose window is open: carry them out once.
  const { docs: due } = await payload.find({
    collection: 'routine-checks',
    where: { status: { equals: 'pending' }, kind: { equals: 'device' }, windowStart: { less_than_equal: now.toISOString() }, windowEnd: { greater_than: now.toISOString() } },
    pagination: false, limit: 0, ...local,
  })
  for (const check of due) {
    const outcomes = []
    for (const action of (check.actions ?? []) as RoutineAction[]) outcomes.push(await performRoutineAction(payload, check.site as number, action, String(check.title)))
    const ok = outcomes.length > 0 && outcomes.every((o) => o.ok)
    await payload.update({
      collection: 'routine-checks', id: check.id,
      data: { status: ok ? 'done' : 'failed', done: ok, doneAt: ok ? now.toISOString() : undefined, result: outcomes.map((o) => o.result).join('\n').slice(0, 1000) || 'no actions' },
      req, ...local,
    })
    ran++
  }
  // Windows that closed with the item not done: flagged.
  const missed = await payload.update({
    collection: 'routine-checks',
    where: { status: { equals: 'pending' }, windowEnd: { less_than_equal: now.toISOString() } },
    data: { status: 'missed' },
    req, ...local,
  })
  return { created, ran, missed: missed.docs.length }
}

export const routinesTick = ({ payload, req }: TickArgs) => runRoutines(payload, req)
