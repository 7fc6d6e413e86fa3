/**
 * The scheduler on its own, without the web server: `npx tsx src/scheduler/main.ts`. Useful as a
 * dedicated worker instance next to stateless app instances; any number may run, one schedules
 * (JOB-04). Expects the database to be migrated (the app does that on start). It outlives database
 * restarts: it loses the lock with its connection and competes for it again once PostgreSQL is back.
 */
import { collectOnce } from '../memory' // first: before anything else is loaded
import { getPayload } from 'payload'
import { exitWith } from '../cli/fatal'
import { prepareEnvironment } from '../db/environment'
import { surviveDatabaseRestarts } from '../db/pool'
import { configuredPublicUrl, publicUrl } from '../lib/publicUrl'
import { startScheduler } from './index'

const environment = await prepareEnvironment({ quiet: true }).catch((error) => exitWith(error))
try {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, cron: false })
  surviveDatabaseRestarts(payload)
  // Issue 15: the phone systems' AMI connections go with the scheduler lock, here as in the app (devices/phone/manager.ts).
  const { phonesFollowTheScheduler } = await import('../../devices/phone/manager')
  phonesFollowTheScheduler()
  const scheduler = startScheduler(payload)
  if (!configuredPublicUrl()) console.log(`PUBLIC_URL is not set: links in e-mails sent from this process point at ${publicUrl()}.`)
  setTimeout(collectOnce, 2000).unref()
  console.log(`scheduler process ${process.pid} ready`)

  const stop = async () => {
    await scheduler.stop()
    await payload.destroy?.().catch(() => {})
    await environment.stop()
    process.exit(0)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop())
} catch (error) {
  await environment.stop().catch(() => {})
  exitWith(error)
}
