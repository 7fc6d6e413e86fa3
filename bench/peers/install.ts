/**
 * A peer's packages, installed with npm into a folder of their own (PEERS_DIR, default
 * <tmp>/frontdesk-peers/<name>) and reused by the next run. Any failure is a reason to skip that peer.
 * npm runs at `nice -n 10` (the bench machine is shared); a peer may ask for npm flags of its own and
 * steps after npm (e.g. building one native module itself, one compile job at a time).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const peersDir = () => path.resolve(process.env.PEERS_DIR ?? path.join(os.tmpdir(), 'frontdesk-peers'))

/** Run a command at lower priority; resolves with its exit code (0 = done) or why it did not finish, and its output's tail. */
export async function runNice(command: string[], options: { cwd: string; minutes: number; env?: Record<string, string> }): Promise<{ code: number | string; output: string }> {
  const child = spawn('nice', ['-n', '10', ...command], { cwd: options.cwd, env: { ...process.env, ...options.env } as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout!.on('data', (d) => (output = (output + d).slice(-4000)))
  child.stderr!.on('data', (d) => (output = (output + d).slice(-4000)))
  const code = await new Promise<number | string>((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGTERM') // its own process group: npm's or node-gyp's children (make, cc) too
      } catch {}
      resolve(`${command.slice(0, 2).join(' ')} did not finish within ${options.minutes} min`)
    }, options.minutes * 60_000)
    child.on('error', (error) => resolve(error.message))
    child.on('exit', (status) => {
      clearTimeout(timer)
      resolve(status ?? 'killed')
    })
  })
  return { code, output }
}

export type InstallSteps = {
  /** npm install flags beyond the defaults (say why in the peer). */
  flags?: string[]
  /** Done after npm install, in the peer's folder: undefined when it worked, else why not. */
  after?: (dir: string) => Promise<string | undefined>
}

const tail = (output: string) => output.trim().split('\n').slice(-3).join(' / ')

/** The folder with `packages` installed, or the reason it could not be made. */
export async function installed(name: string, packages: string[], probe: string, steps: InstallSteps = {}): Promise<{ dir: string } | { skipped: string }> {
  const dir = path.join(peersDir(), name)
  // Written once every step worked: a folder left half-done (npm killed, a build failed) is not reused.
  const marker = path.join(dir, '.peer-installed')
  const what = JSON.stringify({ packages, flags: steps.flags ?? [] })
  if (existsSync(marker) ? readFileSync(marker, 'utf8') === what : !steps.after && existsSync(path.join(dir, 'node_modules', probe))) return { dir }
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `peer-${name}`, private: true, type: 'module' }))
  const minutes = Number(process.env.PEERS_INSTALL_MINUTES ?? 20)
  const flags = ['--no-audit', '--no-fund', '--loglevel=error', ...(steps.flags ?? [])]
  console.log(`installing ${packages.join(' ')} into ${dir} (npm ${flags.join(' ')}, at most ${minutes} min)…`)
  const npm = await runNice(['npm', 'install', ...flags, ...packages], { cwd: dir, minutes })
  if (npm.code !== 0 || !existsSync(path.join(dir, 'node_modules', probe))) {
    return { skipped: `npm install ${packages.join(' ')} failed (${npm.code}): ${tail(npm.output)}` }
  }
  const failed = await steps.after?.(dir)
  if (failed) return { skipped: failed }
  writeFileSync(marker, what)
  return { dir }
}

/** Start a peer's server and wait for `ready` in its output (its own process group, stopped with it). */
export async function startServer(command: string[], options: { cwd: string; env: Record<string, string>; ready: RegExp; minutes?: number }) {
  const child: ChildProcess = spawn(command[0], command.slice(1), {
    cwd: options.cwd,
    env: { ...process.env, ...options.env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  const seen = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output.slice(-3000)}`)), (options.minutes ?? 5) * 60_000)
    const look = (d: Buffer) => {
      output = (output + d).slice(-20_000)
      if (options.ready.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', look)
    child.stderr!.on('data', look)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`exited (${code}):\n${output.slice(-3000)}`))
    })
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        resolve()
      }
    })
  try {
    await seen
  } catch (error) {
    await stop()
    throw error
  }
  return { pid: child.pid!, output: () => output, stop }
}
