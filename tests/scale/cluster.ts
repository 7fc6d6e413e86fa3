/**
 * Issue 15: the pieces of a multi-instance deployment, started by the test on loopback — app instances
 * (the production server, src/server.ts, each its own process), Debian's nginx in front of them with
 * deploy/nginx.conf, and an S3-compatible server (s3rver).
 *
 * The instances serve the API and the express routes without the admin panel (ADMIN_PANEL=off: no
 * Next build is needed, nothing heavy is built per run); everything under test — REST, uploads, the
 * live-events stream, sign-in, the scheduler — is the express front's, the same with the panel on.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '../../src/db/embedded'

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The first truthy value of `what` within `ms`, or its last value. */
export async function until<T>(what: () => T | Promise<T>, ms: number, step = 100): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await what()
    if (value || Date.now() > deadline) return value
    await sleep(step)
  }
}

export type Instance = {
  name: string
  url: string
  port: number
  pid: number
  output: () => string
  /** SIGKILL: the process dies at once, nothing of its own shutdown runs. */
  kill: () => Promise<void>
  stop: () => Promise<void>
  exited: () => boolean
}

/** One app instance, as `npm start` runs it (NODE_ENV=production, src/server.ts), on a port of its own. */
export async function startInstance(name: string, env: Record<string, string | undefined>): Promise<Instance> {
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn('node', ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, NODE_ENV: 'production', ADMIN_PANEL: 'off', HOST: '127.0.0.1', PORT: String(port), ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  return {
    name,
    url,
    port,
    pid: child.pid!,
    output: () => output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exit
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      await Promise.race([exit, sleep(15_000).then(() => child.kill('SIGKILL'))])
      await exit
    },
  }
}

/** Until /healthz answers 200 (the instance listens at once and answers 503 while it starts). */
export async function untilHealthy(instance: Instance, ms = 150_000) {
  const deadline = Date.now() + ms
  for (;;) {
    if (instance.exited()) throw new Error(`${instance.name} exited:\n${instance.output()}`)
    try {
      if ((await fetch(`${instance.url}/healthz`)).ok) return
    } catch {}
    if (Date.now() > deadline) throw new Error(`${instance.name} not healthy in time:\n${instance.output()}`)
    await sleep(200)
  }
}

export const nginxBinary = () => ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p))

export type Proxy = { url: string; port: number; accessLog: () => string[]; stop: () => Promise<void>; config: string }

/**
 * Debian's nginx in the foreground with deploy/nginx.conf as its http-level configuration: the
 * upstream's server lines become the instances' addresses and `listen` a free loopback port. The
 * test adds only the process's own paths and an access log that names the instance of each request.
 */
export async function startNginx(instances: { port: number }[], port?: number): Promise<Proxy> {
  const binary = nginxBinary()
  if (!binary) throw new Error('nginx is not installed (apt-get install -y nginx; .ci/run installs it)')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-nginx-'))
  chmodSync(dir, 0o755) // the worker processes run as nobody when the master is root
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, sub), { mode: 0o777 })
  port ??= await freePort()
  const deployed = readFileSync(path.resolve('deploy/nginx.conf'), 'utf8')
  const servers = instances.map((i) => `    server 127.0.0.1:${i.port} max_fails=1 fail_timeout=5s;`).join('\n')
  let site = deployed.replace(/(upstream frontdesk \{\n(?:\s*#.*\n)*)(?:\s*server [^\n]+\n)+/, `$1${servers}\n`)
  site = site.replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
  if (!site.includes(`127.0.0.1:${instances[0]!.port}`) || !site.includes(`listen 127.0.0.1:${port}`)) throw new Error('deploy/nginx.conf: upstream or listen line not found')
  writeFileSync(path.join(dir, 'frontdesk.conf'), site)
  const config = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    log_format upstreams '$request_method $request_uri $status $upstream_addr $upstream_status';
    access_log ${dir}/access.log upstreams;
    include ${dir}/frontdesk.conf;
}
`
  writeFileSync(path.join(dir, 'nginx.conf'), config)
  const check = spawnSync(binary, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`)
  const child = spawn(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stderr!.on('data', (d) => (output += d))
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 10_000; ; await sleep(100)) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${output}`)
    const up = await fetch(`${url}/healthz`).then((r) => r.status, () => 0)
    if (up) break
    if (Date.now() > deadline) throw new Error(`nginx does not answer:\n${output}`)
  }
  return {
    url,
    port,
    config: site,
    accessLog: () => (existsSync(path.join(dir, 'access.log')) ? readFileSync(path.join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean) : []),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGQUIT') // graceful: the master stops its workers
        await Promise.race([exit, sleep(5_000).then(() => child.kill('SIGKILL'))])
        await exit
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export type S3 = { endpoint: string; bucket: string; directory: string; stop: () => Promise<void> }

/** An S3-compatible server (s3rver) on loopback with one bucket, its objects in a temporary folder. */
export async function startS3(bucket = 'frontdesk-attachments'): Promise<S3> {
  const { default: S3rver } = await import('s3rver')
  const directory = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-s3-'))
  const port = await freePort()
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] })
  await server.run()
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    directory,
    stop: async () => {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
