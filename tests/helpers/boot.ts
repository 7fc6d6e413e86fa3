/**
 * Test harness: Payload on the run's real PostgreSQL with the committed migrations applied, a clean
 * database per test file, and the real express app on a random port.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getPayload, type Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import config from '../../payload.config'
import { migrations } from '../../src/migrations'
import { createApp, type AppOptions } from '../../src/http/app'
import { ensurePositions } from '../../src/seed/positions'

type Drizzle = { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
export const drizzleOf = (payload: Payload) => (payload.db as unknown as { drizzle: Drizzle }).drizzle

/** Empty every table but the migration log. */
export async function resetDatabase(payload: Payload) {
  const db = drizzleOf(payload)
  const { rows } = await db.execute(
    sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'payload_migrations'`,
  )
  if (rows.length) {
    await db.execute(sql.raw(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`))
  }
}

export type Booted = { payload: Payload; positions: Map<string, number> }

export async function bootPayload(): Promise<Booted> {
  const payload = await getPayload({ config, cron: false })
  await payload.db.migrate({ migrations: migrations as never })
  await resetDatabase(payload)
  const positions = await ensurePositions(payload)
  return { payload, positions }
}

export type Http = { url: string; close: () => Promise<void> }

export async function startHttp(payload: Payload, options: AppOptions = {}): Promise<Http> {
  const server: Server = createApp(payload, options).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
