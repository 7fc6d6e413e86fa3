/**
 * bench/devices, on loopback:
 *  1. swipes: a bridge sends signed swipe events at 20/s for 60 s (open loop, one request each);
 *     each is signature + nonce check → card lookup → decision → family visit logged (or refused with
 *     a desk alert for one swipe in ten). Latency = request sent → decision received.
 *  2. pop-ups: a bridge sends signed "ringing" call events at 5/s; a signed-in admin session listens
 *     on /devices/live. Latency = event sent → pop-up received by the session.
 * Usage: npm run bench:devices  [BENCH_SECONDS=60 BENCH_RATE=20 BENCH_CALLS=300]
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { listenLive } from '../../devices/live-client'
import { signRequest } from '../../devices/security/sign'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { report, summary } from '../stats'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60)
const RATE = Number(process.env.BENCH_RATE ?? 20)
const CALLS = Number(process.env.BENCH_CALLS ?? 300)
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-devices-'))
chmodSync(dataDir, 0o755)

const child = spawn('npx', ['tsx', 'bench/devices/app.ts'], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'production', LOGIN_RATE_LIMIT: '1000' }, stdio: ['ignore', 'pipe', 'inherit'], detached: true })
const url = await new Promise<string>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`app exited ${code}`)))
  child.stdout!.on('data', (d: Buffer) => {
    const m = /ready (\S+)/.exec(d.toString())
    if (m) resolve(m[1]!)
  })
})
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

try {
  const json = async (r: Response) => ({ status: r.status, body: (await r.json().catch(() => null)) as any })
  const login = async (email: string) =>
    (await json(await fetch(`${url}/api/staff/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) }))).body
  const admin = await login('admin@demo.local')
  const desk = await login('front-desk@care.demo.local')
  const auth = { authorization: `JWT ${admin.token}`, 'content-type': 'application/json' }
  const site = desk.user.sites[0].site.id ?? desk.user.sites[0].site
  const api = async (method: string, p: string, body?: unknown) => json(await fetch(`${url}${p}`, { method, headers: auth, body: body ? JSON.stringify(body) : undefined }))

  // A bridge with its key, and 200 family cards.
  const bridge = (await api('POST', '/api/devices', { name: '门岗桥接', kind: 'bridge', driver: 'simulator', site })).body.doc
  const key = (await api('POST', `/devices/${bridge.id}/key`, {})).body as { keyId: string; secret: string }
  const elder = (await api('GET', `/api/elders?where[site][equals]=${site}&limit=1&depth=0`)).body.docs[0]
  for (let i = 0; i < 200; i++) {
    const r = await api('POST', '/api/visit-cards', { cardNumber: `B${String(i).padStart(6, '0')}`, status: 'active', holderName: `家属${i}`, elder: elder.id, deposit: 50, depositReceipt: `R${i}`, site })
    if (r.status !== 201) throw new Error(`card ${r.status} ${JSON.stringify(r.body)}`)
  }
  const signed = async (p: string, body: unknown) => {
    const text = JSON.stringify(body)
    const started = performance.now()
    const res = await fetch(`${url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', ...signRequest(key, 'POST', p, text) }, body: text })
    const out = await json(res)
    return { ms: performance.now() - started, ...out }
  }

  // 0. Warm-up, then 200 swipes one after the other: the service time without queueing.
  for (let i = 0; i < 40; i++) await signed('/devices/bridge/events', { events: [{ id: `warm-${i}-${Date.now()}`, type: 'swipe', cardNumber: `B${String(i).padStart(6, '0')}` }] })
  const sequentialMs: number[] = []
  for (let i = 0; i < 200; i++) sequentialMs.push((await signed('/devices/bridge/events', { events: [{ id: `seq-${i}-${Date.now()}`, type: 'swipe', cardNumber: `B${String(i).padStart(6, '0')}` }] })).ms)
  const loadBefore = os.loadavg()[0]

  // 1. Swipes at RATE per second for SECONDS.
  const swipeMs: number[] = []
  const refusedMs: number[] = []
  let errors = 0
  let allowed = 0
  const total = SECONDS * RATE
  const t0 = performance.now()
  const inflight: Promise<void>[] = []
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / RATE
    const wait = due - performance.now()
    if (wait > 0) await sleep(wait)
    const unknown = i % 10 === 9
    const card = unknown ? `X${i}` : `B${String(i % 200).padStart(6, '0')}`
    inflight.push(
      signed('/devices/bridge/events', { events: [{ id: `sw-bench-${i}-${Date.now()}`, type: 'swipe', cardNumber: card, reader: '正门读卡器' }] }).then((r) => {
        if (r.status !== 200) errors++
        else if (r.body.results[0].allowed) allowed++
        ;(unknown ? refusedMs : swipeMs).push(r.ms)
      }),
    )
  }
  await Promise.all(inflight)
  const elapsed = (performance.now() - t0) / 1000
  const visits = (await api('GET', `/api/visits/count?where[site][equals]=${site}`)).body.totalDocs

  // 2. Call events → pop-up in a connected admin session.
  const live = await listenLive(url, desk.token)
  const sentAt = new Map<string, number>()
  const popupMs: number[] = []
  live.onEvent((e) => {
    const sent = e.type === 'call' && e.data.call.status === 'ringing' ? sentAt.get(e.data.call.number) : undefined
    if (sent) popupMs.push(e.at - sent)
  })
  await sleep(200)
  const calls: Promise<unknown>[] = []
  for (let i = 0; i < CALLS; i++) {
    const number = `139${String(10_000_000 + i)}`
    sentAt.set(number, performance.now())
    calls.push(signed('/devices/bridge/events', { events: [{ id: `call-bench-${i}-${Date.now()}`, type: 'call', call: { type: 'ringing', id: `bench-${i}-${Date.now()}`, caller: number, at: new Date().toISOString() } }] }))
    await sleep(200)
  }
  await Promise.all(calls)
  await sleep(1000)
  live.close()

  report('devices', {
    sequentialSwipes: summary(sequentialMs),
    swipes: {
      rate: RATE, seconds: SECONDS, sent: total, achievedPerSecond: +(total / elapsed).toFixed(1), errors, allowed,
      visitsLogged: visits, allowedLatency: summary(swipeMs), refusedWithAlertLatency: summary(refusedMs), all: summary([...swipeMs, ...refusedMs]),
      aim: { p95Ms: 50 },
    },
    popups: { calls: CALLS, received: popupMs.length, latency: summary(popupMs), aim: { p95Ms: 300 } },
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadAverageBefore: +loadBefore.toFixed(2), loadAverageAfter: +os.loadavg()[0]!.toFixed(2) },
  })
} finally {
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {}
  await sleep(1500)
  rmSync(dataDir, { recursive: true, force: true })
}
