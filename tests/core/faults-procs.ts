/**
 * Real processes for the fault tests: the app (`src/server.ts`) and the scheduler
 * (`src/scheduler/main.ts`) started with node + tsx (no launcher in between, so a SIGKILL hits the
 * process itself), their output kept, and everything they leave behind stopped at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

export type Proc = {
  child: ChildProcess
  pid: number
  output: () => string
  /** Resolves with the exit code (or the signal) once the process has ended. */
  exited: Promise<number | string>
  running: () => boolean
}

/** Whether a process runs (not gone, not a zombie). */
export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

const started: Proc[] = []
const dataDirs: string[] = []

export const until = async <T>(what: string, check: () => Promise<T | undefined | false | null> | T | undefined | false | null, timeoutMs: number, everyMs = 200): Promise<T> => {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

/** The test run's environment minus what would point a child at the run's own setup. */
export const childEnv = (vars: Record<string, string | undefined>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ADMIN_PANEL: 'off', HOST: '127.0.0.1' }
  for (const name of ['DATABASE_URL', 'PUBLIC_URL', 'SMTP_URL', 'VITEST', 'VITEST_WORKER_ID', 'VITEST_POOL_ID']) delete env[name]
  for (const [k, v] of Object.entries(vars)) v === undefined ? delete env[k] : (env[k] = v)
  if (env.DATA_DIR) dataDirs.push(env.DATA_DIR)
  return env
}

export function run(script: string, env: NodeJS.ProcessEnv, args: string[] = []): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'gone')))
  const proc: Proc = { child, pid: child.pid!, output: () => out, exited, running: () => child.exitCode === null && child.signalCode === null }
  started.push(proc)
  return proc
}

/** The app's URL once it says it is ready (the port it really took). */
export const readyUrl = (proc: Proc, timeoutMs = 240_000) =>
  until(
    'the app to be ready',
    () => {
      if (!proc.running()) throw new Error(`the app exited:\n${proc.output().slice(-4000)}`)
      return proc.output().match(/Front desk is ready at (http:\/\/\S+?)(\/admin)?\s/)?.[1]
    },
    timeoutMs,
  )

export const healthy = async (url: string) => {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(3000) })).status === 200
  } catch {
    return false
  }
}

/** The postmaster of an embedded data folder, from its lock file. */
export const postmaster = (dataDir: string): { pid: number; port: number } | undefined => {
  try {
    const lines = readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')
    return { pid: Number(lines[0]), port: Number(lines[3]) }
  } catch {
    return undefined
  }
}

/** Kill what the tests started and any PostgreSQL still running on their data folders. */
export async function cleanUp() {
  for (const proc of started) if (proc.running()) proc.child.kill('SIGKILL')
  await Promise.all(started.map((p) => p.exited))
  for (const dir of dataDirs) {
    const pm = postmaster(dir)
    if (!pm || !isAlive(pm.pid)) continue
    try {
      process.kill(pm.pid, 'SIGINT')
    } catch {}
    await until('a left-over PostgreSQL to stop', () => !isAlive(pm.pid), 30_000).catch(() => process.kill(pm.pid, 'SIGKILL'))
  }
}
