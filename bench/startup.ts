/**
 * bench/startup: time from `npm start` to a healthy /healthz, on a fresh data folder (first start:
 * initdb, migrations, demo data) and again on the same folder (second start), then the idle RSS of
 * the server process. The production build is made first and not counted (run `npm run build`).
 * Usage: npx tsx bench/startup.ts
 */
import { execSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startAppServer } from '../src/dev/appServer'
import { report, rssMb } from './stats'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-'))
chmodSync(dataDir, 0o755)
const env = { DATA_DIR: dataDir, DATABASE_URL: undefined, PAYLOAD_SECRET: undefined }

/** The node process that runs src/server.ts (npm and tsx sit in front of it). */
const serverPid = (root: number): number => {
  const tree = execSync(`ps -o pid=,args= --ppid ${root}; ps -eo pid=,args=`).toString()
  const line = tree.split('\n').find((l) => l.includes('src/server.ts') && l.includes('node') && !l.includes('npm'))
  return Number(line?.trim().split(/\s+/)[0] ?? root)
}

const first = await startAppServer(env, ['npm', 'start'])
await first.stop()
const second = await startAppServer(env, ['npm', 'start'])
await new Promise((r) => setTimeout(r, 10_000))
const pid = serverPid(second.pid)
const idleRss = rssMb(pid)
await second.stop()
rmSync(dataDir, { recursive: true, force: true })

report('startup', {
  firstStartMs: first.readyMs,
  secondStartMs: second.readyMs,
  idleRssMb: idleRss,
  aim: { secondStartMs: 15_000, idleRssMb: 400 },
})
