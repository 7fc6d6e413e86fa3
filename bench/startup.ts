/**
 * bench/startup: time from `npm start` to a healthy /healthz, on a fresh data folder (first start:
 * initdb, migrations, demo data) and again on the same folder (second start), then the server
 * process's memory once idle (default 30 s after it is ready, no request but /healthz): its RSS
 * from /proc, and what the process says of itself (heap, what is loaded; src/memory.ts, through
 * MEMORY_REPORT). With BENCH_VARIANTS=1 the second start is repeated without the scheduler
 * (SCHEDULER=off) and without the admin panel (ADMIN_PANEL=off), which says what those hold.
 * The production build is made first and not counted (run `npm run build`). Figures:
 * docs/FIGURES-memory.md.
 * Usage: npx tsx bench/startup.ts   (BENCH_IDLE_S=30, BENCH_VARIANTS=1)
 */
import { execSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startAppServer, type AppServer } from '../src/dev/appServer'
import { report, rssMb } from './stats'

const idleS = Number(process.env.BENCH_IDLE_S ?? 30)
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-'))
chmodSync(dataDir, 0o755)
const env = { DATA_DIR: dataDir, DATABASE_URL: undefined, PAYLOAD_SECRET: undefined, MEMORY_REPORT: String(Math.max(1, idleS - 2)) }

/** The server's RSS: of the processes it started (npm, sh, cross-env, the server), the largest — not other servers on the machine. */
const serverRssMb = (root: number): number => {
  const rows = execSync('ps -eo pid=,ppid=').toString().trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number))
  const tree = new Set([root])
  for (let grew = true; grew; ) {
    grew = false
    for (const [pid, ppid] of rows) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true))
  }
  return Math.max(...[...tree].map((pid) => rssMb(pid) || 0))
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ')

/** Start on the same data folder, wait until idle, read the memory, stop. */
async function idle(extra: Record<string, string> = {}) {
  const server: AppServer = await startAppServer({ ...env, ...extra }, ['npm', 'start'])
  await new Promise((r) => setTimeout(r, idleS * 1000))
  const rss = serverRssMb(server.pid)
  const line = server.output().split('\n').find((l) => l.startsWith('memory: '))
  const self = line ? JSON.parse(line.slice('memory: '.length)) : undefined
  const loadAtIdle = load()
  await server.stop()
  return { startMs: server.readyMs, idleRssMb: rss, self, load: loadAtIdle }
}

const first = await startAppServer(env, ['npm', 'start'])
await first.stop()
const second = await idle()
const variants = process.env.BENCH_VARIANTS === '1' ? { schedulerOff: await idle({ SCHEDULER: 'off' }), adminPanelOff: await idle({ ADMIN_PANEL: 'off' }) } : undefined
rmSync(dataDir, { recursive: true, force: true })

report('startup', {
  firstStartMs: first.readyMs,
  secondStartMs: second.startMs,
  idleAfterS: idleS,
  idleRssMb: second.idleRssMb,
  process: second.self,
  loadAverage: second.load,
  cores: os.cpus().length,
  variants,
  aim: { secondStartMs: 15_000, idleRssMb: 250 },
})
