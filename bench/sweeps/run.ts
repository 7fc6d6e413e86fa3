/**
 * bench/sweeps: every declared deadline of the form mechanism (hooks/deadlines.ts, one sweep per
 * declaration) and the retention job, timed with `BENCH_DUE` items due (default 100) on large
 * tables — 1,000,000 reception records, 200,000 reservations, and every other form with a deadline
 * grown to 200,000 rows (bench/sweeps/seed.ts) — then again with nothing left due (the idempotent
 * second run, which is the cost of every ordinary tick). Each run also counts its SQL statements.
 * Aim: under 1 s with 100 due — time follows what is due, not the table size.
 *
 * Usage: npm run bench:sweeps  (BENCH_ROWS=20000 for a reduced run, or BENCH_RECORDS, BENCH_RESERVATIONS, BENCH_FORM_ROWS; BENCH_DUE=100,10000,
 * BENCH_ONLY=reservations.hold,call-tasks.call to run some sweeps only)
 * Uses a throw-away embedded PostgreSQL unless DATABASE_URL is set (that database is emptied!).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createLocalReq, getPayload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { prepareEnvironment } from '../../src/db/environment'
import { migrations } from '../../src/migrations'
import { sweeps } from '../../jobs/sweeps'
import { applyRetention } from '../../jobs/retention'
import { statistics } from '../../jobs/digest/statistics'
import { SiteCalendar } from '../../src/lib/calendar'
import { db, declaredDeadlines, makeDue, seedVolume } from './seed'

// BENCH_ROWS=20000: a reduced run (that many reception records, a fifth of it of reservations and of
// every other form's rows); each size may still be given on its own.
const rows0 = process.env.BENCH_ROWS ? Number(process.env.BENCH_ROWS) : undefined
const records = Number(process.env.BENCH_RECORDS ?? rows0 ?? 1_000_000)
const reservations = Number(process.env.BENCH_RESERVATIONS ?? (rows0 ? Math.round(rows0 / 5) : 200_000))
const formRows = Number(process.env.BENCH_FORM_ROWS ?? (rows0 ? Math.round(rows0 / 5) : 200_000))
const dues = (process.env.BENCH_DUE ?? '100').split(',').map(Number)
const only = process.env.BENCH_ONLY?.split(',')

// Count the statements each run sends (every query of the app goes through pg's Client).
let statements = 0
const trace = process.env.BENCH_TRACE === '1' ? new Map<string, number>() : undefined
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++
  if (trace) {
    const text = String(typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text ?? '').replace(/\s+/g, ' ').slice(0, 110)
    trace.set(text, (trace.get(text) ?? 0) + 1)
  }
  return query.apply(this, args)
} as never

let tmp = ''
if (!process.env.DATABASE_URL) {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-sweeps-'))
  chmodSync(tmp, 0o755)
  process.env.DATA_DIR = tmp
}
const environment = await prepareEnvironment({ quiet: true })
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config, cron: false })
await payload.db.migrate({ migrations: migrations as never })
const { rows: tables } = await db(payload).execute(sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'payload_migrations'`)
await db(payload).execute(sql.raw(`TRUNCATE ${tables.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`))

console.log(`load average before seeding: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
const t0 = Date.now()
const ids = await seedVolume(payload, { records, reservations, formRows })
console.log(`seeded the demo data, ${records} reception records, ${reservations} reservations, ${formRows} rows of each other form with a deadline in ${((Date.now() - t0) / 1000).toFixed(0)} s`)

const req = await createLocalReq({ context: { channel: 'job' } }, payload)
const sites = await payload.find({ collection: 'sites', limit: 0, pagination: false, depth: 0 })
const siteOfSweep = async (name: string) => {
  const entry = declaredDeadlines().find((d) => `${d.slug}.${d.deadline.name}` === name)
  const { rows } = entry ? await db(payload).execute(sql.raw(`SELECT site_id FROM "${entry.table}" ORDER BY id DESC LIMIT 1`)) : { rows: [] }
  const id = rows[0]?.site_id != null ? Number(rows[0].site_id) : ids.site
  const s = (sites.docs.find((x) => x.id === id) ?? sites.docs[0]) as unknown as Record<string, unknown>
  const site = { id: s.id as number, name: String(s.name), timeZone: String(s.timeZone || 'Asia/Shanghai'), opensAt: String(s.opensAt || '08:30'), closesAt: String(s.closesAt || '17:30') }
  return { site, calendar: new SiteCalendar(payload, site.id, site.timeZone) }
}

type Row = { job: string; rule: string; due: number; acted: number; failed: number; ms: number; cpu: number; statements: number; msEmpty: number; plan: string; load: string }
/** The machine's load average over the last minute (2 cores: above 2, the run waited for a core). */
const load1 = () => os.loadavg()[0].toFixed(1)

/** How PostgreSQL finds the due rows of a deadline (the sweep's filter on its due column): the index it uses, or a sequential scan. */
const planOf = async (name: string): Promise<string> => {
  const entry = declaredDeadlines().find((d) => `${d.slug}.${d.deadline.name}` === name)
  if (!entry) return ''
  const column = `${entry.deadline.name}_due_at`.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
  const { rows } = await db(payload).execute(sql.raw(`EXPLAIN SELECT id FROM "${entry.table}" WHERE "${column}" <= now() ORDER BY "${column}" LIMIT 100`))
  const text = rows.map((r) => String(r['QUERY PLAN'])).join(' ')
  const index = /Index (?:Only )?Scan using (\S+)/.exec(text)?.[1] ?? /Bitmap Index Scan on (\S+)/.exec(text)?.[1]
  return index ?? (/Seq Scan/.test(text) ? 'Seq Scan' : text.slice(0, 60))
}
const rows: Row[] = []
// The app's own CPU time of the last timed run (user + system, this process): on a busy machine the wall
// time is mostly waiting for a core; this is what the run itself costs the app (PostgreSQL's share is not in it).
let lastCpu = 0
const time = async <T>(fn: () => Promise<T>): Promise<[T, number, number]> => {
  trace?.clear()
  const before = statements
  const cpu = process.cpuUsage()
  const start = performance.now()
  const value = await fn()
  const used = process.cpuUsage(cpu)
  lastCpu = Math.round((used.user + used.system) / 1000)
  return [value, Math.round(performance.now() - start), statements - before]
}
const count = (r: unknown, key: 'acted' | 'failed' = 'acted') =>
  typeof r === 'number' ? (key === 'acted' ? r : 0) : typeof r === 'object' && r && key in r ? Number((r as Record<string, number>)[key]) : 0

const deadlineNames = new Set(declaredDeadlines().map((d) => `${d.slug}.${d.deadline.name}`))
const list = sweeps.filter((s) => deadlineNames.has(s.name) && (!only || only.includes(s.name)))
for (const due of dues) {
  const missing = await makeDue(payload, ids, due)
  for (const sweep of list) {
    const { site, calendar } = await siteOfSweep(sweep.name)
    const run = () => (sweep.perSite ? sweep.run({ payload, req, now: new Date(), site, calendar }) : sweep.run({ payload, req, now: new Date() }))
    const [result, ms, n] = await time(run)
    const cpu = lastCpu
    if (trace) console.log([...trace.entries()].sort((a, b) => b[1] - a[1]).map(([t, c]) => `${String(c).padStart(5)} ${t}`).join('\n'))
    const [, msEmpty] = await time(run)
    rows.push({ job: sweep.name + (missing.includes(sweep.name) ? ' (demo rows only)' : ''), rule: sweep.rule, due, acted: count(result), failed: count(result, 'failed'), ms, cpu, statements: n, msEmpty, plan: await planOf(sweep.name), load: load1() })
    console.log(JSON.stringify(rows.at(-1)))
  }
  if (!only || only.includes('retention')) {
    const [removed, ms, n] = await time(() => applyRetention(payload, req))
    const cpu = lastCpu
    const [, msEmpty] = await time(() => applyRetention(payload, req))
    rows.push({ job: 'retention (reception records)', rule: 'JOB-06', due, acted: removed['reception-records'] ?? 0, failed: 0, ms, cpu, statements: n, msEmpty, plan: '', load: load1() })
    console.log(JSON.stringify(rows.at(-1)))
  }
}
const calendar = new SiteCalendar(payload, ids.site, 'Asia/Shanghai')
const day = calendar.today(new Date(Date.now() - 86_400_000))
const [stats, statsMs] = await time(() => statistics(payload, ids.site, day, day))
const [, monthMs] = await time(() => statistics(payload, ids.site, calendar.today(new Date(Date.now() - 30 * 86_400_000)), day))

const load = os.loadavg().map((l) => l.toFixed(2)).join(' ')
const table = [
  '| sweep | rule | due | acted | failed | statements | time with the items due | app CPU | next run (nothing due) | load (1 min) | due rows found by |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.job} | ${r.rule} | ${r.due.toLocaleString('en')} | ${r.acted.toLocaleString('en')} | ${r.failed} | ${r.statements.toLocaleString('en')} | ${r.ms.toLocaleString('en')} ms | ${r.cpu.toLocaleString('en')} ms | ${r.msEmpty} ms | ${r.load} | ${r.plan} |`),
].join('\n')
console.log(`\n${table}\n`)
const summary = `digest statistics of one day (${Object.values(stats.totals).reduce((a, b) => a + b, 0)} records): ${statsMs} ms; of 30 days: ${monthMs} ms. Load average at the end: ${load} (${os.cpus().length} cores).`
console.log(summary)
await writeFile(process.env.BENCH_OUT ?? path.join(os.tmpdir(), 'bench-sweeps.md'), `${table}\n\n${summary}\n`)
// Connections may still be held by Payload: do not wait for them, stop the database and leave.
const pool = (payload.db as unknown as { pool: { on: (e: string, f: () => void) => void; end: () => Promise<void> } }).pool
pool.on('error', () => {})
await Promise.race([pool.end().catch(() => {}), new Promise((r) => setTimeout(r, 3000))])
await Promise.race([environment.stop().catch(() => {}), new Promise((r) => setTimeout(r, 15_000))])
if (tmp) rmSync(tmp, { recursive: true, force: true })
process.exit(0)
