/**
 * The batch form of a server transition (issue 15 item 4): many records of one form that take the
 * same declared transition — a sweep's batch of due records — written set-wise in the caller's
 * transaction instead of one `transition()` each (each a lock, a read, a full Payload update with its
 * hooks and read-back, two audit rows, its effects):
 * - the rows are locked and their states read in one statement; every record must be in a state the
 *   one chosen transition leads from (else the batch is refused as `transition()` would refuse one);
 * - the guard and `set` run per record (in memory), as they do for one;
 * - the state, the `set` fields and the caller's `data` are written in one UPDATE;
 * - the audit rows (each record's 'update' row as `auditChange` writes it, then its 'transition' row)
 *   in one INSERT;
 * - the form's `lifecycle.batch.afterChange` (its own change hooks' batch form) and the transition's
 *   `batch` (its effects' batch form) run once for the batch.
 * It only does so when the form declares `lifecycle.batch`, no generic hook of the form would act on
 * the change (`takesBatch`: no notify rules, no `enter` of the target state, no door out of it), the
 * transition has a `batch` form for its effects, and only for plain columns of the form's table;
 * otherwise it returns undefined and the caller takes the records one at a time (nothing was written).
 * Only a declared server transition is taken (never a person's transition between the same states).
 */
import { sql } from '@payloadcms/db-postgres'
import { inArray } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'
import { refuse } from '../../src/lib/errors'
import { L } from '../../src/lib/i18n'
import { asServer } from '../../src/lib/serverReq'
import { tableOf, txOf } from '../../src/lib/tx'
import { recordAudits, transitionEntry, updateEntries } from '../audit'
import { specOf } from '../form/specOf'
import type { FormSpec } from '../form/types'
import type { LifecycleDoc, LifecycleSpec, LifecycleTransition } from './types'

type Column = { name: string; getSQLType: () => string }
type Table = Record<string, Column> & { id: Column }
type Db = {
  select: (cols: Record<string, unknown>) => { from: (t: Table) => { where: (w: unknown) => { for: (m: 'update') => Promise<Record<string, unknown>[]> } } }
  update: (t: Table) => { set: (v: Record<string, unknown>) => { where: (w: unknown) => { returning: (c: Record<string, unknown>) => Promise<{ id: number }[]> } } }
}

export type TransitionManyOptions = {
  /** The audit rows' note (e.g. `deadline:<name>`). */
  note?: string
  /** Other fields written with the state, per record (the deadline's bookkeeping: its due column, its flag). */
  data?: (doc: LifecycleDoc) => Record<string, unknown>
}

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])
const isServer = (t: LifecycleTransition) => asList(t.by).includes('server')

/** Whether `key` is written as a plain column of the form's own table (not an array, a localised or hasMany field…). */
const plainColumn = (fields: FlattenedField[], table: Table, key: string) => {
  const f = fields.find((x) => x.name === key) as (FlattenedField & { hasMany?: boolean; localized?: boolean; relationTo?: unknown; virtual?: unknown }) | undefined
  if (!f || !table[key] || f.localized || f.hasMany || f.virtual) return false
  if (['array', 'blocks', 'group', 'tab', 'join'].includes(f.type)) return false
  return !Array.isArray(f.relationTo)
}

/**
 * Whether a server transition of this form to `to` may be written set-wise: the form declares
 * `lifecycle.batch`, and none of the generic hooks the record-at-a-time path runs would act on it — no
 * notify rules (WF-08 fires them on every update), no `enter` effects of the target state (a new
 * record's initial state), no field door (transition or action) leading on from the target state.
 */
export function takesBatch(spec: Pick<FormSpec, 'notify' | 'lifecycle'> | undefined, to: string): boolean {
  const lc = spec?.lifecycle
  if (!lc?.batch) return false
  if (spec!.notify?.length) return false
  if (lc.enter?.length && (lc.initial ?? Object.keys(lc.states)[0]) === to) return false
  if (lc.transitions.some((t) => t.when && asList(t.from).includes(to))) return false
  if ((lc.actions ?? []).some((a) => a.when && (a.in === undefined || asList(a.in).includes(to)))) return false
  return true
}

/**
 * Take the server transition to `to` on every record of `ids` at once. Returns the records after it,
 * in the order of `ids`, or undefined when this transition cannot be taken set-wise (nothing written).
 */
export async function transitionMany(req: PayloadRequest, slug: string, ids: (number | string)[], to: string, options: TransitionManyOptions = {}): Promise<LifecycleDoc[] | undefined> {
  const spec = specOf(req.payload, slug)
  const lifecycle: LifecycleSpec | undefined = spec?.lifecycle
  if (!lifecycle || !takesBatch(spec, to) || !ids.length) return undefined
  const field = lifecycle.field ?? 'status'
  const tables = (req.payload.db as unknown as { tables: Record<string, Table> }).tables
  const table = tables[tableOf(req.payload, slug)]
  const fields = req.payload.collections[slug as CollectionSlug].config.flattenedFields
  const db = (await txOf(req)) as unknown as Db
  const numeric = ids.map(Number)
  // Lock the rows for the rest of the transaction and read their states as they are now.
  const locked = await db.select({ id: table.id, state: table[field] }).from(table).where(inArray(table.id as never, numeric)).for('update')
  const states = new Map(locked.map((r) => [Number(r.id), (r.state as string | null) ?? null]))
  const froms = new Set(numeric.map((id) => states.get(id)))
  if (froms.size !== 1 || !states.has(numeric[0])) return undefined
  const from = String([...froms][0])
  // The declared server transition from this state (never a person's between the same states, e.g. the
  // desk's confirmed → cancelled when a record changed state before the lock).
  const t = lifecycle.transitions.find((x) => x.to === to && asList(x.from).includes(from) && isServer(x))
  if (!t) return refuse(req, L('「{from}」不能轉為「{to}」', 'A record that is "{from}" cannot become "{to}"'), { from, to }, 409)
  if (t.effects?.length && !t.batch) return undefined
  const server = asServer(req)
  // The records as stored (no read hooks: what the trail compares), in the order given.
  const found = await req.payload.db.find({ collection: slug as CollectionSlug, where: { id: { in: numeric } }, limit: numeric.length, pagination: false, req: server })
  const byId = new Map((found.docs as LifecycleDoc[]).map((d) => [Number(d.id), d]))
  const previous = numeric.map((id) => byId.get(id)!)
  const writes: Record<string, unknown>[] = []
  for (const doc of previous) {
    const args = { req: server, doc, from, to, note: options.note, user: null, data: options.data?.(doc) }
    await t.guard?.(args)
    writes.push({ ...((await t.set?.(args)) ?? {}), ...args.data, [field]: to })
  }
  const keys = [...new Set(writes.flatMap((w) => Object.keys(w)))]
  if (!keys.every((k) => plainColumn(fields, table, k))) return undefined
  const updatedAt = new Date().toISOString()
  // One value for the whole batch where every record gets the same, else a CASE on the id.
  const set: Record<string, unknown> = { updatedAt }
  for (const key of keys) {
    const values = writes.map((w, i) => (key in w ? (w[key] ?? null) : (previous[i][key] ?? null)))
    if (values.every((v) => JSON.stringify(v) === JSON.stringify(values[0]))) set[key] = values[0]
    else {
      const type = sql.raw(table[key].getSQLType())
      set[key] = sql`CASE ${table.id} ${sql.join(numeric.map((id, i) => sql`WHEN ${id} THEN ${values[i]}::${type}`), sql` `)} END`
    }
  }
  const updated = await db.update(table).set(set).where(inArray(table.id as never, numeric)).returning({ id: table.id })
  if (updated.length !== numeric.length) throw new Error(`${slug}: ${numeric.length - updated.length} records of the batch were not written`)
  const docs = previous.map((p, i) => ({ ...p, ...writes[i], updatedAt }) as LifecycleDoc)
  // The trail: each record's update (as auditChange records it) then its transition (as transition() does).
  const pairs = docs.map((doc, i) => ({ previous: previous[i], doc }))
  await recordAudits(
    server,
    pairs.flatMap((p) => [...updateEntries(slug, [p]), transitionEntry(p.doc, slug, from, to, options.note)]),
  )
  const batchArgs = { req: server, docs, previous, from, to, note: options.note }
  await lifecycle.batch!.afterChange?.(batchArgs)
  await t.batch?.(batchArgs)
  return docs
}
