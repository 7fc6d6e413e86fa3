/** GET /healthz: database reachable, migrations applied, version. 503 when not healthy. */
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { version } from '../version'

import { migrations } from '../migrations'

export const health =
  (payload: Payload): RequestHandler =>
  async (_req, res) => {
    const started = Date.now()
    try {
      const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: { name: string }[] }> } }
      const { rows } = await db.drizzle.execute(sql`SELECT name FROM payload_migrations WHERE batch > 0`)
      const applied = new Set(rows.map((r) => r.name))
      const pending = migrations.map((m) => m.name).filter((name) => !applied.has(name))
      const ok = pending.length === 0
      res.status(ok ? 200 : 503).json({
        ok,
        version,
        database: { reachable: true, latencyMs: Date.now() - started },
        migrations: { applied: applied.size, pending },
      })
    } catch (error) {
      res.status(503).json({ ok: false, version, database: { reachable: false, error: (error as Error).message } })
    }
  }
