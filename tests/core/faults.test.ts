/**
 * Issue 9, deliverables 7 and 8, with real processes: the app killed with SIGKILL and started again
 * on the same data folder; PostgreSQL restarted under a running scheduler and app; a waiting
 * scheduler's poll; the links of e-mails when the app listens on another port than 3000.
 */
import { execSync } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded'
import { makeSite, signIn } from '../helpers/people'
import { feeChain, feeChainHolders, feeChainStaff, feeChange } from '../helpers/care'
import { useWorld } from '../helpers/world'
import { childEnv, cleanUp, healthy, isAlive, postmaster, readyUrl, run, until } from './faults-procs'

const w = useWorld({ holders: feeChainHolders, staff: feeChainStaff })
const temps: string[] = []
const databases: EmbeddedDatabase[] = []

const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  await chmod(dir, 0o755) // these tests are about crashes, not about private folders (environment.test.ts)
  temps.push(dir)
  return dir
}

afterAll(async () => {
  await cleanUp()
  for (const db of databases) await db.stop().catch(() => {})
  for (const dir of temps) await rm(dir, { recursive: true, force: true })
})

/** A line that is nothing but "undefined" (how the start used to fail). */
const printsUndefined = (output: string) => output.split('\n').some((line) => line.trim() === 'undefined')

describe('Faults: crashes and restarts', () => {
  it('Faults: a restart after kill -9 adopts or stops the orphaned PostgreSQL', async () => {
    const dataDir = await tempDir('frontdesk-crash-')
    const env = childEnv({ DATA_DIR: dataDir, SCHEDULER: 'off', PORT: String(await freePort()) })
    const first = run('src/server.ts', env)
    const url = await readyUrl(first)
    expect(await healthy(url)).toBe(true)
    const orphan = postmaster(dataDir)!
    expect(isAlive(orphan.pid)).toBe(true)

    first.child.kill('SIGKILL')
    await first.exited
    // PostgreSQL outlives the app and keeps its lock file: the state the next start finds.
    expect(isAlive(orphan.pid)).toBe(true)

    const second = run('src/server.ts', { ...env, PORT: String(await freePort()) })
    const again = await readyUrl(second, 120_000)
    expect(await healthy(again)).toBe(true)
    expect(printsUndefined(second.output())).toBe(false)
    // The data of the first run is there: the demo administrator signs in.
    const login = await fetch(`${again}/api/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.local', password: 'demo1234' }),
    })
    expect(login.status).toBe(200)
    const now = postmaster(dataDir)!
    expect(now.pid === orphan.pid || !isAlive(orphan.pid)).toBe(true)

    // A clean stop takes the database down with the app.
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
    await until('PostgreSQL to stop with the app', () => !isAlive(now.pid), 30_000)
  }, 420_000)

  it('Faults: a start that cannot get its database says what to do, never "undefined"', async () => {
    const dataDir = await tempDir('frontdesk-busy-')
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()))
    const busy = (blocker.address() as net.AddressInfo).port
    try {
      const app = run('src/server.ts', childEnv({ DATA_DIR: dataDir, SCHEDULER: 'off', PORT: String(await freePort()), EMBEDDED_PG_PORT: String(busy) }))
      const code = await Promise.race([app.exited, new Promise((r) => setTimeout(() => r('still running'), 120_000))])
      expect(code, app.output()).toBe(1)
      expect(printsUndefined(app.output())).toBe(false)
      expect(app.output()).toMatch(new RegExp(`port ${busy}.*EMBEDDED_PG_PORT`, 's'))
      // Nothing is left running on the folder.
      const pm = postmaster(dataDir)
      expect(pm === undefined || !isAlive(pm.pid)).toBe(true)
    } finally {
      blocker.close()
    }
  }, 180_000)
})

describe('Faults: PostgreSQL restarts under running processes', () => {
  it('Faults: the scheduler survives a PostgreSQL restart (and so does the app)', async () => {
    // A database of its own (restarting the run's database would pull it from under the other tests),
    // holding a copy of the run's migrated schema and one site (so that the app loads no demo data).
    await makeSite(w.payload, '重啟院')
    const dir = await tempDir('frontdesk-restart-')
    const port = await freePort()
    let db = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port, quiet: true, durable: false })
    databases.push(db)
    execSync(`pg_dump --no-owner --no-privileges "${process.env.DATABASE_URL}" | psql -X -q -v ON_ERROR_STOP=1 "${db.url}"`, { stdio: ['ignore', 'ignore', 'pipe'] })

    const query = async (text: string) => {
      const client = new pg.Client(db.url)
      client.on('error', () => {})
      try {
        await client.connect()
        return (await client.query(text)).rows
      } finally {
        await client.end().catch(() => {})
      }
    }
    const probesDone = async () => Number((await query(`SELECT count(*)::int AS n FROM schedule_ticks WHERE schedule = 'probe' AND status = 'done'`).catch(() => [{ n: 0 }]))[0].n)

    const env = { DATABASE_URL: db.url, DATA_DIR: dir }
    const scheduler = run(
      'src/scheduler/main.ts',
      childEnv({ ...env, SCHEDULER_PROBE_CRON: '*/2 * * * * *', SCHEDULES_ONLY: 'probe', SCHEDULER_WORKER_MS: '500', SCHEDULER_POLL_MS: '500' }),
    )
    const app = run('src/server.ts', childEnv({ ...env, SCHEDULER: 'off', PORT: String(await freePort()) }))
    const url = await readyUrl(app, 120_000)
    await until('two probe ticks', async () => (await probesDone()) >= 2, 60_000)

    // PostgreSQL goes away for a few seconds (idle connections are cut), then comes back.
    await db.stop()
    await new Promise((r) => setTimeout(r, 3000))
    expect(await healthy(url)).toBe(false)
    const before = await (async () => {
      db = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port, quiet: true, durable: false })
      databases.push(db)
      return probesDone()
    })()

    await until('probe ticks after the restart', async () => (await probesDone()) >= before + 2, 60_000)
    await until('the app to answer again', () => healthy(url), 30_000)
    expect(scheduler.running(), scheduler.output()).toBe(true)
    expect(app.running(), app.output()).toBe(true)
    scheduler.child.kill('SIGTERM')
    app.child.kill('SIGTERM')
    await Promise.all([scheduler.exited, app.exited])
  }, 300_000)

  it('Faults: a waiting scheduler polls for the lock without piling up listeners', async () => {
    // The test holds the scheduler lock, so the process waits and polls (every 20 ms here).
    const holder = new pg.Client(process.env.DATABASE_URL)
    await holder.connect()
    await holder.query(`SELECT pg_advisory_lock(hashtext('frontdesk-scheduler'))`)
    try {
      const waiting = run('src/scheduler/main.ts', childEnv({ DATABASE_URL: process.env.DATABASE_URL, SCHEDULES_ONLY: 'none', SCHEDULER_POLL_MS: '20' }))
      await until('the scheduler process to start', () => waiting.output().includes('ready'), 120_000)
      await new Promise((r) => setTimeout(r, 4000)) // ≈ 200 polls
      expect(waiting.running()).toBe(true)
      expect(waiting.output()).not.toMatch(/MaxListenersExceededWarning/)
      waiting.child.kill('SIGTERM')
      await waiting.exited
    } finally {
      await holder.end()
    }
  }, 180_000)
})

describe('Set-up: links in e-mails', () => {
  it('Set-up: without PUBLIC_URL, e-mailed approval links point where the app listens (the next free port when PORT is busy)', async () => {
    const home = await feeChain(w)
    const busy = net.createServer()
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()))
    const wanted = (busy.address() as net.AddressInfo).port
    try {
      const app = run('src/server.ts', childEnv({ DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: await tempDir('frontdesk-url-'), SCHEDULER: 'off', PORT: String(wanted) }))
      const url = await readyUrl(app, 120_000)
      expect(url).not.toBe(`http://127.0.0.1:${wanted}`)
      expect(app.output()).toContain(`Port ${wanted} is busy`)

      const desk = await signIn(url, home.desk.email)
      const created = await desk.post('/api/fee-changes', feeChange(home))
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const { docs } = await w.payload.find({
        collection: 'mail-outbox',
        where: { relatedId: { equals: String(created.body.doc.id) } },
        overrideAccess: true,
      })
      const links = docs.flatMap((d) => [...String(d.text).matchAll(/https?:\/\/\S+\/approve\/\S+/g)].map((m) => m[0]))
      expect(links.length).toBeGreaterThan(0)
      for (const link of links) expect(link.startsWith(`${url}/approve/`), link).toBe(true)
      // …and the link opens the approval page of that very app.
      expect((await fetch(links[0])).status).toBe(200)
      app.child.kill('SIGTERM')
      await app.exited
    } finally {
      busy.close()
    }
  }, 240_000)
})
