/**
 * The scheduler on its own, without the web server: `npx tsx src/scheduler/main.ts`. Useful as a
 * dedicated worker instance next to stateless app instances; any number may run, one schedules
 * (JOB-04). Expects the database to be migrated (the app does that on start).
 */
import { getPayload } from 'payload'
import { prepareEnvironment } from '../db/environment'
import { startScheduler } from './index'

const environment = await prepareEnvironment({ quiet: true })
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config, cron: false })
const scheduler = startScheduler(payload)
console.log(`scheduler process ${process.pid} ready`)

const stop = async () => {
  await scheduler.stop()
  await payload.destroy?.().catch(() => {})
  await environment.stop()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
