/**
 * A process must outlive a database restart (web, scheduler): an idle pooled connection that the
 * server drops makes `pg` emit `error` on the pool, and a checked-out one on its client; with no
 * listener that ends the process. Listen on both, say it once in a while, and let the pool open new
 * connections when it is asked for one (the next query, the scheduler's next poll).
 */
import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

const guarded = new WeakSet<object>()

export function surviveDatabaseRestarts(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool || guarded.has(pool)) return
  guarded.add(pool)
  let lastReport = 0
  const report = (error: Error) => {
    if (Date.now() - lastReport < 10_000) return
    lastReport = Date.now()
    payload.logger.warn(`database connection lost (${error.message}); new connections are opened as needed`)
  }
  pool.on('error', report)
  pool.on('connect', (client: PoolClient) => void client.on('error', report))
}
