/**
 * A peer's packages, installed with npm into a folder of their own (PEERS_DIR, default
 * <tmp>/frontdesk-peers/<name>) and reused by the next run. Any failure is a reason to skip that peer.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const peersDir = () => path.resolve(process.env.PEERS_DIR ?? path.join(os.tmpdir(), 'frontdesk-peers'))

/** The folder with `packages` installed, or the reason it could not be made. */
export async function installed(name: string, packages: string[], probe: string): Promise<{ dir: string } | { skipped: string }> {
  const dir = path.join(peersDir(), name)
  if (existsSync(path.join(dir, 'node_modules', probe))) return { dir }
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `peer-${name}`, private: true, type: 'module' }))
  const minutes = Number(process.env.PEERS_INSTALL_MINUTES ?? 20)
  console.log(`installing ${packages.join(' ')} into ${dir} (npm, at most ${minutes} min)…`)
  const child = spawn('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packages], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (d) => (output = (output + d).slice(-4000)))
  child.stderr!.on('data', (d) => (output = (output + d).slice(-4000)))
  const code = await new Promise<number | string>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      resolve(`npm install did not finish within ${minutes} min`)
    }, minutes * 60_000)
    child.on('error', (error) => resolve(error.message))
    child.on('exit', (status) => {
      clearTimeout(timer)
      resolve(status ?? 'killed')
    })
  })
  if (code !== 0 || !existsSync(path.join(dir, 'node_modules', probe))) {
    return { skipped: `npm install ${packages.join(' ')} failed (${code}): ${output.trim().split('\n').slice(-3).join(' / ')}` }
  }
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
