/**
 * Issue 15: a store for express-rate-limit kept in PostgreSQL, so that a limit holds across app
 * instances (express-rate-limit's default MemoryStore counts per process: with two instances behind a
 * proxy a client gets twice the limit). The counters share the `sign_in_limits` table (one row per
 * key and window, the same upsert the sign-in limit uses), under a prefix of their own.
 *
 * ```ts
 * rateLimit({ windowMs: 60_000, limit: 30, store: sharedRateLimitStore(payload, 'device-command') })
 * ```
 */
import { sql } from '@payloadcms/db-postgres'
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit'
import type { Payload } from 'payload'

type Drizzle = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
const db = (payload: Payload) => (payload.db as unknown as { drizzle: Drizzle }).drizzle

export function sharedRateLimitStore(payload: Payload, name: string): Store {
  const prefix = `rate:${name}:`
  let windowMs = 60_000
  const info = (row: Record<string, unknown> | undefined): ClientRateLimitInfo | undefined =>
    row ? { totalHits: Number(row.count), resetTime: new Date(String(row.reset_at)) } : undefined
  return {
    prefix,
    localKeys: false,
    init: (options: Options) => {
      windowMs = options.windowMs
    },
    get: async (key) => {
      const { rows } = await db(payload).execute(sql`SELECT count, reset_at FROM sign_in_limits WHERE key = ${prefix + key} AND reset_at > now()`)
      return info(rows[0])
    },
    increment: async (key) => {
      const until = new Date(Date.now() + windowMs).toISOString()
      const { rows } = await db(payload).execute(sql`
        INSERT INTO sign_in_limits (key, count, reset_at, updated_at, created_at)
        VALUES (${prefix + key}, 1, ${until}, now(), now())
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN sign_in_limits.reset_at <= now() THEN 1 ELSE sign_in_limits.count + 1 END,
          reset_at = CASE WHEN sign_in_limits.reset_at <= now() THEN EXCLUDED.reset_at ELSE sign_in_limits.reset_at END,
          updated_at = now()
        RETURNING count, reset_at`)
      return info(rows[0])!
    },
    decrement: async (key) => {
      await db(payload).execute(sql`UPDATE sign_in_limits SET count = GREATEST(count - 1, 0), updated_at = now() WHERE key = ${prefix + key} AND reset_at > now()`)
    },
    resetKey: async (key) => {
      await db(payload).execute(sql`DELETE FROM sign_in_limits WHERE key = ${prefix + key}`)
    },
  }
}
