/**
 * `npm start`: build if needed, take the HTTP port, start the database (embedded unless
 * DATABASE_URL), migrate, seed an empty database, then serve the admin panel, the API and our
 * routes on that port. ADMIN_PANEL=off serves the API and our routes without the admin panel (no
 * Next build needed).
 */
import { collectOnce, scheduleMemoryReport } from './memory' // first: before anything else is loaded
import http, { type RequestListener, type Server } from 'node:http'
import { build, buildIsCurrent } from './build'
import { prepareEnvironment, type Environment } from './db/environment'
import { createApp } from './http/app'
import { moduleRoutes } from './http/routes'
import { loadPayload } from './boot'
import { stopListener } from './db/listener'
import { exitWith } from './cli/fatal'
import { configuredPublicUrl, setListeningUrl, urlOfAddress } from './lib/publicUrl'
import { startScheduler, type Scheduler } from './scheduler'
import { demoLogins, DEMO_PASSWORD } from './seed/demo'
import type { Payload } from 'payload'

const dev = process.env.NODE_ENV !== 'production'
const adminPanel = process.env.ADMIN_PANEL !== 'off'

/** Answer while the app is still starting (the port is taken first). */
const starting: RequestListener = (_req, res) => {
  res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' })
  res.end(JSON.stringify({ ok: false, starting: true, errors: [{ message: '正在啟動,請稍候再試 / 正在启动,请稍候再试 / Starting up; try again in a moment' }] }))
}

/** Listen on `wanted`, or the next free port (up to 49 further). */
async function listen(server: Server, wanted: number, host: string): Promise<number> {
  for (let port = wanted; ; port++) {
    const result = await new Promise<'ok' | Error>((resolve) => {
      const onError = (error: Error) => resolve(error)
      server.once('error', onError)
      server.listen(port, host, () => {
        server.off('error', onError)
        resolve('ok')
      })
    })
    if (result === 'ok') return (server.address() as { port: number }).port
    if ((result as NodeJS.ErrnoException).code !== 'EADDRINUSE' || wanted === 0 || port >= wanted + 49) {
      throw new Error(`The app cannot listen on ${host}:${port} (${result.message}): set PORT to a free port.`)
    }
  }
}

let environment: Environment | undefined
let payload: Payload | undefined
let scheduler: Scheduler | undefined
let server: Server | undefined

async function main() {
  if (adminPanel && !dev && !buildIsCurrent() && process.env.SKIP_BUILD !== '1') {
    console.log('Building the admin panel (first start or changed sources; about two minutes)…')
    build()
  }

  // The port first: e-mailed links default to where the app listens, and mail may be queued as soon
  // as the scheduler runs.
  let handler: RequestListener = starting
  server = http.createServer((req, res) => handler(req, res))
  const host = process.env.HOST ?? '0.0.0.0'
  const wanted = Number(process.env.PORT ?? 3000)
  const port = await listen(server, wanted, host)
  if (port !== wanted) console.log(`Port ${wanted} is busy; using ${port} instead.`)
  const local = urlOfAddress(host, port)
  setListeningUrl(local)

  environment = await prepareEnvironment()
  payload = await loadPayload()
  // Issue 15: the phone systems' AMI connections go with the scheduler lock (devices/phone/manager.ts).
  const { phonesFollowTheScheduler } = await import('../devices/phone/manager')
  phonesFollowTheScheduler()
  // JOB-04: every instance competes for the scheduler lock; SCHEDULER=off for an instance that must never schedule.
  scheduler = process.env.SCHEDULER === 'off' ? undefined : startScheduler(payload)

  let nextHandler: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | undefined
  if (adminPanel) {
    const { default: next } = await import('next')
    const nextApp = next({ dev, dir: process.cwd() })
    await nextApp.prepare()
    nextHandler = nextApp.getRequestHandler()
  }
  handler = createApp(payload, { next: nextHandler && ((req, res) => nextHandler(req, res)), routes: moduleRoutes(payload) })

  // Start-up's garbage (migrations, demo data, Next's prepare, the scheduler's first catch-up) goes back to the
  // system now, not at the next pressure.
  for (const ms of [2000, 20_000]) setTimeout(collectOnce, ms).unref()
  scheduleMemoryReport()
  console.log(`\nFront desk is ready at ${local}${adminPanel ? '/admin' : ''}`)
  if (!configuredPublicUrl()) console.log(`E-mailed links point at ${local}; set PUBLIC_URL to the address people reach the app at.`)
  if (environment.embedded) {
    console.log(`Demo logins (password ${DEMO_PASSWORD}):`)
    for (const login of demoLogins) console.log(`  ${login.email.padEnd(36)} ${login.role}`)
  }
}

let stopping = false
async function stop(signal: string, code = 0) {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping…`)
  server?.close()
  await scheduler?.stop().catch(() => {})
  await stopListener()
  await payload?.destroy?.().catch(() => {})
  await environment?.stop().catch(() => {})
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal))

main().catch(async (error) => {
  // Stop what did start (the embedded database above all), then say why in one readable message.
  server?.close()
  await scheduler?.stop().catch(() => {})
  await environment?.stop().catch(() => {})
  exitWith(error)
})
