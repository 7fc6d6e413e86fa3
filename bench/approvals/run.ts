/**
 * bench/approvals: server time of the GET (confirmation page) and the POST (decision) of e-mailed
 * approval links over 1,000 decisions on 1,000 nursing-fee changes, and the time to deliver 1,000
 * outbox e-mails to a local SMTP peer (smtp-server).
 *
 * Usage: npm run bench:approvals  (BENCH_DECISIONS=1000, BENCH_MAILS=1000 to change sizes)
 * Uses a throw-away embedded PostgreSQL unless DATABASE_URL is set (that database is emptied!).
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import express from 'express'
import { createLocalReq, getPayload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { prepareEnvironment } from '../../src/db/environment'
import { migrations } from '../../src/migrations'
import { ensurePositions } from '../../src/seed/positions'
import { approvalRouter } from '../../src/http/approvals/router'
import { closeMailTransports, deliverOutbox, queueMail } from '../../src/lib/mail'
import { smtpPeer } from '../../tests/workflow/smtp-peer'
import { report, summary } from '../stats'

const decisions = Number(process.env.BENCH_DECISIONS ?? 1000)
const mails = Number(process.env.BENCH_MAILS ?? 1000)

let tmp = ''
if (!process.env.DATABASE_URL) {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-approvals-'))
  chmodSync(tmp, 0o755)
  process.env.DATA_DIR = tmp
}
process.env.PAYLOAD_SECRET ||= 'bench-secret-bench-secret-bench-secret'
const environment = await prepareEnvironment({ quiet: true })
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config, cron: false })
await payload.db.migrate({ migrations: migrations as never })
type Db = { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
const db = (payload.db as unknown as { drizzle: Db }).drizzle
const { rows: tables } = await db.execute(sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'payload_migrations'`)
await db.execute(sql.raw(`TRUNCATE ${tables.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`))

// The approval pages on an express app of their own, timed from request to finished response.
const times: Record<string, number[]> = { GET: [], POST: [] }
const app = express()
app.use('/approve', (req, res, next) => {
  const start = performance.now()
  res.on('finish', () => times[req.method]?.push(performance.now() - start))
  next()
}, approvalRouter(payload))
const server = app.listen(0, '127.0.0.1')
await new Promise((r) => server.once('listening', r))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
process.env.PUBLIC_URL = base

// A care home with one holder per position of the chain.
const positions = await ensurePositions(payload)
const site = await payload.create({ collection: "sites", data: { name: "基准院", code: "bench", type: "care-home" } as never })
const person = (slug: string, i: number) =>
  payload.create({ collection: 'staff', data: { name: `${slug}-${i}`, email: `${slug}@bench.local`, password: 'bench-pass-1', positions: [positions.get(slug)!], language: 'zh', sites: [{ site: site.id }], roles: ['staff'] } })
const desk = await person('front-desk', 0)
for (const [i, slug] of ['health-care-supervisor', 'admin-director', 'dean', 'cashier'].entries()) await person(slug, i)
const elder = await payload.create({ collection: 'elders', data: { name: '张桂兰', gender: 'female', birthDate: '1940-05-01', site: site.id, nursingFee: 3000 } as never })

const loadBefore = os.loadavg()[0]
const t0 = performance.now()
const req = await createLocalReq({ user: { ...desk, collection: 'staff' } as never, context: { channel: 'admin' } }, payload)
for (let i = 0; i < decisions; i++) {
  await payload.create({ collection: 'fee-changes', data: { site: site.id, elder: elder.id, newFee: 3000 + i, reason: '基准测试' } as never, req })
}
const createMs = performance.now() - t0
console.log(`created ${decisions} fee changes in ${(createMs / 1000).toFixed(1)} s`)

const { docs: outbox } = await payload.find({ collection: 'mail-outbox', where: { to: { equals: 'health-care-supervisor@bench.local' } }, limit: decisions * 2, pagination: false, overrideAccess: true, depth: 0 })
const links = outbox.flatMap((m) => [...String(m.text).matchAll(/(https?:\/\/\S+\/approve\/[A-Za-z0-9_-]{43})\?d=approve/g)].map((x) => x[1]))
console.log(`${links.length} approval links`)

for (const link of links.slice(0, decisions)) {
  const page = await fetch(`${link}?d=approve`)
  await page.text()
  if (page.status !== 200) throw new Error(`GET ${page.status}`)
  const res = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approved&comment=ok' })
  await res.text()
  if (res.status !== 200) throw new Error(`POST ${res.status}`)
}
const { totalDocs: signed } = await payload.count({ collection: 'approvals', overrideAccess: true })
console.log(`${signed} decisions signed`)

// Outbox → SMTP: 1,000 fresh mails to a local smtp-server, per-message connections and pooled.
async function deliverAll(query: string) {
  await db.execute(sql`DELETE FROM mail_outbox`)
  for (let i = 0; i < mails; i++) await queueMail(payload, { to: `family${i}@bench.local`, subject: `账单 ${i}`, text: '您好,本月护理费账单已出,请查收。' })
  const peer = await smtpPeer()
  await peer.start()
  const start = performance.now()
  let sent = 0
  while (sent < mails) {
    const r = await deliverOutbox(payload, { smtpUrl: `${peer.url}${query}`, limit: 100 })
    if (r.sent + r.failed === 0) break
    sent += r.sent
  }
  await peer.waitFor(mails, 60_000)
  const ms = performance.now() - start
  const received = peer.received.length
  closeMailTransports()
  await peer.stop()
  return { mails, sent, received, seconds: +(ms / 1000).toFixed(2), perSecond: Math.round(mails / (ms / 1000)) }
}
const perMessage = await deliverAll('')
const pooled = await deliverAll('&pool=true&maxConnections=5')

const results = {
  machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model}`,
  loadAverage: { atStart: +loadBefore.toFixed(1), atEnd: +os.loadavg()[0].toFixed(1) },
  decisions: signed,
  createFeeChangeMs: +(createMs / decisions).toFixed(2),
  getMs: summary(times.GET),
  postMs: summary(times.POST),
  outbox: { perMessage, pooled },
}
report('approvals', results)

const md = `# Figures — workflow (issue 3)

Measured by \`npm run bench:approvals\` (bench/approvals/run.ts) on ${results.machine}, embedded PostgreSQL 15,
${new Date().toISOString().slice(0, 10)}, 1-minute load average ${results.loadAverage.atStart} at the start and
${results.loadAverage.atEnd} at the end (other test runs shared the machine). Server time = from the request reaching the approval router to the
response finishing (express, same process as Payload).

## E-mailed approval links (WF-06), ${signed} decisions

| | p50 | p95 | p99 |
|---|---|---|---|
| GET /approve/:token (checks + summary page) | ${results.getMs.p50} ms | ${results.getMs.p95} ms | ${results.getMs.p99} ms |
| POST /approve/:token (row lock, signature, next step's token + mail, audit) | ${results.postMs.p50} ms | ${results.postMs.p95} ms | ${results.postMs.p99} ms |

Creating one nursing-fee change (hooks: chain check, token, approval mail, notification mail cc dean, call task, audit): ${results.createFeeChangeMs} ms on average (Local API).

## Outbox → SMTP (WF-09), ${mails} e-mails to a local smtp-server

| transport | sent | received by the peer | time | mails/s |
|---|---|---|---|---|
| one connection per message (\`SMTP_URL\` as is) | ${perMessage.sent} | ${perMessage.received} | ${perMessage.seconds} s | ${perMessage.perSecond} |
| pooled (\`?pool=true&maxConnections=5\`) | ${pooled.sent} | ${pooled.received} | ${pooled.seconds} s | ${pooled.perSecond} |
`
writeFileSync(path.resolve('docs/FIGURES-workflow.md'), md)
console.log('wrote docs/FIGURES-workflow.md')

server.close()
const pool = (payload.db as unknown as { pool: { on: (e: string, f: () => void) => void; end: () => Promise<void> } }).pool
pool.on('error', () => {})
await pool.end().catch(() => {})
await environment.stop()
if (tmp) rmSync(tmp, { recursive: true, force: true })
process.exit(0)
