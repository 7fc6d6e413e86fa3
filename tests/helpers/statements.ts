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

/**
 * The work messages written about a record after audit row `since`: each message, its recipient rows,
 * its receipts and their audit rows, without ids or times — ids become what they stand for (the
 * record 'V', its message 'M', the site 'S', a reader by the name `people` gives them).
 */
export async function messagesWrittenAbout(payload: Payload, collection: string, record: number, since: number, people: Record<number, string>) {
  const rows = async (query: ReturnType<typeof sql>) => (await drizzleOf(payload).execute(query)).rows
  const messages = await rows(sql`SELECT * FROM messages m WHERE related_collection = ${collection} AND related_id = ${String(record)}
        AND EXISTS (SELECT 1 FROM audit_log a WHERE a.collection = 'messages' AND a.record_id = m.id::text AND a.id > ${since}) ORDER BY id`)
  const same = (r: Row) => ({ ...r, id: undefined, created_at: undefined, updated_at: undefined })
  const stand: Record<string, (to: any) => unknown> = {
    id: () => 'R',
    message: () => 'M',
    relatedId: () => 'V',
    site: () => 'S',
    recipient: (to) => people[to],
    recipients: (to) => to.map((id: number) => people[id]),
  }
  const out: Row[] = []
  for (const m of messages) {
    const rels = await rows(sql`SELECT "order", path, staff_id, positions_id FROM messages_rels WHERE parent_id = ${m.id} ORDER BY "order"`)
    const receipts = await rows(sql`SELECT * FROM message_receipts WHERE message_id = ${m.id} ORDER BY recipient_id`)
    const trail = await rows(
      sql`SELECT title, collection, record_id, action, "from", "to", note, changes, actor_id, actor_name, channel, back_entry, occurred_at, site_id FROM audit_log
          WHERE id > ${since} AND ((collection = 'messages' AND record_id = ${String(m.id)}) OR (collection = 'message-receipts' AND record_id IN (SELECT id::text FROM message_receipts WHERE message_id = ${m.id})))
          ORDER BY collection, record_id`,
    )
    out.push({
      message: { ...same(m), related_id: 'V', site_id: 'S' },
      recipients: rels.map((r) => ({ ...r, staff_id: people[r.staff_id] })),
      receipts: receipts.map((r) => ({ ...same(r), message_id: 'M', site_id: 'S', recipient_id: people[r.recipient_id] })),
      trail: trail.map((t) => ({
        ...t,
        record_id: undefined,
        site_id: 'S',
        changes: Object.fromEntries(Object.entries(t.changes as Row).map(([key, c]) => [key, key in stand ? { ...c, to: stand[key](c.to) } : c])),
      })),
    })
  }
  return out
}
