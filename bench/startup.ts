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

/** The server's RSS: of the processes running src/server.ts (npm, tsx's launcher, the server), the largest. */
const serverRssMb = (): number =>
  Math.max(
    ...execSync('ps -eo pid=,args=')
      .toString()
      .split('\n')
      .filter((l) => l.includes('src/server.ts'))
      .map((l) => rssMb(Number(l.trim().split(/\s+/)[0])) || 0),
  )

const first = await startAppServer(env, ['npm', 'start'])
await first.stop()
const second = await startAppServer(env, ['npm', 'start'])
await new Promise((r) => setTimeout(r, 10_000))
const idleRss = serverRssMb()
await second.stop()
rmSync(dataDir, { recursive: true, force: true })

report('startup', {
  firstStartMs: first.readyMs,
  secondStartMs: second.readyMs,
  idleRssMb: idleRss,
  aim: { secondStartMs: 15_000, idleRssMb: 400 },
})
