/**
 * Where a REST create of a reception record spends its time: starts this app's server as
 * bench/peers/app.ts does, with a CPU profiler and a statement trace (bench/peers/trace.mjs) started after the warm-up,
 * drives PROFILE_N creates as the care desk user (after PROFILE_WARM_UP), stops it, and prints the
 * statements per create and the profile's top functions by self and total time.
 *
 * Also prints the CPU time per create of the app's process and of PostgreSQL (from /proc: time on a
 * core, which a busy machine does not inflate the way it inflates wall time).
 *
 * Usage: PEERS_ADMIN_PANEL=off npx tsx bench/peers/profile.ts   (PROFILE_N=2000 PROFILE_WARM_UP=300 PROFILE_TOP=40)
 *        PROFILE_KIND=list …   lists (the peers' list: a substring filter, limit 10, with the total) instead of creates
 *        PEERS_PROFILE_INTERVAL_US=0 …   only the statements and the CPU per create (no profiler)
 *        PROFILE_CALLERS=<regex> / PROFILE_PHASE=<regex>   where the time of some functions / steps comes from
 *        npx tsx bench/peers/profile.ts <file.cpuprofile>        (only read a profile)
 */
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { startAppServer } from '../../src/dev/appServer'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { filterOf, recordOf } from './types'

const TOP = Number(process.env.PROFILE_TOP ?? 40)

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export function summarise(file: string) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const selfUs = new Map<number, number>()
  profile.samples.forEach((id, k) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)))
  const short = (url: string) => url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '~').replace(`${process.cwd()}/`, '')
  const keyOf = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`
  const packageOf = (n: Node) => {
    const url = short(n.callFrame.url)
    if (!url) return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native)'
    if (url.startsWith('~')) return url.slice(1).split('/').slice(0, url.startsWith('~@') ? 2 : 1).join('/')
    if (url.startsWith('node:')) return url
    return url.split('/').slice(0, 2).join('/')
  }
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const pkgSelf = new Map<string, number>()
  let all = 0
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!
    all += us
    self.set(keyOf(n), (self.get(keyOf(n)) ?? 0) + us)
    pkgSelf.set(packageOf(n), (pkgSelf.get(packageOf(n)) ?? 0) + us)
    // Total: every distinct function on the stack gets the sample once.
    const seen = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf(byId.get(cur)!)
      if (seen.has(k)) continue
      seen.add(k)
      total.set(k, (total.get(k) ?? 0) + us)
    }
  }
  const top = (m: Map<string, number>, n = TOP) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
  const pct = (us: number) => `${((us / all) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms`
  console.log(`\nprofile ${path.basename(file)}: ${(all / 1000).toFixed(0)} ms sampled`)
  console.log('\n— self time by package/folder —')
  for (const [k, us] of top(pkgSelf, 25)) console.log(`${pct(us)}  ${k}`)
  console.log(`\n— top ${TOP} by self time —`)
  for (const [k, us] of top(self)) console.log(`${pct(us)}  ${k}`)
  console.log(`\n— top ${TOP} by total time —`)
  for (const [k, us] of top(total)) console.log(`${pct(us)}  ${k}`)
  // PROFILE_CALLERS=<regex>: where the self time of matching functions comes from (the stack above them, 8 frames).
  const wanted = process.env.PROFILE_CALLERS ? new RegExp(process.env.PROFILE_CALLERS) : undefined
  if (wanted) {
    const stacks = new Map<string, number>()
    for (const [id, us] of selfUs) {
      const n = byId.get(id)!
      if (!wanted.test(keyOf(n))) continue
      const frames: string[] = []
      for (let cur = parent.get(id); cur !== undefined && frames.length < 8; cur = parent.get(cur)) {
        const f = byId.get(cur)!
        if (f.callFrame.functionName === '(root)') break
        frames.push(keyOf(f))
      }
      const k = `${keyOf(n)}\n      ← ${frames.join('\n      ← ')}`
      stacks.set(k, (stacks.get(k) ?? 0) + us)
    }
    console.log(`\n— callers of /${wanted.source}/ —`)
    for (const [k, us] of top(stacks, 25)) console.log(`${pct(us)}  ${k}`)
  }
  // Phases: each sample goes to the nearest frame above it that names a step of a request.
  const phases: [string, RegExp][] = [
    ['pg: socket write', /^(writev|writeBuffer) /],
    ['staff load (auth)', /loadStaffMember|leanJWT|JWTAuthentication|executeAuthStrategies|jwtVerify|flattenedVerify/],
    ['audit', /recordAudit|auditRow|hooks\/audit\.ts/],
    ['db: create (insert + read-back)', /upsertRow|~@payloadcms\/drizzle\/dist\/create\.js|src\/db\/createReturning/],
    ['db: find (page + count)', /findMany|~@payloadcms\/drizzle\/dist\/find|src\/db\/pageWithCount/],
    ['db: statements travelling together', /src\/db\/deferredWrites/],
    ['db: transaction begin/commit', /beginTransaction|commitTransaction|initTransaction|killTransaction/],
    ['field hooks: beforeValidate', /fields\/hooks\/beforeValidate/],
    ['field hooks: beforeChange (validate)', /fields\/hooks\/beforeChange/],
    ['field hooks: afterChange', /fields\/hooks\/afterChange/],
    ['field hooks: afterRead', /fields\/hooks\/afterRead/],
    ['validInput', /validInput/],
    ['collection hooks (app)', /^[^~]*(hooks|collections)\//],
    ['create / find operation', /createOperation|findOperation|createHandler|findHandler|endpoint\.handler/],
    ['PayloadRequest (i18n, url, qs, dataloader)', /createPayloadRequest|initI18n|getRequestLanguage|getDataLoader|addDataAndFileToRequest/],
    ['handleEndpoints (routing, response)', /handleEndpoints|headersWithCors/],
    ['bridge: express → Request → express', /src\/http\/(web|app)\.ts/],
    ['guard', /src\/http\/guard\.ts/],
    ['express / node http', /~router|~express|_http_|node:net|~body-parser|~raw-body/],
    ['pg client', /~pg|~pg-protocol|~pg-pool/],
    ['drizzle', /~drizzle-orm/],
    ['profiler / trace', /bench\/peers\/trace|^dispatch /],
  ]
  const phase = new Map<string, number>()
  // PROFILE_PHASE=<regex>: the functions that spend the self time of the matching steps.
  const inPhase = process.env.PROFILE_PHASE ? new RegExp(process.env.PROFILE_PHASE) : undefined
  const phaseSelf = new Map<string, number>()
  for (const [id, us] of selfUs) {
    let name: string | undefined
    const leaf = byId.get(id)!
    if (['(idle)', '(garbage collector)', '(program)'].includes(leaf.callFrame.functionName)) name = leaf.callFrame.functionName
    for (let cur: number | undefined = id; !name && cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf(byId.get(cur)!)
      name = phases.find(([, re]) => re.test(k))?.[0]
    }
    name ??= `other: ${packageOf(leaf)}`
    phase.set(name, (phase.get(name) ?? 0) + us)
    if (inPhase && inPhase.test(name)) phaseSelf.set(`${name} | ${keyOf(leaf)}`, (phaseSelf.get(`${name} | ${keyOf(leaf)}`) ?? 0) + us)
  }
  const perCreate = Number(process.env.PROFILE_N ?? 2000)
  console.log(`\n— by step (nearest step above each sample; ms per request over ${perCreate}) —`)
  for (const [k, us] of top(phase, 40)) console.log(`${pct(us)}  ${(us / 1000 / perCreate).toFixed(3).padStart(7)} ms  ${k}`)
  if (inPhase) {
    console.log(`\n— inside /${inPhase.source}/ —`)
    for (const [k, us] of top(phaseSelf, 60)) console.log(`${pct(us)}  ${(us / 1000 / perCreate).toFixed(3).padStart(7)} ms  ${k}`)
  }
  return { all, self, total }
}

if (process.argv[2]) {
  summarise(process.argv[2])
  process.exit(0)
}

/** CPU seconds (user, system) a process has used so far, from /proc (Linux). */
const cpuOf = (pid: number): [number, number] => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
    return [Number(fields[11]) / 100, Number(fields[12]) / 100]
  } catch {
    return [0, 0]
  }
}
/** The backends serving the app's database (not autovacuum, the checkpointer or the WAL writer, whose turns are noise here). */
const postgresCpu = (postmaster: number): [number, number] => {
  let user = 0
  let system = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
      if (Number(stat[1]) !== postmaster) continue
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(' profiled ')) continue
      user += Number(stat[11]) / 100
      system += Number(stat[12]) / 100
    } catch {}
  }
  return [user, system]
}

const N = Number(process.env.PROFILE_N ?? 2000)
/** PROFILE_KIND=list: profile lists (a substring filter, limit 10, the total) instead of creates. */
const KIND = process.env.PROFILE_KIND === 'list' ? 'list' : 'create'
const WARM_UP = Number(process.env.PROFILE_WARM_UP ?? 300)
const dir = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-peers-profile-'))
chmodSync(dir, 0o755)
const profileFile = path.join(os.tmpdir(), `frontdesk-create-${Date.now()}-${process.pid}.cpuprofile`)
const traceFile = path.join(dir, 'trace.json')
const database = await startEmbeddedPostgres({ dir: path.join(dir, 'postgres'), database: 'frontdesk', quiet: true, durable: true })
try {
  const admin = new pg.Client({ connectionString: database.url.replace(/\/[^/]+$/, '/postgres') })
  await admin.connect()
  await admin.query('DROP DATABASE IF EXISTS profiled')
  await admin.query('CREATE DATABASE profiled')
  await admin.end()
  const panelOff = process.env.PEERS_ADMIN_PANEL === 'off'
  if (panelOff) process.env.SKIP_BUILD = '1'
  const server = await startAppServer(
    {
      DATA_DIR: path.join(dir, 'data'),
      DATABASE_URL: database.url.replace(/\/[^/]+$/, '/profiled'),
      PAYLOAD_SECRET: 'bench-peers-secret-0123456789abcdef0123456789',
      LOGIN_RATE_LIMIT: '1000',
      ADMIN_PANEL: panelOff ? 'off' : undefined,
      PEERS_TRACE_FILE: traceFile,
      PEERS_PROFILE_FILE: profileFile,
    },
    ['node', '--import', './bench/peers/trace.mjs', '--import', 'tsx', 'src/server.ts'],
  )
  const login = await fetch(`${server.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'front-desk@care.demo.local', password: DEMO_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`sign-in: ${login.status} ${await login.text()}`)
  const { token, user } = (await login.json()) as { token: string; user: { sites: { site: number | { id: number } }[] } }
  const first = user.sites[0].site
  const site = typeof first === 'object' ? first.id : first
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const create = async (i: number) => {
    const response = await fetch(`${server.url}/api/reception-records`, { method: 'POST', headers, body: JSON.stringify({ ...recordOf(i), site }) })
    if (response.status !== 201) throw new Error(`create: ${response.status} ${await response.text()}`)
    return response.json()
  }
  const list = async (i: number) => {
    const response = await fetch(`${server.url}/api/reception-records?limit=10&where[visitorName][contains]=${encodeURIComponent(filterOf(i))}`, { headers })
    if (response.status !== 200) throw new Error(`list: ${response.status} ${await response.text()}`)
    return response.json()
  }
  const step = KIND === 'list' ? list : create
  for (let i = 0; i < WARM_UP; i++) await create(i)
  for (let i = 0; KIND === 'list' && i < WARM_UP; i++) await list(i)
  writeFileSync(`${profileFile}.start`, '')
  await new Promise((r) => setTimeout(r, 500))
  const serverBefore = cpuOf(server.pid)
  const postgresBefore = postgresCpu(database.pid)
  const started = performance.now()
  for (let i = 0; i < N; i++) await step(WARM_UP + i)
  const ms = performance.now() - started
  const serverAfter = cpuOf(server.pid)
  const postgresAfter = postgresCpu(database.pid)
  const per = (after: [number, number], before: [number, number], k: 0 | 1) => (((after[k] - before[k]) * 1000) / N).toFixed(2)
  console.log(`${N} ${KIND}s: ${(ms / N).toFixed(2)} ms each (mean, client side); load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  console.log(`CPU per ${KIND}: app server ${per(serverAfter, serverBefore, 0)} ms user + ${per(serverAfter, serverBefore, 1)} ms system; PostgreSQL backends ${per(postgresAfter, postgresBefore, 0)} ms user + ${per(postgresAfter, postgresBefore, 1)} ms system${process.env.PEERS_PROFILE_INTERVAL_US === '0' ? ' (no profiler)' : ' (with the profiler running)'}`)
  writeFileSync(`${profileFile}.stop`, '')
  for (let k = 0; k < 600 && !existsSync(profileFile); k++) await new Promise((r) => setTimeout(r, 100))
  await new Promise((r) => setTimeout(r, 1000)) // the write finishing
  await server.stop()
  const trace = JSON.parse(readFileSync(traceFile, 'utf8')) as [string, number][]
  const statements = trace.reduce((s, [, c]) => s + c, 0)
  console.log(`\nstatements per ${KIND}: ${(statements / N).toFixed(2)}`)
  for (const [text, count] of trace.slice(0, 15)) console.log(`${(count / N).toFixed(2).padStart(6)}  ${text}`)
  for (const control of ['start', 'stop']) rmSync(`${profileFile}.${control}`, { force: true })
  if (process.env.PEERS_PROFILE_INTERVAL_US !== '0') {
    console.log(`profile kept at ${profileFile}`)
    summarise(profileFile)
  } else rmSync(profileFile, { force: true })
} finally {
  await database.stop()
  rmSync(dir, { recursive: true, force: true })
}
