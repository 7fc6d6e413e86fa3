/**
 * CORE-04: one shared hook records every create, update and delete of every collection, and
 * `recordTransition` records state transitions, in the same transaction as the change itself.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionConfig,
  CollectionSlug,
  Field,
  FieldAccess,
  FlattenedField,
  PayloadRequest,
  Where,
} from 'payload'
import { addHooks, idOf } from '../src/lib/hooks'
import { tableOf, txOf } from '../src/lib/tx'
import { writeWithNext } from '../src/db/deferredWrites'
import { isAdmin } from './access'

export { channels, channelOf, type Channel } from '../src/lib/channel'
import { channelOf, type Channel } from '../src/lib/channel'

/** Fields that say nothing about the record (timestamps, Payload's own auth bookkeeping): never listed. */
const ignored = new Set([
  'updatedAt', 'createdAt', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'resetPasswordRequestedAt',
  'loginAttempts', 'lockUntil', 'sessions', '_verificationToken', 'apiKeyIndex',
])

/** What a row shows instead of a value it may not show. */
export const REDACTED = '***'

/** Secret by name wherever they appear (Payload's auth fields are not in the collection's field list). */
const secretNames = new Set(['password', 'hash', 'salt', 'apiKey', 'resetPasswordToken', '_verificationToken', 'token', 'secret'])

/**
 * Marks a field secret: its value never reaches the audit trail (the row says that it changed, not
 * what to). Fields that no API ever shows (`hidden: true`) are secret without saying so.
 */
export const secret = <F extends Field>(field: F): F => ({ ...field, custom: { ...(field as { custom?: Record<string, unknown> }).custom, secret: true } })

export const isSecret = (field: FlattenedField | Field): boolean =>
  (field as { custom?: { secret?: unknown } }).custom?.secret === true ||
  (field as { hidden?: unknown }).hidden === true ||
  ('name' in field && secretNames.has(field.name))

/** Top-level fields whose value changed, with old and new values. Secrets are redacted by `recordAudit`. */
export const changedFields = (before: Record<string, unknown> = {}, after: Record<string, unknown> = {}) => {
  const changes: Record<string, { from: unknown; to: unknown }> = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignored.has(key)) continue
    const from = normalise(before[key])
    const to = normalise(after[key])
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to }
  }
  return changes
}

// Populated relationships are stored by id, so that depth does not read as a change.
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object' && 'id' in value && ('createdAt' in value || 'updatedAt' in value)) return idOf(value)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id').map(([k, v]) => [k, normalise(v)]))
  }
  return value ?? null
}

/** A record as it was, for the trail of a deletion. */
const snapshot = (doc: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(doc).filter(([k]) => !ignored.has(k)).map(([k, v]) => [k, normalise(v)]))

// ---------------------------------------------------------------------------------------------
// Redaction: one walk over a record-shaped value and its collection's fields, used at write time
// (secrets) and at read time (fields and records the reader may not read).
// ---------------------------------------------------------------------------------------------

type Doc = Record<string, unknown>
/** Whether a field's value must not be shown, given the object it sits in. */
type Hide = (field: FlattenedField, sibling: Doc) => boolean | Promise<boolean>

const isDoc = (value: unknown): value is Doc => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

async function redactDoc(fields: FlattenedField[] | undefined, value: unknown, hide: Hide): Promise<unknown> {
  if (!isDoc(value)) return value
  const out: Doc = {}
  for (const [key, inner] of Object.entries(value)) {
    const field = fields?.find((f) => 'name' in f && f.name === key)
    if (!field) out[key] = secretNames.has(key) ? REDACTED : inner
    else if (await hide(field, value)) out[key] = REDACTED
    else out[key] = await redactInside(field, inner, hide)
  }
  return out
}

async function redactInside(field: FlattenedField, value: unknown, hide: Hide): Promise<unknown> {
  if (field.type === 'group' || field.type === 'tab') return redactDoc(field.flattenedFields, value, hide)
  if (field.type === 'array' && Array.isArray(value)) return Promise.all(value.map((row) => redactDoc(field.flattenedFields, row, hide)))
  if (field.type === 'blocks' && Array.isArray(value)) {
    return Promise.all(
      value.map((row) => {
        const block = field.blocks.find((b) => isDoc(row) && b.slug === row.blockType)
        // A block whose fields are unknown cannot be checked: nothing of it is shown.
        return block ? redactDoc(block.flattenedFields, row, hide) : REDACTED
      }),
    )
  }
  return value
}

/** The changes of an audit row with what `hide` says hidden: `{ field: { from, to } }`, or `{ before }` of a deletion. */
async function redactChanges(fields: FlattenedField[] | undefined, action: unknown, changes: unknown, hide: Hide): Promise<unknown> {
  if (!isDoc(changes)) return changes
  if (action === 'delete' && isDoc(changes.before)) return { ...changes, before: await redactDoc(fields, changes.before, hide) }
  const from: Doc = {}
  const to: Doc = {}
  for (const [key, change] of Object.entries(changes)) {
    from[key] = isDoc(change) ? change.from : undefined
    to[key] = isDoc(change) ? change.to : undefined
  }
  const [hiddenFrom, hiddenTo] = (await Promise.all([redactDoc(fields, from, hide), redactDoc(fields, to, hide)])) as [Doc, Doc]
  return Object.fromEntries(Object.keys(changes).map((key) => [key, { from: hiddenFrom[key] ?? null, to: hiddenTo[key] ?? null }]))
}

/** Only who, when and which fields: every value hidden. */
const maskedChanges = (action: unknown, changes: unknown): unknown => {
  if (!isDoc(changes)) return changes == null ? changes : REDACTED
  if (action === 'delete' && isDoc(changes.before)) return { before: Object.fromEntries(Object.keys(changes.before).map((k) => [k, REDACTED])) }
  return Object.fromEntries(Object.keys(changes).map((k) => [k, { from: REDACTED, to: REDACTED }]))
}

const fieldsOf = (req: PayloadRequest, slug: unknown): FlattenedField[] | undefined =>
  typeof slug === 'string' ? req.payload.collections[slug as CollectionSlug]?.config.flattenedFields : undefined

export type AuditEntry = {
  collection: string
  recordId: string | number
  site?: unknown
  action: 'create' | 'update' | 'delete' | 'transition' | 'read' | 'login'
  changes?: Record<string, unknown>
  from?: string
  to?: string
  note?: string
  occurredAt?: string | null
}

/** The row `recordAudit` writes for an entry (secrets redacted, who, channel, back-entry). */
async function auditRow(req: PayloadRequest, entry: AuditEntry) {
  const occurredAt = entry.occurredAt ?? (req.context?.occurredAt as string | undefined)
  // Secrets never reach the trail, whoever calls.
  const changes = entry.changes && (await redactChanges(fieldsOf(req, entry.collection), entry.action, entry.changes, isSecret))
  return {
    ...entry,
    changes: changes as Record<string, unknown> | undefined,
    recordId: String(entry.recordId),
    site: idOf(entry.site) as number | undefined,
    actor: req.user?.collection === 'staff' ? (req.user.id as number) : undefined,
    actorName: (req.user as { name?: string } | null)?.name ?? (req.context?.actorName as string | undefined),
    channel: channelOf(req),
    backEntry: Boolean(occurredAt),
    occurredAt: occurredAt ?? undefined,
  }
}

export async function recordAudit(req: PayloadRequest, entry: AuditEntry) {
  await recordAudits(req, [entry])
}

/**
 * The rows of `entries`, in the given order, as one multi-row INSERT in the request's transaction:
 * straight to the database (the rows are written by the server, so they need none of the validation,
 * hooks and read-back of a client write), and sent with the transaction's next statement, its
 * COMMIT at the latest (src/db/deferredWrites.ts): nobody waits for the answer.
 */
export async function recordAudits(req: PayloadRequest, entries: AuditEntry[]) {
  if (!entries.length) return
  const rows = await Promise.all(entries.map((e) => auditRow(req, e)))
  const tables = (req.payload.db as unknown as { tables: Record<string, unknown> }).tables
  const db = (await txOf(req)) as unknown as { insert: (t: unknown) => { values: (v: unknown[]) => { toSQL: () => { sql: string; params: unknown[] } } } }
  // Stamped as the adapter stamps one row it creates (the time of the write, not of the transaction's start).
  const at = new Date().toISOString()
  const insert = db.insert(tables[tableOf(req.payload, 'audit-log')]).values(rows.map((r) => ({ ...r, changes: r.changes ?? null, createdAt: at, updatedAt: at })))
  await writeWithNext(db, insert.toSQL())
}

/**
 * The rows `auditChange` writes for updates of `collection` made set-wise (one statement for many
 * records, without Payload's per-record hooks): one 'update' row per record whose fields changed.
 */
export const updateEntries = (collection: string, pairs: { previous: Record<string, unknown>; doc: Record<string, unknown> & { id: string | number } }[]): AuditEntry[] =>
  pairs.flatMap(({ previous, doc }) => {
    const changes = changedFields(previous, doc)
    return Object.keys(changes).length ? [{ collection, recordId: doc.id, site: doc.site, action: 'update' as const, changes, occurredAt: null }] : []
  })

/**
 * The rows `auditChange` writes for records of `collection` created set-wise (`createMany`): one
 * 'create' row per record, its fields as stored (virtual fields are not changes).
 */
export const createEntries = (req: PayloadRequest, collection: string, docs: (Record<string, unknown> & { id: string | number })[]): AuditEntry[] => {
  const virtual = virtualNames(req.payload.collections[collection as CollectionSlug].config)
  return docs.map((doc) => ({ collection, recordId: doc.id, site: doc.site, action: 'create' as const, changes: withoutVirtual(changedFields({}, doc), virtual), occurredAt: (doc.paperRecordedAt as string | undefined) ?? null }))
}

/** State transitions a workflow drives (approvals, gates, deadlines) are audited as such. */
export const recordTransition = (
  req: PayloadRequest,
  doc: { id: string | number; site?: unknown },
  collection: string,
  from: string | null | undefined,
  to: string,
  note?: string,
) => recordAudit(req, transitionEntry(doc, collection, from, to, note))

/** The row `recordTransition` writes (for `recordAudits`). */
export const transitionEntry = (doc: { id: string | number; site?: unknown }, collection: string, from: string | null | undefined, to: string, note?: string): AuditEntry =>
  ({ collection, recordId: doc.id, site: doc.site, action: 'transition', from: from ?? undefined, to, note })

/**
 * Virtual fields (derived on read, never stored, e.g. CARE-08's hold period) are not changes of the
 * record: the stored fields they derive from are. (An update's `previousDoc` may lack them, which
 * would read as a change from nothing on every update.)
 */
const virtualNames = (collection: { flattenedFields?: FlattenedField[] }) =>
  new Set((collection.flattenedFields ?? []).filter((f) => (f as { virtual?: unknown }).virtual).map((f) => f.name))

const withoutVirtual = (changes: Record<string, { from: unknown; to: unknown }>, virtual: Set<string>) => {
  for (const key of virtual) delete changes[key]
  return changes
}

const auditChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const changes = withoutVirtual(changedFields(operation === 'create' ? {} : previousDoc, doc), virtualNames(collection as never))
  if (operation === 'update' && Object.keys(changes).length === 0) return doc
  await recordAudit(req, {
    collection: collection.slug,
    recordId: doc.id,
    site: doc.site,
    action: operation,
    changes,
    occurredAt: operation === 'create' ? (doc.paperRecordedAt ?? null) : null,
  })
  return doc
}

const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordAudit(req, { collection: collection.slug, recordId: doc.id, site: doc.site, action: 'delete', changes: { before: snapshot(doc) } })
}

/** Add the audit hooks to every collection but the audit log itself and those that opt out. */
export const withAudit = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((c) =>
    c.slug === 'audit-log' || c.custom?.audit === false ? c : addHooks(c, { afterChange: [auditChange], afterDelete: [auditDelete] }),
  )

// ---------------------------------------------------------------------------------------------
// Reading the trail. A row never shows what the reader could not read in the record itself:
// the record must be readable by them (else only who, when and which fields), and a field hidden
// from them in the record is hidden in the row. Checked per page of rows with one query per
// collection (the reader's read access as a where clause over the rows' record ids), never per row.
// ---------------------------------------------------------------------------------------------

type Row = Doc & { collection?: unknown; recordId?: unknown; action?: unknown; changes?: unknown; from?: unknown; to?: unknown; note?: unknown }

/** Content fields of a row: shown only through the checks below, and not searchable or sortable by staff. */
export const auditContent = ['changes', 'from', 'to', 'note'] as const

/**
 * Field access for the content fields: a row being read (`doc` given) is checked by `maskAuditRows`;
 * a query or sort on them (no `doc`: Payload's where/sort validation) is for administrators only,
 * else a filter on a message's text would tell what the masked rows hide.
 */
export const contentReadAccess: FieldAccess = ({ doc, req }) => Boolean(doc) || isAdmin(req.user as never)

const hideAll = (row: Row) => {
  row.changes = maskedChanges(row.action, row.changes)
  for (const key of ['from', 'to', 'note'] as const) if (row[key] != null) row[key] = REDACTED
}

/** Whether the reader may read this field of this record (Payload's own rule: hidden, or field read access). */
const fieldHidden = (req: PayloadRequest, record: Doc) => async (field: FlattenedField, sibling: Doc) => {
  if ((field as { hidden?: unknown }).hidden === true) return true
  const read = field.access?.read
  if (!read) return false
  return !(await read({ id: record.id as number, data: record, doc: record, req, siblingData: sibling } as never))
}

/** Does `doc` satisfy `where`? For deleted records, whose last state is the snapshot of their deletion. */
export const matchesWhere = (where: Where, doc: Doc): boolean =>
  Object.entries(where).every(([key, condition]) => {
    if (key === 'and') return (condition as Where[]).every((w) => matchesWhere(w, doc))
    if (key === 'or') return (condition as Where[]).some((w) => matchesWhere(w, doc))
    let value: unknown = doc
    for (const part of key.split('.')) value = isDoc(value) ? value[part] : undefined
    const values = (Array.isArray(value) ? value : [value]).map((v) => idOf(v) ?? null)
    const same = (a: unknown, b: unknown) => a != null && b != null && String(a) === String(b)
    const list = (operand: unknown) => (Array.isArray(operand) ? operand : String(operand ?? '').split(',')).map((o) => idOf(o) ?? o)
    return Object.entries(condition as Record<string, unknown>).every(([op, operand]) => {
      switch (op) {
        case 'equals':
          return values.some((v) => same(v, idOf(operand) ?? operand))
        case 'not_equals':
          return values.every((v) => !same(v, idOf(operand) ?? operand))
        case 'in':
          return list(operand).some((o) => values.some((v) => same(v, o)))
        case 'not_in':
          return !list(operand).some((o) => values.some((v) => same(v, o)))
        case 'exists':
          return (operand === true || operand === 'true') === values.some((v) => v != null)
        default:
          return false // an operator we do not evaluate: not shown
      }
    })
  })

/** The records (by id) of one collection that the reader may read, in one query. */
async function readableRecords(req: PayloadRequest, slug: string, recordIds: string[]): Promise<Map<string, Doc>> {
  const readable = new Map<string, Doc>()
  const collection = req.payload.collections[slug as CollectionSlug]
  if (!collection) return readable
  const access = collection.config.access?.read
  const rule = access ? await access({ req } as never) : Boolean(req.user)
  if (!rule) return readable
  const ids = recordIds.filter((id) => /^[1-9][0-9]{0,9}$/.test(id)).map(Number)
  if (!ids.length) return readable
  const byId: Where = { id: { in: ids } }
  const { docs } = await req.payload.db.find({
    collection: slug as CollectionSlug,
    where: rule === true ? byId : { and: [byId, rule as Where] },
    limit: ids.length,
    pagination: false,
    req,
  })
  for (const doc of docs as Doc[]) readable.set(String(doc.id), doc)
  // A deleted record is judged by its last state: the snapshot in the trail of its deletion.
  const missing = ids.map(String).filter((id) => !readable.has(id))
  if (missing.length) {
    const deletions = await req.payload.db.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: slug } }, { recordId: { in: missing } }, { action: { equals: 'delete' } }] },
      limit: missing.length,
      pagination: false,
      req,
    })
    for (const row of deletions.docs as Row[]) {
      const before = isDoc(row.changes) && isDoc(row.changes.before) ? { ...row.changes.before, id: Number(row.recordId) } : undefined
      if (before && (rule === true || matchesWhere(rule as Where, before))) readable.set(String(row.recordId), before)
    }
  }
  return readable
}

/** Hide in these rows whatever the reader may not read in the records they are about. */
export async function maskAuditRows(req: PayloadRequest, rows: Row[]) {
  const bySlug = new Map<string, Row[]>()
  for (const row of rows) {
    if (!isDoc(row) || auditContent.every((key) => row[key] == null)) continue
    // A row read without saying which record it is about (e.g. `select`) cannot be checked.
    if (typeof row.collection !== 'string' || row.recordId == null) hideAll(row)
    else bySlug.set(row.collection, [...(bySlug.get(row.collection) ?? []), row])
  }
  for (const [slug, group] of bySlug) {
    const readable = await readableRecords(req, slug, [...new Set(group.map((r) => String(r.recordId)))])
    const fields = fieldsOf(req, slug)
    for (const row of group) {
      const record = readable.get(String(row.recordId))
      if (!record) hideAll(row)
      else row.changes = await redactChanges(fields, row.action, row.changes, fieldHidden(req, record))
    }
  }
}

/** Every read of the trail by a person (REST, GraphQL, the admin panel) passes here; server code is trusted. */
export const maskAuditReads: CollectionAfterOperationHook = async ({ operation, overrideAccess, req, result }) => {
  if (overrideAccess || !result) return result
  if (operation === 'find') await maskAuditRows(req, ((result as { docs?: Row[] }).docs ?? []) as Row[])
  if (operation === 'findByID') await maskAuditRows(req, [result as unknown as Row])
  return result
}
