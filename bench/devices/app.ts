/**
 * The app's express front without the admin panel (devices traffic never goes through Next): its own
 * embedded PostgreSQL under DATA_DIR, migrated and seeded with the demo, on 127.0.0.1:PORT.
 * Prints "ready <url>". Used by bench/devices/run.ts as a separate process.
 */
import { prepareEnvironment } from '../../src/db/environment'
import { loadPayload } from '../../src/boot'
import { createApp } from '../../src/http/app'
import { moduleRoutes } from '../../src/http/routes'

const environment = await prepareEnvironment({ quiet: true })
const payload = await loadPayload()
const server = createApp(payload, { routes: moduleRoutes(payload) }).listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address() as { port: number }
  console.log(`ready http://127.0.0.1:${address.port}`)
})
let stopping = false
// The embedded database going away under idle pool connections is expected while stopping.
process.on('uncaughtException', (error) => {
  if (stopping) process.exit(0)
  throw error
})
const stop = async () => {
  stopping = true
  server.close()
  await payload.destroy?.().catch(() => {})
  await environment.stop()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
