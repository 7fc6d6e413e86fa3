/**
 * Issue 15: a list and its total in one statement. Payload's drizzle adapter answers every list
 * (`find`, drafts, versions — all through @payloadcms/drizzle `find/findMany.js`) by building the page
 * query (drizzle's relational `findMany`, lazy), then awaiting `adapter.countDistinct(…)` with the same
 * `where`, then awaiting the page: two statements, one after the other. Here `countDistinct` is
 * wrapped: when it is called for the page query that was built just before it (same table, same
 * drizzle instance — the pool's or the request's transaction —, the very same `where` object, no joins)
 * the count becomes one more column of the page,
 *
 *   select …page columns…, (select count(*) from <table> where <where>) as __total
 *   from <table> where <where> order by … limit … offset …
 *
 * which PostgreSQL evaluates once (an uncorrelated sub-select: an InitPlan) next to the page it reads
 * with its usual plan — or, for a search (a substring test, which no index serves), `count(*) over ()`,
 * so that each row is filtered once for both (see `totalOf`). The page query is then answered from
 * that one execution (its rows, without the extra column) when Payload awaits it.
 *
 * Exact in every case Payload is: a non-empty page carries the total; an empty first page means a total
 * of 0; an empty page past the first (page past the end) runs Payload's own count. Everything else —
 * lists whose filter or sort needs joins (Payload's `selectDistinct` path, its `COUNT(1) OVER()` count),
 * `pagination=false` (no count is asked for), counts without a page (`count`, `countVersions`,
 * `findDistinct`) — is left to Payload unchanged. Inside a transaction the one statement runs on the
 * transaction's connection like the two did; page and total now come from one snapshot.
 */
import { sql } from '@payloadcms/db-postgres'
import { Column, is, SQL } from '@payloadcms/db-postgres/drizzle'
import type { DatabaseAdapterObj } from 'payload'
import { adjustAdapter, afterConnect } from './adjustAdapter'

const TOTAL = '__payload_total'

type Rows = Record<string, unknown>[]
type Decoder = { mapFromDriverValue: (value: unknown) => unknown }
type Session = {
  prepareQuery: (
    query: { sql: string; params: unknown[] },
    fields: undefined,
    name: undefined,
    arrayMode: true,
    map: (rows: unknown[][]) => Rows,
  ) => { execute: () => Promise<Rows> }
}
type RelationalQuery = {
  config: {
    where?: unknown
    extras?: Record<string, unknown>
    offset?: number
    limit?: number
    with?: Record<string, unknown>
    columns?: Record<string, boolean | undefined>
    orderBy?: unknown
  }
  mode?: string
  table?: object
  tableConfig?: { tsName?: string; dbName?: string; columns?: Record<string, Decoder & { name: string }> }
  dialect?: { sqlToQuery: (query: SQL) => { sql: string; params: unknown[] } }
  session?: Session
  execute: (placeholders?: unknown) => Promise<Rows>
}
type Builder = { findMany: (config?: unknown) => RelationalQuery }
type Drizzle = { query?: Record<string, Builder> }
type CountArgs = { column?: unknown; db: Drizzle; joins: unknown[]; tableName: string; where?: unknown }
type Adapter = {
  drizzle?: Drizzle
  tables: Record<string, unknown>
  connect?: (options?: unknown) => Promise<void>
  countDistinct: (args: CountArgs) => Promise<number>
}

/** The page query built last, until the end of the synchronous step that built it. */
let built: { query: RelationalQuery; builder: Builder } | null = null
const patched = new WeakSet<object>()

/** Note each relational `findMany` as it is built (drizzle's builders share one prototype). */
function notePageQueries(drizzle: Drizzle | undefined): void {
  const some = drizzle?.query && Object.values(drizzle.query)[0]
  const prototype = some && (Object.getPrototypeOf(some) as Builder)
  if (!prototype || patched.has(prototype)) return
  patched.add(prototype)
  const findMany = prototype.findMany
  prototype.findMany = function (this: Builder, config?: unknown) {
    const query = findMany.call(this, config)
    const entry = { query, builder: this }
    built = entry
    queueMicrotask(() => {
      if (built === entry) built = null
    })
    return query
  }
}

/** The page query that `args` counts, when it is the one just built and needs no joins. */
function pageOf(args: CountArgs): RelationalQuery | undefined {
  const entry = built
  built = null
  if (!entry || args.joins.length > 0 || args.column) return undefined
  const { query, builder } = entry
  if (args.db.query?.[args.tableName] !== builder) return undefined
  if (query.config.where !== args.where) return undefined
  // The sub-select names the table as the page does (drizzle aliases the root table by its schema key).
  if (!query.tableConfig?.tsName || query.tableConfig.tsName !== query.tableConfig.dbName) return undefined
  return query
}

/** Whether `where` (drizzle SQL) tests a substring — `contains`, `like`: ILIKE '%…%', which no btree index serves. */
export function testsSubstring(where: unknown, depth = 0): boolean {
  if (!where || typeof where !== 'object' || depth > 50) return false
  const chunks = (where as { queryChunks?: unknown[] }).queryChunks
  if (Array.isArray(chunks)) return chunks.some((chunk) => testsSubstring(chunk, depth + 1))
  const value = (where as { value?: unknown }).value
  return Array.isArray(value) && value.some((part) => typeof part === 'string' && /\bi?like\b/i.test(part))
}

/** Above this many rows a table's searches count apart (see `totalOf`). */
export const SINGLE_PASS_MAX_ROWS = 100_000

type Sizes = { rows: Map<string, number>; at: number; reading?: Promise<void> }
const sizesOf = new WeakMap<object, Sizes>()

/**
 * Read again how many rows each table has (PostgreSQL's estimate: the larger of the last ANALYZE's and
 * the live count of its statistics), for the pool of `drizzle`. Done when the adapter connects and,
 * off the requests' path, at most once a minute while lists use it (lists do not wait for it).
 */
export function readTableSizes(drizzle: { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }): Promise<void> {
  let sizes = sizesOf.get(drizzle)
  if (!sizes) sizesOf.set(drizzle, (sizes = { rows: new Map(), at: 0 }))
  const known = sizes
  known.at = Date.now()
  known.reading ??= drizzle
    .execute(
      sql`select c.relname as name, greatest(c.reltuples, coalesce(s.n_live_tup, 0))::float8 as rows from pg_class c
        left join pg_stat_user_tables s on s.relid = c.oid where c.relkind in ('r', 'p') and c.relnamespace = current_schema()::regnamespace`,
    )
    .then(({ rows }) => {
      known.rows = new Map(rows.map((r) => [String(r.name), Number(r.rows)]))
    })
    .catch(() => {}) // kept as it was; the next minute reads again
    .finally(() => (known.reading = undefined))
  return known.reading
}

/** The rows `table` had when last read (undefined when not known yet: a table made since is read a second later). */
function rowsOf(drizzle: object, table: string): number | undefined {
  const sizes = sizesOf.get(drizzle)
  const rows = sizes?.rows.get(table)
  const age = sizes ? Date.now() - sizes.at : Infinity
  if (age > 60_000 || (rows === undefined && age > 1000)) void readTableSizes(drizzle as never)
  return rows
}

/**
 * The total as one more column of the page. A search (a substring test) reads every row it could
 * match for its total anyway — no index answers `ILIKE '%…%'` — so on a table of moderate size the
 * page takes its rows from that same pass (`count(*) over ()`: PostgreSQL filters each row once,
 * where the page and a separate count filtered it twice). PostgreSQL holds the matching rows until it
 * has counted them all, so a large table (over SINGLE_PASS_MAX_ROWS, or not known yet) counts apart:
 * a search that matched most of a million rows would hold them all, on disk. And the page must be the
 * table alone (no lateral sub-selects of arrays or relationships, which would run for every match).
 * Every other list keeps the count as a sub-select, which PostgreSQL answers from its indexes while
 * the page stops after its rows.
 */
const totalOf = (adapter: Adapter, args: CountArgs, query: RelationalQuery) => {
  const joinsNothing = !query.config.with || Object.keys(query.config.with).length === 0
  const rows = adapter.drizzle && rowsOf(adapter.drizzle, query.tableConfig!.dbName!)
  if (joinsNothing && rows !== undefined && rows <= SINGLE_PASS_MAX_ROWS && testsSubstring(args.where)) return sql`count(*) over ()`.as(TOTAL)
  const alias = sql.identifier(query.tableConfig!.tsName!)
  const where = args.where ? sql` where ${args.where}` : sql``
  return sql`(select count(*) from ${adapter.tables[args.tableName]} ${alias}${where})`.as(TOTAL)
}

/** Every column of a table, as drizzle's relational query selects them when no `columns` are named. */
type Selection = { list: SQL; keys: string[]; decoders: Decoder[] }
const selections = new WeakMap<object, Selection>()
const selectionOf = (tableConfig: NonNullable<RelationalQuery['tableConfig']>): Selection => {
  let selection = selections.get(tableConfig)
  if (!selection) {
    const entries = Object.entries(tableConfig.columns ?? {})
    selection = {
      list: sql.raw(entries.map(([, column]) => `"${column.name.replace(/"/g, '""')}"`).join(', ')),
      keys: entries.map(([key]) => key),
      decoders: entries.map(([, column]) => column),
    }
    selections.set(tableConfig, selection)
  }
  return selection
}

/**
 * The page of a list that reads its table alone, as drizzle's relational query reads it — the same
 * columns in the same order, decoded by the same columns, the same `where`, order, limit and offset —
 * but rendered here in one template (issue 15: drizzle's relational builder re-walks the `where` to
 * alias its columns and checks every selected field, about a tenth of a list's CPU). The table's alias
 * is its own name (`pageOf` checks this), so Payload's `where` and order, built on the table's columns,
 * are rendered as they are. Undefined for anything else (named columns, relations, a function where
 * or order that wants drizzle's arguments): that page is read by drizzle as before.
 */
function tableOnlyPage(query: RelationalQuery): (() => Promise<Rows>) | undefined {
  const { config, tableConfig, dialect, session, table } = query
  if (query.mode !== 'many' || !tableConfig?.columns || !dialect || !session || !table) return undefined
  if (config.columns !== undefined || (config.with && Object.values(config.with).some(Boolean))) return undefined
  if (config.where !== undefined && !is(config.where, SQL)) return undefined
  const extras = Object.entries(config.extras ?? {})
  if (typeof config.extras === 'function' || !extras.every(([, value]) => is(value, SQL.Aliased))) return undefined
  const order = typeof config.orderBy === 'function' ? (config.orderBy as (...args: unknown[]) => unknown).length === 0 && config.orderBy() : (config.orderBy ?? [])
  const orderBy = Array.isArray(order) ? order : [order]
  if (!orderBy.every((part) => is(part, SQL) || is(part, Column))) return undefined
  const selection = selectionOf(tableConfig)
  // Each value of a row is decoded by its column, then each extra by its own decoder.
  const keys = [...selection.keys, ...extras.map(([key]) => key)]
  const decoders = [...selection.decoders, ...extras.map(([, value]) => ((value as SQL.Aliased).sql as unknown as { decoder: Decoder }).decoder)]
  const built = dialect.sqlToQuery(
    sql.join([
      sql`select ${selection.list}`,
      ...extras.map(([key, value]) => sql`, ${(value as SQL.Aliased).sql} as ${sql.identifier(key)}`),
      sql` from ${table}`,
      config.where ? sql` where ${config.where as SQL}` : undefined,
      orderBy.length ? sql` order by ${sql.join(orderBy as SQL[], sql`, `)}` : undefined,
      typeof config.limit === 'number' && config.limit >= 0 ? sql` limit ${config.limit}` : undefined,
      config.offset ? sql` offset ${config.offset}` : undefined,
    ]),
  )
  const decode = (value: unknown, decoder: Decoder) => (value === null ? null : decoder.mapFromDriverValue(value))
  const map = (rows: unknown[][]) =>
    rows.map((row) => {
      const result: Record<string, unknown> = {}
      for (let i = 0; i < keys.length; i++) result[keys[i]] = decode(row[i], decoders[i])
      return result
    })
  return () => session.prepareQuery(built, undefined, undefined, true, map).execute()
}

async function countWithPage(adapter: Adapter, args: CountArgs, query: RelationalQuery): Promise<number | undefined> {
  query.config = { ...query.config, extras: { ...query.config.extras, [TOTAL]: totalOf(adapter, args, query) } }
  let total: number | undefined
  const page = (tableOnlyPage(query) ?? (() => query.execute()))().then((rows) => {
    if (rows.length > 0) total = Number(rows[0][TOTAL])
    for (const row of rows) delete row[TOTAL]
    return rows
  })
  page.catch(() => {}) // awaited below and again by Payload
  query.execute = () => page
  const rows = await page
  if (rows.length > 0) return total
  if (!query.config.offset) return 0
  return undefined
}

/** `postgresAdapter(…)` whose lists read their page and total in one statement. */
export function withPageCount<T extends DatabaseAdapterObj>(result: T): T {
  return adjustAdapter<T, Adapter>(result, (adapter) => {
    const { countDistinct } = adapter
    afterConnect(adapter, (connected) => {
      notePageQueries(connected.drizzle)
      if (connected.drizzle) void readTableSizes(connected.drizzle as never)
    })
    adapter.countDistinct = async function (this: Adapter, countArgs: CountArgs) {
      const query = pageOf(countArgs)
      const total = query ? await countWithPage(this, countArgs, query) : undefined
      return total ?? countDistinct.call(this, countArgs)
    }
  })
}
