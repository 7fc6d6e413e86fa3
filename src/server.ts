/**
 * `npm start`: build if needed, start the database (embedded unless DATABASE_URL), migrate, seed an
 * empty database, then serve the admin panel, the API and our routes on one port.
 */
import type { Server } from 'node:http'
import next from 'next'
import { build, buildIsCurrent } from './build'
import { prepareEnvironment } from './db/environment'
import { freePort } from './db/embedded'
import { createApp } from './http/app'
import { moduleRoutes } from './http/routes'
import { loadPayload } from './boot'
import { startScheduler } from './scheduler'
import { demoLogins, DEMO_PASSWORD } from './seed/demo'

const dev = process.env.NODE_ENV !== 'production'

async function main() {
  if (!dev && !buildIsCurrent() && process.env.SKIP_BUILD !== '1') {
    console.log('Building the admin panel (first start or changed sources; about two minutes)…')
    build()
  }
  const environment = await prepareEnvironment()
  const payload = await loadPayload()
  // JOB-04: every instance competes for the scheduler lock; SCHEDULER=off for an instance that must never schedule.
  const scheduler = process.env.SCHEDULER === 'off' ? undefined : startScheduler(payload)

  const nextApp = next({ dev, dir: process.cwd() })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  const app = createApp(payload, { next: (req, res) => handle(req, res), routes: moduleRoutes(payload) })

  const wanted = Number(process.env.PORT ?? 3000)
  const port = await freePort(wanted)
  if (port !== wanted) console.log(`Port ${wanted} is busy; using ${port} instead.`)
  const server: Server = app.listen(port, process.env.HOST ?? '0.0.0.0')
  const url = `http://localhost:${port}`
  console.log(`\nFront desk is ready at ${url}/admin`)
  if (environment.embedded) {
    console.log(`Demo logins (password ${DEMO_PASSWORD}):`)
    for (const login of demoLogins) console.log(`  ${login.email.padEnd(36)} ${login.role}`)
  }

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n${signal}: stopping…`)
    server.close()
    await scheduler?.stop()
    await payload.destroy?.().catch(() => {})
    await environment.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
