/**
 * Issue 15: a transaction's relational query builders, each made when first used. drizzle's
 * `PgDatabase` constructor makes one `RelationalQueryBuilder` for every table of the schema, and
 * every transaction is a new `PgDatabase` — some hundreds of builders for each write, which uses one
 * or two (measured: about 0.1 ms of a create's 5 ms of CPU, `bench/peers/profile.ts`). Here the pool's
 * session makes its transactions with an empty schema (nothing to build), and the transaction handed
 * to the caller gets the real schema back and a `query` whose builders are made on first access, the
 * same builders drizzle would have made (same arguments), then kept on it.
 *
 * A savepoint (drizzle's nested transaction) is made from the transaction's real schema, as before.
 */
import type { DatabaseAdapterObj } from 'payload'
import { adjustAdapter, afterConnect } from './adjustAdapter'

type Schema = { schema?: Record<string, unknown>; fullSchema: Record<string, unknown>; tableNamesMap: Record<string, string> }
type Transaction = { _: { schema?: unknown }; schema?: Schema; query: Record<string, unknown>; dialect: unknown; session: unknown }
type Drizzle = {
  query: Record<string, object>
  session: { schema?: Schema }
  transaction: (run: (tx: Transaction) => Promise<unknown>, config?: unknown) => Promise<unknown>
}
type Builder = new (...args: unknown[]) => object

const DIALECT = Symbol('dialect')
const SESSION = Symbol('session')
type Queries = Record<string | symbol, unknown>

/** Per schema: a prototype with a getter per table that makes the table's builder and keeps it on the instance. */
const prototypes = new WeakMap<Schema, object>()
function queriesOf(schema: Schema, Builder: Builder, dialect: unknown, session: unknown): Queries {
  let prototype = prototypes.get(schema)
  if (!prototype) {
    prototype = {}
    for (const name of Object.keys(schema.schema ?? {})) {
      Object.defineProperty(prototype, name, {
        configurable: true,
        enumerable: true,
        get(this: Queries) {
          const builder = new Builder(schema.fullSchema, schema.schema, schema.tableNamesMap, schema.fullSchema[name], schema.schema![name], this[DIALECT], this[SESSION])
          Object.defineProperty(this, name, { value: builder, configurable: true, enumerable: true, writable: true })
          return builder
        },
        // Assigning one (before it was read) keeps what was assigned, as on drizzle's plain object.
        set(this: Queries, value: unknown) {
          Object.defineProperty(this, name, { value, configurable: true, enumerable: true, writable: true })
        },
      })
    }
    prototypes.set(schema, prototype)
  }
  return Object.create(prototype, { [DIALECT]: { value: dialect }, [SESSION]: { value: session } }) as Queries
}

function buildLazily(drizzle: Drizzle): void {
  const schema = drizzle.session.schema
  const some = Object.values(drizzle.query)[0]
  if (!schema?.schema || !some) return
  const Builder = (Object.getPrototypeOf(some) as { constructor: Builder }).constructor
  // What the session hands to each new transaction: no tables to build builders for.
  drizzle.session.schema = { fullSchema: schema.fullSchema, tableNamesMap: schema.tableNamesMap, schema: undefined }
  const transaction = drizzle.transaction
  drizzle.transaction = function (this: Drizzle, run, config) {
    return transaction.call(
      this,
      (tx) => {
        tx._.schema = schema.schema
        tx.schema = schema
        tx.query = queriesOf(schema, Builder, tx.dialect, tx.session)
        return run(tx)
      },
      config,
    )
  }
}

/** `postgresAdapter(…)` whose transactions make their query builders when first used. */
export function withLazyQueries<T extends DatabaseAdapterObj>(result: T): T {
  return adjustAdapter<T, { drizzle: Drizzle; connect?: (options?: unknown) => Promise<void> }>(result, (adapter) => {
    afterConnect(adapter, (connected) => buildLazily(connected.drizzle))
  })
}
