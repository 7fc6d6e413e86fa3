/**
 * Start the real server as `npm start` does (production build, own process, its node flags and
 * malloc arenas) and wait until it is healthy. Used by the browser tests and the benchmarks.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildIsCurrent } from '../build'
import { freePort } from '../db/embedded'

/** `npm start` as package.json writes it (`cross-env NAME=value … node <flags> src/server.ts`): what is measured is what runs. */
export function npmStart(): { env: Record<string, string>; command: string[] } {
  const words = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start.trim().split(/\s+/)
  let i = words[0] === 'cross-env' ? 1 : 0
  const env: Record<string, string> = {}
  for (let m; (m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(words[i] ?? '')); i++) env[m[1]] = m[2]
  return { env, command: words.slice(i) }
}

export type AppServer = { url: string; pid: number; stop: () => Promise<void>; output: () => string; readyMs: number }

export async function startAppServer(env: Record<string, string | undefined> = {}, command?: string[]): Promise<AppServer> {
  const start = npmStart()
  command ??= start.command
  if (!buildIsCurrent() && process.env.SKIP_BUILD !== '1') {
    // One build at a time in a tree (several test runs may start servers at once); the second finds it current.
    const lock = path.join(tmpdir(), `frontdesk-build-${Buffer.from(process.cwd()).toString('hex').slice(-32)}.lock`)
    const result = spawnSync('flock', [lock, 'npx', 'tsx', 'src/build.ts', '--if-stale'], { stdio: 'inherit' })
    if (result.status !== 0) throw new Error('the production build failed')
  }
  const port = await freePort()
  let output = ''
  const started = Date.now()
  const child: ChildProcess = spawn(command[0], command.slice(1), {
    env: { ...process.env, ...start.env, NODE_ENV: 'production', PORT: String(port), ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 600_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) break
    } catch {}
    if (Date.now() > deadline) throw new Error(`server not healthy in time:\n${output}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    pid: child.pid!,
    readyMs: Date.now() - started,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        // The server itself when we started it directly (so that its own shutdown is what stops the
        // database); the whole group when a launcher (npm) stands in front of it.
        if (command[0] === 'node') child.kill('SIGTERM')
        else process.kill(-child.pid!, 'SIGTERM')
      }),
  }
}
