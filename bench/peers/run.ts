/**
 * bench/peers: this app's REST path against the limit (raw node-postgres) and its peers (Directus and
 * a vanilla Payload, when npm can install them) on one embedded PostgreSQL 15 (durable: fsync on),
 * each on its own database. The workload of each: 50 warm-up creates; 1,000 sequential creates;
 * 1,000 lists with a substring filter, limit 10 and the total count; 2,000 creates with 8 in flight —
 * cut into alternating rounds (every system runs its share of round 1, then of round 2 …, in a
 * rotating order), so that a change in the machine's load falls on all of them alike.
 * Prints the table and the ratios to raw, with the machine's load average; writes bench/results/peers.json.
 *
 * Usage: npm run bench:peers
 *   PEERS=raw,app,floor,floor1,payload,directus   which systems (raw and app always run; floor: raw's statements behind a
 *                                    bare node:http server; floor1: the same with a list's page and total in one statement)
 *   PEERS_ROUNDS=5  BENCH_N=1000     rounds; sequential creates and lists (8-in-flight creates: 2 × BENCH_N)
 *   PEERS_DIR=<tmp>/frontdesk-peers  where the peers' npm packages are installed (reused by the next run)
 *   PEERS_INSTALL_MINUTES=20  PEERS_BUILD_MINUTES=45   how long npm install / the Directus native build may take
 *   SKIP_BUILD=1                     serve the app from the production build as it is (the REST path does not use Next)
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { percentile, report, rssMb } from '../stats'
import { appPeer } from './app'
import { directusPeer } from './directus'
import { payloadPeer } from './payload'
import { httpFloorPeer } from './httpFloor'
import { rawPeer } from './raw'
import type { Peer } from './types'

const N = Number(process.env.BENCH_N ?? 1000)
const ROUNDS = Number(process.env.PEERS_ROUNDS ?? 5)
const WARM_UP = 50
const IN_FLIGHT = 8
const wanted = new Set((process.env.PEERS ?? 'raw,app,floor,floor1,payload,directus').split(',').map((s) => s.trim()))

const dir = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-peers-db-'))
chmodSync(dir, 0o755)
const database = await startEmbeddedPostgres({ dir: path.join(dir, 'postgres'), database: 'frontdesk', quiet: true, durable: true })
const urlOf = (name: string) => database.url.replace(/\/[^/]+$/, `/${name}`)
const createDatabase = async (name: string) => {
  const client = new pg.Client({ connectionString: urlOf('postgres') })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS ${name}`)
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  return urlOf(name)
}
const dbAccess = { adminUrl: urlOf('postgres'), urlOf, createDatabase }

const peers: Peer[] = []
const skipped: Record<string, string> = {}
const loads: number[][] = []
const sampleLoad = () => loads.push(os.loadavg().map((l) => +l.toFixed(2)))

type Samples = { create: number[]; list: number[]; burstMs: number; burstCount: number; rounds: { create: number; list: number; perSecond: number }[] }
const samples = new Map<string, Samples>()

const time = async (run: () => Promise<void>) => {
  const start = performance.now()
  await run()
  return performance.now() - start
}

try {
  sampleLoad()
  console.log(`PostgreSQL 15 (embedded, fsync on) on port ${database.port}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  const app = await appPeer(await createDatabase('frontdesk'))
  console.log(`this app: ready (pid ${app.pid})`)
  const raw = await rawPeer(app.databaseUrl, app.site, app.staff)
  peers.push(raw, app)
  for (const [key, inOne] of [['floor', false], ['floor1', true]] as const) {
    if (!wanted.has(key)) {
      skipped[key] = 'not asked for (PEERS)'
      continue
    }
    const floor = await httpFloorPeer(app.databaseUrl, app.site, app.staff, inOne)
    peers.push(floor)
    console.log(`${floor.name}: ready`)
  }
  for (const [key, setup] of [['payload', payloadPeer], ['directus', directusPeer]] as const) {
    if (!wanted.has(key)) {
      skipped[key] = 'not asked for (PEERS)'
      continue
    }
    try {
      const peer = await setup(dbAccess)
      if ('skipped' in peer) skipped[key] = peer.skipped
      else peers.push(peer)
    } catch (error) {
      skipped[key] = `${(error as Error).message.slice(0, 800)}`
    }
    if (skipped[key]) console.log(`${key}: skipped — ${skipped[key]}`)
    else console.log(`${key}: ready`)
  }

  let counter = 0
  for (const peer of peers) {
    samples.set(peer.name, { create: [], list: [], burstMs: 0, burstCount: 0, rounds: [] })
    for (let i = 0; i < WARM_UP; i++) await peer.create(counter++)
    for (let i = 0; i < 20; i++) await peer.list(i)
  }

  const perRound = (total: number, round: number) => Math.floor((total * (round + 1)) / ROUNDS) - Math.floor((total * round) / ROUNDS)
  for (let round = 0; round < ROUNDS; round++) {
    const order = peers.map((_, k) => peers[(k + round) % peers.length])
    for (const peer of order) {
      const s = samples.get(peer.name)!
      const creates: number[] = []
      for (let i = 0; i < perRound(N, round); i++) {
        const k = counter++
        creates.push(await time(() => peer.create(k)))
      }
      const lists: number[] = []
      for (let i = 0; i < perRound(N, round); i++) lists.push(await time(() => peer.list(i)))
      const burst = perRound(2 * N, round)
      let next = 0
      const burstMs = await time(async () => {
        await Promise.all(
          Array.from({ length: IN_FLIGHT }, async () => {
            while (next < burst) {
              next++
              await peer.create(counter++)
            }
          }),
        )
      })
      s.create.push(...creates)
      s.list.push(...lists)
      s.burstMs += burstMs
      s.burstCount += burst
      s.rounds.push({ create: percentile(creates, 50), list: percentile(lists, 50), perSecond: (burst / burstMs) * 1000 })
    }
    sampleLoad()
    console.log(`round ${round + 1}/${ROUNDS} done; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  }

  const rawS = samples.get(peers[0].name)!
  const rawCreate = percentile(rawS.create, 50)
  const rawList = percentile(rawS.list, 50)
  const rawRate = (rawS.burstCount / rawS.burstMs) * 1000
  const ms = (v: number) => +v.toFixed(2)
  const range = (values: number[], digits = 2) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`
  const rows = peers.map((peer) => {
    const s = samples.get(peer.name)!
    const rate = (s.burstCount / s.burstMs) * 1000
    return {
      system: peer.name,
      createP50: ms(percentile(s.create, 50)),
      createP95: ms(percentile(s.create, 95)),
      listP50: ms(percentile(s.list, 50)),
      listP95: ms(percentile(s.list, 95)),
      createsPerSecond: Math.round(rate),
      rssMb: peer.pid ? rssMb(peer.pid) : undefined,
      createRatio: +(percentile(s.create, 50) / rawCreate).toFixed(1),
      listRatio: +(percentile(s.list, 50) / rawList).toFixed(2),
      throughputPercentOfRaw: +((rate / rawRate) * 100).toFixed(1),
      // The same ratios round by round (each against raw's figure of that round).
      createRatioByRound: range(s.rounds.map((r, k) => r.create / rawS.rounds[k].create), 1),
      listRatioByRound: range(s.rounds.map((r, k) => r.list / rawS.rounds[k].list)),
      throughputPercentByRound: range(s.rounds.map((r, k) => (r.perSecond / rawS.rounds[k].perSecond) * 100), 1),
    }
  })
  const load1 = loads.map((l) => l[0])
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    node: process.version,
    loadAverage1m: { min: Math.min(...load1), max: Math.max(...load1), samples: loads },
  }

  console.log(`\n| | create p50 (p95) | list10 + count p50 (p95) | creates/s at ${IN_FLIGHT} in flight | RSS after |`)
  console.log('|---|---|---|---|---|')
  for (const r of rows) console.log(`| ${r.system} | ${r.createP50} ms (${r.createP95}) | ${r.listP50} ms (${r.listP95}) | ${r.createsPerSecond} | ${r.rssMb ? `${r.rssMb} MB` : '—'} |`)
  console.log(`\n| ratio to raw | create | list + count | throughput |`)
  console.log('|---|---|---|---|')
  for (const r of rows.slice(1)) {
    console.log(`| ${r.system} | ${r.createRatio}× (rounds ${r.createRatioByRound}) | ${r.listRatio}× (rounds ${r.listRatioByRound}) | ${r.throughputPercentOfRaw} % (rounds ${r.throughputPercentByRound}) |`)
  }
  for (const [key, why] of Object.entries(skipped)) console.log(`\n${key} not measured: ${why}`)
  console.log(`\nload average (1 min) during the run: ${machine.loadAverage1m.min}–${machine.loadAverage1m.max} on ${machine.cpus} cores`)
  report('peers', {
    workload: { warmUp: WARM_UP, sequentialCreates: N, lists: N, concurrentCreates: 2 * N, inFlight: IN_FLIGHT, rounds: ROUNDS },
    postgres: 'embedded PostgreSQL 15, fsync on, one database per system',
    aims: { createRatioMax: 15, listRatioMax: 1.3, throughputPercentMin: 6 },
    rows,
    skipped,
    machine,
  })
} finally {
  for (const peer of peers.reverse()) await peer.stop().catch((e) => console.error(`stopping ${peer.name}:`, e))
  await database.stop()
  rmSync(dir, { recursive: true, force: true })
}
