/**
 * bench/sweeps: each deadline sweep (and the retention job) timed with 100 and with 10,000 items due,
 * on 1,000,000 reception records and 200,000 mostly closed reservations; then again with nothing
 * left due (the idempotent second run, which is the cost of every ordinary tick).
 * Aim: under 1 s with 100 due on 1,000,000 rows — time follows what is due, not the table size.
 *
 * Usage: npm run bench:sweeps  (BENCH_RECORDS, BENCH_RESERVATIONS, BENCH_DUE=100,10000 to change sizes)
 * Uses a throw-away embedded PostgreSQL unless DATABASE_URL is set (that database is emptied!).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq, getPayload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { prepareEnvironment } from '../../src/db/environment'
import { migrations } from '../../src/migrations'
import { sweeps } from '../../jobs/sweeps'
import { applyRetention } from '../../jobs/retention'
import { statistics } from '../../jobs/digest/statistics'
import { SiteCalendar } from '../../src/lib/calendar'
import { db, makeDue, seedVolume } from './seed'

const records = Number(process.env.BENCH_RECORDS ?? 1_000_000)
const reservations = Number(process.env.BENCH_RESERVATIONS ?? 200_000)
const dues = (process.env.BENCH_DUE ?? '100,10000').split(',').map(Number)

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

const t0 = Date.now()
const ids = await seedVolume(payload, { records, reservations })
console.log(`seeded ${records} reception records, ${reservations} reservations, 200000 call tasks in ${((Date.now() - t0) / 1000).toFixed(0)} s`)

const req = await createLocalReq({ context: { channel: 'job' } }, payload)
const site = { id: ids.site, name: 'bench', timeZone: 'Asia/Shanghai', opensAt: '08:30', closesAt: '17:30' }
const calendar = new SiteCalendar(payload, ids.site, site.timeZone)

type Row = { job: string; rule: string; due: number; acted: number; ms: number; msEmpty: number }
const rows: Row[] = []
const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now()
  const value = await fn()
  return [value, Math.round(performance.now() - start)]
}
const count = (r: unknown) => (typeof r === 'number' ? r : typeof r === 'object' && r && 'acted' in r ? Number((r as { acted: number }).acted) : Number(r))

for (const due of dues) {
  await makeDue(payload, ids, due)
  for (const sweep of sweeps.filter((s) => ['reservations.hold', 'call-tasks.call'].includes(s.name))) {
    const run = () => (sweep.perSite ? sweep.run({ payload, req, now: new Date(), site, calendar }) : sweep.run({ payload, req, now: new Date() }))
    const [acted, ms] = await time(run)
    const [, msEmpty] = await time(run)
    rows.push({ job: sweep.name, rule: sweep.rule, due, acted: count(acted), ms, msEmpty })
    console.log(JSON.stringify(rows.at(-1)))
  }
  const [removed, ms] = await time(() => applyRetention(payload, req))
  const [, msEmpty] = await time(() => applyRetention(payload, req))
  rows.push({ job: 'retention', rule: 'JOB-06', due, acted: removed['reception-records'] ?? 0, ms, msEmpty })
  console.log(JSON.stringify(rows.at(-1)))
}
const day = calendar.today(new Date(Date.now() - 86_400_000))
const [stats, statsMs] = await time(() => statistics(payload, ids.site, day, day))
const [, monthMs] = await time(() => statistics(payload, ids.site, calendar.today(new Date(Date.now() - 30 * 86_400_000)), day))

const table = [
  '| job | rule | due | acted | time with the items due | time of the next run (nothing due) |',
  '|---|---|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.job} | ${r.rule} | ${r.due.toLocaleString('en')} | ${r.acted.toLocaleString('en')} | ${r.ms.toLocaleString('en')} ms | ${r.msEmpty} ms |`),
].join('\n')
console.log(`\n${table}\n`)
const summary = `digest statistics of one day (${Object.values(stats.totals).reduce((a, b) => a + b, 0)} records): ${statsMs} ms; of 30 days: ${monthMs} ms`
console.log(summary)
await writeFile(process.env.BENCH_OUT ?? path.join(os.tmpdir(), 'bench-sweeps.md'), `${table}\n\n${summary}\n`)
// Connections may still be held by Payload: do not wait for them, stop the database and leave.
const pool = (payload.db as unknown as { pool: { on: (e: string, f: () => void) => void; end: () => Promise<void> } }).pool
pool.on('error', () => {})
await Promise.race([pool.end().catch(() => {}), new Promise((r) => setTimeout(r, 3000))])
await Promise.race([environment.stop().catch(() => {}), new Promise((r) => setTimeout(r, 15_000))])
if (tmp) rmSync(tmp, { recursive: true, force: true })
process.exit(0)
