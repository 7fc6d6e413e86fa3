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
 * It only does so when the form's own change hooks have nothing to do for it (it declares
 * `lifecycle.batch`, or has none), no generic hook of the form would act on the change (`takesBatch`:
 * no notify rule an update fires but those on the state, no `enter` of the target state), the
 * transition has a `batch` form for its effects, and only for plain columns of the form's table;
 * otherwise it returns undefined and the caller takes the records one at a time (nothing was written).
 * Only a declared server transition is taken (never a person's transition between the same states).
 */
import { sql } from '@payloadcms/db-postgres'
import { inArray } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, Field, FlattenedField, PayloadRequest } from 'payload'
import { refuse } from '../../src/lib/errors'
import { L } from '../../src/lib/i18n'
import { asServer } from '../../src/lib/serverReq'
import { tableOf, txOf } from '../../src/lib/tx'
import { createEntries, recordAudits, transitionEntry, updateEntries } from '../audit'
import { specOf } from '../form/specOf'
import { notifyEvent, notifyEventMany } from '../notify/rules'
import type { FormSpec, NotifyEvent } from '../form/types'
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

/** Whether every one of `keys` is a plain column of the form's table (what `writeMany` can write). */
export const plainColumns = (req: PayloadRequest, slug: string, keys: string[]): boolean => {
  const table = (req.payload.db as unknown as { tables: Record<string, Table> }).tables[tableOf(req.payload, slug)]
  const fields = req.payload.collections[slug as CollectionSlug].config.flattenedFields
  return Boolean(table) && keys.every((k) => plainColumn(fields, table, k))
}

/** Whether a form declares change hooks of its own (its `hooks`, or a field's own hooks): what the mechanism cannot see into. */
export const hasOwnChangeHooks = (spec: Pick<FormSpec, 'hooks' | 'fields'>): boolean => {
  const h = spec.hooks ?? {}
  if ((['beforeValidate', 'beforeChange', 'afterChange'] as const).some((k) => (h[k]?.length ?? 0) > 0)) return true
  const walk = (fields: Field[]): boolean =>
    fields.some((f) => {
      const hooks = (f as { hooks?: Record<string, unknown[] | undefined> }).hooks
      if (hooks && ['beforeValidate', 'beforeChange', 'afterChange'].some((k) => (hooks[k]?.length ?? 0) > 0)) return true
      const inner = (f as { fields?: Field[] }).fields ?? (f as { tabs?: { fields: Field[] }[] }).tabs?.flatMap((t) => t.fields)
      return inner ? walk(inner) : false
    })
  return walk(spec.fields ?? [])
}

/**
 * Whether the form's own change hooks are known to have nothing to do for a server's write of
 * server-owned columns (a state change, a deadline's flag and due column): it declares none, or it
 * says so (the deadline's own `batch: true`, or `lifecycle.batch` — for a write that is not a state
 * change only when that declares no `afterChange` of its own, which `writeMany`'s callers do not run).
 */
export const ownHooksQuiet = (spec: Pick<FormSpec, 'hooks' | 'fields' | 'lifecycle'> | undefined, declared?: boolean, stateChange = true): boolean => {
  if (!spec) return false
  if (declared === true || !hasOwnChangeHooks(spec)) return true
  const batch = spec.lifecycle?.batch
  return Boolean(batch) && (stateChange || !batch!.afterChange)
}

/** Events a record's update fires through the notifications feature (hooks/notify/index.ts): 'update' and field changes. */
const firesOnUpdate = (on: NotifyEvent, keys?: string[]) =>
  on === 'update' || (typeof on === 'object' && 'field' in on && (keys === undefined || keys.includes(on.field)))

/**
 * Whether none of the generic change hooks would act on a server's write of `keys`: no notify rule
 * fires on it (an 'update' rule, or a rule on one of the fields written; rules on 'create', on approval
 * events or on a deadline are not fired by an update), no field door (transition or action) opens on a
 * field written. (Approval, gates, paper, phrases and secret records let a server's write of
 * server-owned fields through unchanged.)
 */
export const quietWrite = (spec: Pick<FormSpec, 'notify' | 'lifecycle'> | undefined, keys?: string[]): boolean => {
  if ((spec?.notify ?? []).some((r) => firesOnUpdate(r.on, keys))) return false
  const lc = spec?.lifecycle
  if (keys && lc) {
    if (lc.transitions.some((t) => t.when && keys.includes(t.when))) return false
    if ((lc.actions ?? []).some((a) => a.when && keys.includes(a.when))) return false
  }
  return true
}

/** Whether a notify rule waits for a change of the state field (WF-08 `{ field: 'status', to }`). */
const onState = (on: NotifyEvent, field: string) => typeof on === 'object' && 'field' in on && on.field === field

/**
 * Whether a server transition of this form to `to` may be written set-wise: the form's own change
 * hooks have nothing to do for it (`ownHooksQuiet`: it declares `lifecycle.batch`, or has no change
 * hooks of its own), and none of the generic hooks the record-at-a-time path runs would act on it but
 * the notify rules on the state, which `transitionMany` fires set-wise — no other notify rule an update
 * fires (WF-08: an 'update' rule, a rule on another field a transition's `set` may write), no
 * `enter` effects of the target state (a new record's initial state). A field door (transition or
 * action) leading on from the target state does not keep it a record at a time: `transition()` writes
 * under the lifecycle's own context, which the doors skip, so one record's transition opens none either.
 */
export function takesBatch(spec: Pick<FormSpec, 'notify' | 'lifecycle' | 'hooks' | 'fields'> | undefined, to: string): boolean {
  const lc = spec?.lifecycle
  if (!lc || !ownHooksQuiet(spec)) return false
  // The rules on the state itself are fired by `transitionMany`, set-wise; any other rule an update fires keeps it a record at a time.
  const field = lc.field ?? 'status'
  if (!quietWrite({ ...spec, notify: spec?.notify?.filter((r) => !onState(r.on, field)) })) return false
  // (A field door out of the target state is no reason: a transition's own write never opens one.)
  return !(lc.enter?.length && (lc.initial ?? Object.keys(lc.states)[0]) === to)
}

/**
 * The batch form of a server's update of plain columns: `writes[i]` written over `previous[i]` (the
 * records as stored, locked by the caller) in one UPDATE — one value for the whole batch where every
 * record gets the same, else a CASE on the id. Returns the records after it (stored row with the
 * writes and the new `updatedAt`), or undefined when a key is not a plain column of the form's table
 * (nothing written). No hooks, no audit: the caller writes the rows it means (`updateEntries`).
 */
export async function writeMany(req: PayloadRequest, slug: string, previous: LifecycleDoc[], writes: Record<string, unknown>[]): Promise<LifecycleDoc[] | undefined> {
  if (!previous.length) return []
  const table = (req.payload.db as unknown as { tables: Record<string, Table> }).tables[tableOf(req.payload, slug)]
  const keys = [...new Set(writes.flatMap((w) => Object.keys(w)))]
  if (!plainColumns(req, slug, keys)) return undefined
  const numeric = previous.map((p) => Number(p.id))
  const db = (await txOf(req)) as unknown as Db
  const updatedAt = new Date().toISOString()
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
  return previous.map((p, i) => ({ ...p, ...writes[i], updatedAt }) as LifecycleDoc)
}

/** Field types whose validation reads nothing but the value (a relationship's checks are the database's and the caller's). */
const SCALAR = new Set(['text', 'textarea', 'email', 'code', 'json', 'number', 'checkbox', 'date', 'select', 'radio', 'point'])

type Validate = (value: unknown, options: Record<string, unknown>) => true | string | Promise<true | string>

/** Every scalar field's own `validate` on each row, with the arguments Payload's create gives it. */
async function validScalars(req: PayloadRequest, slug: string, fields: FlattenedField[], rows: Record<string, unknown>[]): Promise<boolean> {
  const checked = fields.filter((f) => SCALAR.has(f.type) && typeof (f as { validate?: unknown }).validate === 'function' && !(f as { virtual?: unknown }).virtual)
  for (const row of rows) {
    for (const f of checked) {
      const validate = (f as unknown as { validate: Validate }).validate
      const options = { ...f, collectionSlug: slug, data: row, siblingData: row, event: 'submit', operation: 'create', overrideAccess: true, path: [f.name], preferences: { fields: {} }, req }
      if ((await validate(row[f.name], options)) !== true) return false
    }
  }
  return true
}

/** A field whose value is rows of the form's `_rels` table: a hasMany relationship (or upload) to one collection. */
const relsColumn = (fields: FlattenedField[], rels: Table | undefined, key: string): string | undefined => {
  const f = fields.find((x) => x.name === key) as (FlattenedField & { hasMany?: boolean; localized?: boolean; relationTo?: unknown }) | undefined
  if (!f || !rels || f.localized || !f.hasMany || !['relationship', 'upload'].includes(f.type) || typeof f.relationTo !== 'string') return undefined
  const column = `${f.relationTo}ID`
  return rels[column] ? column : undefined
}

/**
 * The batch form of a server's create: `rows` (each a record's data, as a server's `payload.create` of
 * it would be given) inserted in one INSERT, their hasMany relationships' rows in one more, then read
 * back as stored (one read). A field left out gets its declared default, as Payload's create gives it;
 * `createdAt` and `updatedAt` are the moment of the write. Only for plain columns and hasMany
 * relationships to one collection; a required field left empty or a choice that is not one of the
 * field's options is not written, nor a value a scalar field's own validation refuses as Payload's create
 * would (a text too long, a phone number the form does not take): undefined (nothing written), and the
 * caller creates the records one at a time through Payload, which refuses them as it should. No hooks,
 * no audit (`createEntries`).
 */
export async function createMany(req: PayloadRequest, slug: string, rows: Record<string, unknown>[]): Promise<LifecycleDoc[] | undefined> {
  if (!rows.length) return []
  const tables = (req.payload.db as unknown as { tables: Record<string, Table> }).tables
  const name = tableOf(req.payload, slug)
  const table = tables[name]
  const rels = tables[`${name}_rels`]
  const fields = req.payload.collections[slug as CollectionSlug].config.flattenedFields
  const defaults = Object.fromEntries(
    fields.flatMap((f) => ('defaultValue' in f && f.defaultValue !== undefined && typeof f.defaultValue !== 'function' && !(f as { virtual?: unknown }).virtual ? [[f.name, f.defaultValue]] : [])),
  )
  const full = rows.map((row) => ({ ...defaults, ...Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) }))
  const keys = [...new Set(full.flatMap((r) => Object.keys(r)))]
  const many = new Map(keys.flatMap((k) => {
    const column = relsColumn(fields, rels, k)
    return column ? [[k, column] as const] : []
  }))
  if (!keys.every((k) => many.has(k) || plainColumn(fields, table, k))) return undefined
  for (const f of fields as (FlattenedField & { required?: boolean; options?: (string | { value: string })[]; hasMany?: boolean })[]) {
    if (f.required && full.some((r) => r[f.name] == null || r[f.name] === '')) return undefined
    const options = f.type === 'select' && !f.hasMany ? new Set(f.options?.map((o) => (typeof o === 'string' ? o : o.value))) : undefined
    if (options && full.some((r) => r[f.name] != null && !options.has(String(r[f.name])))) return undefined
  }
  if (!(await validScalars(req, slug, fields, full))) return undefined
  const db = (await txOf(req)) as unknown as Db & { insert: (t: Table) => { values: (v: Record<string, unknown>[]) => { returning: (c: Record<string, unknown>) => Promise<{ id: number }[]> } } }
  const at = new Date().toISOString()
  const values = full.map((r) => ({ ...Object.fromEntries(Object.entries(r).filter(([k]) => !many.has(k))), createdAt: at, updatedAt: at }))
  // PostgreSQL returns the rows of an INSERT … VALUES in the order of its VALUES.
  const ids = (await db.insert(table).values(values).returning({ id: table.id })).map((r) => Number(r.id))
  if (ids.length !== rows.length) throw new Error(`${slug}: ${rows.length - ids.length} records of the batch were not written`)
  const relRows = full.flatMap((r, i) =>
    [...many].flatMap(([key, column]) => ((r[key] as unknown[] | undefined) ?? []).map((value, j) => ({ parent: ids[i], path: key, order: j + 1, [column]: value }))),
  )
  if (relRows.length) await db.insert(rels!).values(relRows).returning({ id: rels!.id })
  const { docs } = await req.payload.db.find({ collection: slug as CollectionSlug, where: { id: { in: ids } }, limit: ids.length, pagination: false, req })
  const byId = new Map((docs as LifecycleDoc[]).map((d) => [Number(d.id), d]))
  return ids.map((id) => byId.get(id)!)
}

/**
 * Records a server creates in `req`'s transaction, for a form whose own create hooks have nothing to
 * do for a server's create (the caller's knowledge, as for `queueTexts`' SMS outbox): set-wise by
 * `createMany` with their audit rows in one INSERT (`createEntries`: the rows `auditChange` writes for
 * each), or, when `createMany` does not take them (a value the form refuses), each through Payload's
 * create, which refuses it as it should. The records as stored, in the order of `rows`.
 */
export async function createAudited(req: PayloadRequest, slug: string, rows: Record<string, unknown>[]): Promise<LifecycleDoc[]> {
  const server = asServer(req)
  const docs = await createMany(server, slug, rows)
  if (docs) {
    await recordAudits(server, createEntries(server, slug, docs))
    return docs
  }
  const created: LifecycleDoc[] = []
  for (const data of rows) created.push((await req.payload.create({ collection: slug as CollectionSlug, data: data as never, overrideAccess: true, depth: 0, req: server })) as LifecycleDoc)
  return created
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
  // (No field door opens on what a transition writes: the record-at-a-time path writes it with the
  // lifecycle's own context, which the doors skip.)
  const docs = await writeMany(req, slug, previous, writes)
  if (!docs) return undefined
  // The trail: each record's update (as auditChange records it) then its transition (as transition() does).
  const pairs = docs.map((doc, i) => ({ previous: previous[i], doc }))
  await recordAudits(
    server,
    pairs.flatMap((p) => [...updateEntries(slug, [p]), transitionEntry(p.doc, slug, from, to, options.note)]),
  )
  const batchArgs = { req: server, docs, previous, from, to, note: options.note }
  await lifecycle.batch?.afterChange?.(batchArgs)
  await t.batch?.(batchArgs)
  // WF-08: the rules on the new state, as the notify hook fires them after each record's update.
  const event = { field, to }
  if (!(await notifyEventMany(server, slug, docs, event))) for (const doc of docs) await notifyEvent(server, slug, doc, event)
  return docs
}
