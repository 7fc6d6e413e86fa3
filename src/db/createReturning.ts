/**
 * Issue 15: a create answered by its own INSERT. Payload's drizzle adapter creates a record by
 * inserting its row (`adapter.insert`, which already asks for `RETURNING *`), inserting its side
 * rows (arrays, blocks, hasMany relationships, localized fields: other tables), then reading the
 * whole record back with a relational `findFirst` to build the document. For a collection whose
 * record is its one row — the read-back asks for no other table (`with` and `extras` empty) — the
 * row the INSERT returned is the same row, read in the same transaction a moment earlier: here the
 * read-back is answered from it, saving a statement and the relational query's SQL building.
 *
 * Payload already does this for updates (upsertRow's "hasOnlyColumns" path); this is the same for
 * creates. Collections with side tables, creates with `returning: false` and every other read are
 * Payload's own, unchanged.
 */
import { upsertRow } from '@payloadcms/drizzle'
import type { DatabaseAdapterObj, FlattenedField, SelectType } from 'payload'
import { adjustAdapter } from './adjustAdapter'
import toSnakeCase from 'to-snake-case'

type Row = Record<string, unknown>
type ReadBackArgs = { columns?: Record<string, boolean>; with?: Record<string, unknown>; extras?: Record<string, unknown> }
type Builder = { findFirst: (args: ReadBackArgs) => Promise<Row | undefined> }
type Drizzle = { query: Record<string, Builder> }
type InsertArgs = { db: Drizzle; tableName: string; values: Row | Row[]; onConflictDoUpdate?: unknown }
type CreateArgs = {
  collection: string
  customID?: number | string
  data: Row
  req?: { transactionID?: unknown }
  returning?: boolean
  select?: SelectType
}
type Adapter = {
  drizzle: Drizzle
  sessions: Record<string, { db: Drizzle } | undefined>
  tableNameMap: Map<string, string>
  payload: { collections: Record<string, { config: { slug: string; flattenedFields: FlattenedField[] } }> }
  insert: (args: InsertArgs) => Promise<Row[]>
  create: (args: CreateArgs) => Promise<Row | null>
}

/** The create's own insert of its table, noted on the drizzle handle it was given. */
const CREATED = Symbol('createdRow')
type Noting = Drizzle & { [CREATED]?: { tableName: string; row?: Row } }

const isEmpty = (o: Record<string, unknown> | undefined) => !o || Object.keys(o).length === 0

const selected = (row: Row, columns: Record<string, boolean> | undefined): Row => {
  if (!columns || isEmpty(columns)) return row
  const only = Object.entries(columns).some(([, on]) => on)
  return Object.fromEntries(Object.entries(row).filter(([key]) => (only ? columns[key] === true : columns[key] !== false)))
}

/** The request's transaction handle, as Payload's `getTransaction` finds it (no read replicas here). */
async function handleOf(adapter: Adapter, req: CreateArgs['req']): Promise<Drizzle> {
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id && adapter.sessions[String(id)]?.db) || adapter.drizzle
}

/** A handle that answers the read-back of `tableName` from the row its insert returned. */
function noting(db: Drizzle, tableName: string): Noting {
  const note: { tableName: string; row?: Row } = { tableName }
  const builder = db.query[tableName]
  const query = Object.create(db.query) as Drizzle['query']
  query[tableName] = {
    findFirst: (args: ReadBackArgs) =>
      note.row && isEmpty(args.with) && isEmpty(args.extras) ? Promise.resolve(selected(note.row, args.columns)) : builder.findFirst(args),
  }
  const handle = Object.create(db) as Noting
  handle.query = query
  handle[CREATED] = note
  return handle
}

export function withCreateReturning<T extends DatabaseAdapterObj>(result: T): T {
  return adjustAdapter<T, Adapter>(result, (adapter) => {
    const { create, insert } = adapter
    adapter.insert = async function (this: Adapter, insertArgs: InsertArgs) {
      const rows = await insert.call(this, insertArgs)
      const note = (insertArgs.db as Noting)[CREATED]
      if (note && !note.row && insertArgs.tableName === note.tableName && !insertArgs.onConflictDoUpdate && rows.length === 1) note.row = rows[0]
      return rows
    }
    // @payloadcms/drizzle's `create`, with a handle that notes the insert's row for the read-back.
    adapter.create = async function (this: Adapter, createArgs: CreateArgs) {
      if (createArgs.returning === false) return create.call(this, createArgs)
      const collection = this.payload.collections[createArgs.collection].config
      const tableName = this.tableNameMap.get(toSnakeCase(collection.slug))!
      return upsertRow({
        adapter: this as never,
        collectionSlug: createArgs.collection,
        customID: createArgs.customID,
        data: createArgs.data,
        db: noting(await handleOf(this, createArgs.req), tableName) as never,
        fields: collection.flattenedFields,
        operation: 'create',
        req: createArgs.req as never,
        select: createArgs.select,
        tableName,
      })
    }
  })
}
