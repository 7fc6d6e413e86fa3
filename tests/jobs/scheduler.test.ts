/**
 * JOB-04 with real processes: two scheduler processes on one database, one of them killed; and a
 * scheduler coming back after a 3-hour gap.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { startScheduler } from '../../src/scheduler'
import { enqueueTick, pruneTicks } from '../../src/scheduler/ticks'
import { bootPayload, drizzleOf } from '../helpers/boot'

let payload: Payload
const children: ChildProcess[] = []

type Tick = { key: string; schedule: string; tick_at: Date; runs: number; status: string; owner: string; catch_up: boolean }
const ticks = async (schedule: string): Promise<Tick[]> =>
  (await drizzleOf(payload).execute(sql`SELECT key, schedule, tick_at, runs::int AS runs, status, owner, catch_up FROM schedule_ticks WHERE schedule = ${schedule} ORDER BY tick_at`))
    .rows as unknown as Tick[]

const until = async <T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> => {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

const startProcess = () => {
  const child = spawn('npx', ['tsx', 'src/scheduler/main.ts'], {
    env: { ...process.env, SCHEDULER_PROBE_CRON: '*/2 * * * * *', SCHEDULES_ONLY: 'probe', SCHEDULER_WORKER_MS: '500' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  children.push(child)
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  return { child, ready: until('a scheduler process to start', async () => out.includes('ready') && child.pid, 120_000), output: () => out }
}

const kill = (child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') => {
  try {
    process.kill(-child.pid!, signal) // the whole process group (npx → tsx → node)
  } catch {}
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
})

afterAll(async () => {
  for (const child of children) kill(child)
})

/** Every finished tick ran exactly once, and no slot was recorded twice. */
const expectEachTickOnce = (list: Tick[]) => {
  expect(list.length).toBeGreaterThan(0)
  for (const t of list.filter((t) => t.status === 'done')) expect(t.runs, t.key).toBe(1)
  const slots = list.map((t) => new Date(t.tick_at).getTime())
  expect(new Set(slots).size).toBe(slots.length)
}

describe('JOB-04 scheduling with several processes', () => {
  it('JOB-04 a tick fired twice is recorded and queued once', async () => {
    const at = new Date('2026-01-05T01:00:00Z')
    const results = await Promise.all([enqueueTick(payload, 'double', at), enqueueTick(payload, 'double', at)])
    expect(results.filter(Boolean)).toHaveLength(1)
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'tick' } } })
    expect(totalDocs).toBe(1)
    await drizzleOf(payload).execute(sql`DELETE FROM payload_jobs; DELETE FROM schedule_ticks`)
  })

  it('JOB-04 two processes on one database: each tick runs exactly once; killing the scheduler hands over within 30 s', async () => {
    const a = startProcess()
    const b = startProcess()
    await Promise.all([a.ready, b.ready])
    // Let both processes run for a while: only one schedules.
    await until('8 probe ticks', async () => (await ticks('probe')).filter((t) => t.status === 'done').length >= 8, 60_000)
    const before = await ticks('probe')
    expectEachTickOnce(before)
    const owners = new Set(before.map((t) => t.owner))
    expect(owners.size).toBe(1)
    // No tick skipped while a scheduler was up: one every 2 s.
    const slots = before.map((t) => new Date(t.tick_at).getTime())
    for (let i = 1; i < slots.length; i++) expect(slots[i] - slots[i - 1]).toBe(2000)
    const leaderPid = Number([...owners][0].split(':').pop())

    const killedAt = Date.now()
    const lastBefore = before.at(-1)!
    // The recorded owner is the node process, a descendant of the spawned npx: kill that tree.
    const leaderChild = (await isDescendant(leaderPid, a.child.pid!)) ? a.child : b.child
    const otherChild = leaderChild === a.child ? b.child : a.child
    kill(leaderChild)
    const firstByNewLeader = await until(
      'a tick by the other process',
      async () => (await ticks('probe')).find((t) => t.owner !== lastBefore.owner && t.status === 'done'),
      30_000,
    )
    const handover = Date.now() - killedAt
    expect(handover).toBeLessThan(30_000)
    await until('3 more ticks', async () => (await ticks('probe')).filter((t) => t.owner === firstByNewLeader.owner && t.status === 'done').length >= 3, 30_000)
    const after = await ticks('probe')
    expectEachTickOnce(after.filter((t) => t.status === 'done'))
    // The missed slots while nobody led were caught up once, not one by one.
    expect(after.filter((t) => t.catch_up).length).toBeLessThanOrEqual(1)
    kill(otherChild, 'SIGTERM')
    console.log(`JOB-04 handover after kill: ${handover} ms`)
  }, 240_000)

  it('JOB-04 a 3-hour gap runs one catch-up, not 180', async () => {
    for (const child of children) kill(child)
    await until('the killed processes to let go of the lock', async () => {
      const { rows } = await drizzleOf(payload).execute(sql`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`)
      return Number(rows[0].n) === 0
    }, 30_000)
    const runs: Date[] = []
    const gap = { name: 'gap', cron: '* * * * *', label: { zh: 'gap', 'zh-TW': 'gap', en: 'gap' }, run: async ({ tickAt }: { tickAt: Date }) => void runs.push(tickAt) }
    const threeHoursAgo = new Date(Math.floor((Date.now() - 3 * 3600_000) / 60_000) * 60_000)
    await drizzleOf(payload).execute(sql`
      INSERT INTO schedule_ticks (key, schedule, tick_at, status, runs, created_at, updated_at)
      VALUES (${`gap@${threeHoursAgo.toISOString()}`}, 'gap', ${threeHoursAgo.toISOString()}, 'done', 1, now(), now())`)
    const scheduler = startScheduler(payload, { schedules: [gap], pollMs: 500, workerMs: 300 })
    try {
      await until('the catch-up run', async () => runs.length >= 1, 20_000)
      await new Promise((r) => setTimeout(r, 1500))
      const list = await ticks('gap')
      const catchUps = list.filter((t) => t.catch_up)
      expect(catchUps).toHaveLength(1)
      // One catch-up for the latest missed minute (plus at most one regular tick if a minute just turned).
      expect(list.length - 1).toBeLessThanOrEqual(2)
      expect(runs.length).toBeLessThanOrEqual(2)
      expect(Date.now() - new Date(catchUps[0].tick_at).getTime()).toBeLessThan(61_000)
    } finally {
      await scheduler.stop()
    }
  }, 60_000)

  it('JOB-04 old ticks are pruned, but never the latest of a schedule (catch-up starts from it)', async () => {
    const old = new Date(Date.now() - 200 * 86_400_000)
    await enqueueTick(payload, 'monthly', old)
    await enqueueTick(payload, 'gap', new Date(old.getTime() - 60_000))
    await pruneTicks(payload, 90)
    expect((await ticks('monthly')).map((t) => new Date(t.tick_at).getTime())).toEqual([old.getTime()])
    expect((await ticks('gap')).every((t) => Date.now() - new Date(t.tick_at).getTime() < 90 * 86_400_000)).toBe(true)
  })
})

/** Whether `pid` is `ancestor` or one of its descendants (reads /proc). */
async function isDescendant(pid: number, ancestor: number): Promise<boolean> {
  const { readFile } = await import('node:fs/promises')
  for (let p = pid, i = 0; p > 1 && i < 20; i++) {
    if (p === ancestor) return true
    const stat = await readFile(`/proc/${p}/stat`, 'utf8').catch(() => '')
    p = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  }
  return false
}
