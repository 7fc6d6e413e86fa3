/**
 * What the tests of issue 15 watch the database do: the statements a piece of work sends, a statement
 * that waits for a row lock, the audit rows written since a moment.
 */
import { sql } from '@payloadcms/db-postgres'
import pg, { type Pool } from 'pg'
import { createLocalReq, type Payload } from 'payload'
import { declaredDeadline, runDeadline } from '../../hooks/deadlines'

type Row = Record<string, any>

/** The SQL the app's pool runs itself while `run` runs (requests outside transactions: a REST list, a page render). */
export async function poolStatementsOf(payload: Payload, run: () => Promise<unknown>): Promise<string[]> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const seen: string[] = []
  const query = pool.query
  pool.query = function (this: Pool, ...args: unknown[]) {
    const first = args[0] as string | { text: string }
    seen.push(typeof first === 'string' ? first : first.text)
    return (query as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof pool.query
  try {
    await run()
  } finally {
    pool.query = query
  }
  return seen
}

/** Every message any pg client of this process sends while `run` runs, transactions included (one per round trip). */
export async function messagesOf(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = []
  const query = pg.Client.prototype.query
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text: string }
    seen.push(typeof first === 'string' ? first : first.text)
    return (query as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof query
  try {
    await run()
  } finally {
    pg.Client.prototype.query = query
  }
  return seen
}

/** Run one declared deadline now (optionally for one site) as the scheduler does: its `{ acted, read, failed }` and the statements it sent. */
export async function sweepCounted(payload: Payload, slug: string, name: string, now: Date, site?: number) {
  const req = await createLocalReq({ context: { channel: 'job' } }, payload)
  let run: Awaited<ReturnType<typeof runDeadline>> | undefined
  const sent = await messagesOf(async () => (run = await runDeadline({ payload, req, now, site }, slug, declaredDeadline(payload, slug, name))))
  return { ...run!, statements: sent.length }
}

const drizzleOf = (payload: Payload) => (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle

/** Until some statement of this database waits for a row lock (a sweep has read its rows and now waits to lock them). */
export async function someoneWaitsForALock(payload: Payload): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await drizzleOf(payload).execute(sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)
    if (rows[0].n > 0) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('nothing waited for the lock')
}

/** The id of the newest audit row (a moment to read a record's trail from). */
export const lastAuditId = async (payload: Payload): Promise<number> =>
  Number((await drizzleOf(payload).execute(sql`SELECT coalesce(max(id), 0) AS id FROM audit_log`)).rows[0].id)

/** A record's trail after audit row `since`, as the desk reads it (`changes` passed through `changes`). */
export async function trailSince(payload: Payload, collection: string, id: number, since: number, changes: (c: Row | null) => any = (c) => c ?? null) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ collection: { equals: collection } }, { recordId: { equals: String(id) } }, { id: { greater_than: since } }] },
    sort: 'id',
    depth: 0,
    limit: 20,
    overrideAccess: true,
  })
  return (docs as Row[]).map((r) => ({ action: r.action, from: r.from ?? null, to: r.to ?? null, note: r.note ?? null, channel: r.channel, actor: r.actor ?? null, backEntry: r.backEntry, site: r.site, changes: changes(r.changes) }))
}
