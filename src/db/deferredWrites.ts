/**
 * Issue 15: a statement nobody waits for goes with the next one. Each statement is a round trip to
 * PostgreSQL, and two of a create's five are answers nobody reads: the transaction's `BEGIN`, and
 * the audit row written just before `COMMIT`. Here, on the connection a transaction holds:
 *
 * - `BEGIN` is not sent on its own; it is sent in front of the transaction's first real statement, in
 *   the same message. A transaction that ends without one sends nothing at all.
 * - A write handed to `writeWithNext` (the audit trail's rows) is sent in front of the transaction's
 *   next statement — usually its `COMMIT` — in the same message.
 *
 * Several statements in one message is PostgreSQL's simple query protocol, which takes no separate
 * parameters: the statement that carries them is sent with its parameters written as literals
 * (pg's own `prepareValue` and `escapeLiteral`, as libpq's PQescapeLiteral), which PostgreSQL types
 * from their place exactly as it types an untyped parameter. A statement that cannot be written so
 * (a named prepared statement, binary data, text that is not plain SQL around `$n`) is sent as before,
 * after what waits for it. Order is kept: what waits always goes first, in the transaction, on its
 * connection; if it fails, the statement it travels with fails with its error and the transaction
 * is rolled back as for any failed statement.
 *
 * The statements asked of a transaction's connection at once (its reads run side by side) are sent one
 * after the other, in the order asked, by this wrapper: pg 8 queues them itself but warns (pg 9 will
 * not queue them).
 *
 * Payload's `commitTransaction` does not report a failed `COMMIT` (@payloadcms/drizzle catches the
 * transaction's rejection); with writes travelling with the `COMMIT` that would lose an error, so it
 * is wrapped here to throw it, and the operation fails and answers an error as it would have when
 * the audit row was written on its own.
 */
import type { DatabaseAdapterObj } from 'payload'
import { adjustAdapter, afterConnect } from './adjustAdapter'
import type { Pool, PoolClient, QueryConfig } from 'pg'
import pgUtils from 'pg/lib/utils'

const { escapeLiteral, prepareValue } = pgUtils

type Transaction = { begin: string; begun: boolean; failure?: unknown }
type Waiting = { client: PoolClient; query: PoolClient['query']; pending: string[]; transaction?: Transaction }
type Result = { command: string; rowCount: number | null; rows: unknown[]; fields: unknown[] }

const waitingOf = new WeakMap<object, Waiting>()

const BEGIN = /^\s*(begin|start transaction)\b[^;$]*$/i
const END = /^\s*(commit|rollback|end)\s*$/i
const empty = (command: string): Result => ({ command, rowCount: null, rows: [], fields: [] })

/**
 * `text` with its `$n` parameters written as literals, or undefined when that cannot be done safely:
 * a dollar-quoted string, binary data, a parameter that is not there.
 */
export function inlined(text: string, values: readonly unknown[] | undefined): string | undefined {
  if (!values?.length) return text
  const parts = partsOf(text)
  if (!parts) return undefined
  const literals: string[] = []
  for (const value of values) {
    const prepared = prepareValue(value)
    if (prepared === null || prepared === undefined) literals.push('NULL')
    else if (typeof prepared === 'string') literals.push(escapeLiteral(prepared))
    else return undefined // a Buffer: bytea sent as binary
  }
  let out = ''
  let missing = false
  // Replace $n only outside quoted strings and identifiers (the even parts).
  for (let i = 0; i < parts.length; i++) {
    out += i % 2 === 1 ? parts[i] : parts[i].replace(/\$(\d+)/g, (_, n: string) => literals[Number(n) - 1] ?? ((missing = true), ''))
  }
  return missing ? undefined : out
}

/**
 * `text` cut into what is outside and inside quoted strings and identifiers (alternately), or null
 * when it is not plain SQL around `$n` (E'' strings, comments, backslashes, dollar quotes, `$` inside
 * a name). Kept per text (short ones): the same few statements carry the waiting writes again and again.
 */
const shapes = new Map<string, string[] | null>()
function partsOf(text: string): string[] | null {
  let parts = shapes.get(text)
  if (parts === undefined) {
    parts = /[Ee]'|--|\/\*|\\|\$(?!\d)|[A-Za-z_0-9]\$\d/.test(text) ? null : text.split(/('(?:[^']|'')*'|"(?:[^"]|"")*")/)
    if (text.length > 2000) return parts // a multi-row write: seldom the same twice
    if (shapes.size >= 500) shapes.clear()
    shapes.set(text, parts)
  }
  return parts
}

function textOf(config: unknown): string | undefined {
  return typeof config === 'string' ? config : (config as QueryConfig | undefined)?.text
}

/** The last result of a multi-statement message is the answer of the statement that carried it. */
const last = (result: Result | Result[]) => (Array.isArray(result) ? result[result.length - 1] : result)

function makeWaiting(client: PoolClient): Waiting {
  const known = waitingOf.get(client)
  if (known) return known
  // pg's own query, looked up at each call (a statement trace may wrap it later).
  const query = function (this: unknown, ...args: unknown[]) {
    return (Object.getPrototypeOf(client) as { query: (...a: unknown[]) => unknown }).query.apply(client, args)
  } as unknown as PoolClient['query']
  const waiting: Waiting = { client, query, pending: [] }
  waitingOf.set(client, waiting)
  const send = waiting.query as unknown as (config: unknown, values?: unknown) => Promise<Result | Result[]>
  // The statements asked of this connection at once (a transaction's reads run side by side) go one
  // after the other, in the order asked: pg 8 would queue them itself but warns that pg 9 will not.
  let tail: Promise<unknown> = Promise.resolve()
  const inTurn = <R>(work: () => Promise<R>): Promise<R> => {
    const turn = tail.then(work)
    tail = turn.catch(() => undefined)
    return turn
  }

  async function run(config: unknown, values: unknown[] | undefined): Promise<Result> {
    const text = textOf(config)
    const named = typeof config === 'object' && config !== null && 'name' in config && (config as QueryConfig).name
    const params = values ?? (config as QueryConfig | undefined)?.values
    if (text && BEGIN.test(text) && !params?.length && !named && !waiting.transaction) {
      waiting.transaction = { begin: text, begun: false }
      waiting.pending = [text]
      return empty('BEGIN')
    }
    const transaction = waiting.transaction
    if (text && END.test(text) && transaction) {
      waiting.transaction = undefined
      const begun = transaction.begun
      const rollback = !/^\s*(commit|end)/i.test(text)
      const before = rollback ? [] : waiting.pending.filter((s) => !BEGIN.test(s))
      waiting.pending = []
      if (!begun && !before.length) return empty(rollback ? 'ROLLBACK' : 'COMMIT') // nothing was done in it
      if (!begun) before.unshift(transaction.begin)
      let result: Result
      try {
        result = last(await send([...before, text].join(';\n')))
      } catch (error) {
        if (!rollback) transaction.failure ??= error
        throw error
      }
      // COMMIT of a transaction that an earlier error aborted answers ROLLBACK, without an error.
      if (!rollback && result.command !== 'COMMIT') transaction.failure ??= new Error(`the transaction was rolled back at COMMIT (${result.command})`)
      return result
    }
    if (!waiting.pending.length) return (await send(config, values)) as Result
    if (transaction) transaction.begun = true
    const pending = waiting.pending
    waiting.pending = []
    const carried = text && !named ? inlined(text, params) : undefined
    // A failure of what waited is the transaction's, whoever sees it (a caller may ignore its own error).
    const noted = <R>(answer: Promise<R>) =>
      answer.catch((error: unknown) => {
        if (transaction) transaction.failure ??= error
        throw error
      })
    if (carried === undefined) {
      // What waited, then the statement, in one turn of the connection: nothing of the transaction comes between.
      await noted(send(pending.join(';\n')))
      return (await send(config, values)) as Result
    }
    const { name: _name, values: _values, text: _text, ...options } = (typeof config === 'object' && config ? config : {}) as QueryConfig
    return last(await noted(send({ ...options, text: [...pending, carried].join(';\n') })))
  }

  client.query = function (config: unknown, values?: unknown, callback?: unknown) {
    const cb = typeof values === 'function' ? values : callback
    const vals = typeof values === 'function' ? undefined : (values as unknown[] | undefined)
    // Streams (a cursor, a COPY) and callbacks outside a transaction: pg's own, untouched.
    if ((typeof config === 'object' && config !== null && typeof (config as { submit?: unknown }).submit === 'function') || (cb && !waiting.transaction)) {
      // What waits goes first (queued before it: pg keeps the order).
      if (waiting.pending.length) {
        if (waiting.transaction) waiting.transaction.begun = true
        const transaction = waiting.transaction
        send(waiting.pending.splice(0).join(';\n')).catch((error: unknown) => {
          if (transaction) transaction.failure ??= error
        })
      }
      return (waiting.query as unknown as (...a: unknown[]) => unknown)(config, values, callback)
    }
    const result = inTurn(() => run(config, vals))
    if (typeof cb === 'function') {
      result.then((r) => (cb as (e: unknown, r?: unknown) => void)(null, r), (e) => (cb as (e: unknown) => void)(e))
      return undefined
    }
    return result
  } as PoolClient['query']
  return waiting
}

/**
 * Send `query` (a write whose answer nobody reads) with the next statement of `db`'s transaction;
 * outside a transaction, or when it cannot travel so, run it now.
 */
export async function writeWithNext(db: unknown, query: { sql: string; params: unknown[] }): Promise<void> {
  const client = (db as { session?: { client?: object } }).session?.client
  const waiting = client && waitingOf.get(client)
  const text = waiting?.transaction ? inlined(query.sql, query.params) : undefined
  if (waiting && text !== undefined) {
    waiting.pending.push(text)
    return
  }
  const session = (db as { session: { client: { query: (t: string, v: unknown[]) => Promise<unknown> } } }).session
  await session.client.query(query.sql, query.params)
}

type Adapter = {
  pool?: Pool
  connect?: (options?: unknown) => Promise<void>
  sessions: Record<string, { db: { session?: { client?: object } } } | undefined>
  commitTransaction: (id: string | number | Promise<string | number>) => Promise<void>
}

const wrapped = new WeakSet<object>()

function deferOnPool(pool: Pool | undefined): void {
  if (!pool || wrapped.has(pool)) return
  wrapped.add(pool)
  const connect = pool.connect.bind(pool) as (cb?: (err: Error | undefined, client?: PoolClient, done?: unknown) => void) => unknown
  pool.connect = function (callback?: (err: Error | undefined, client?: PoolClient, done?: unknown) => void) {
    if (callback)
      return connect((err, client, done) => {
        if (client) makeWaiting(client)
        callback(err, client, done)
      })
    return (connect() as Promise<PoolClient>).then((client) => (makeWaiting(client), client))
  } as Pool['connect']
  // A connection goes back to the pool with nothing waiting (a transaction always ends first).
  pool.on('release', (_err: Error | undefined, client: PoolClient) => {
    const waiting = waitingOf.get(client)
    if (waiting) {
      waiting.pending = []
      waiting.transaction = undefined
    }
  })
}

export function withDeferredWrites<T extends DatabaseAdapterObj>(result: T): T {
  return adjustAdapter<T, Adapter>(result, (adapter) => {
    const { commitTransaction } = adapter
    afterConnect(adapter, (connected) => deferOnPool(connected.pool))
    adapter.commitTransaction = async function (this: Adapter, incoming) {
      const id = incoming instanceof Promise ? await incoming : incoming
      const client = this.sessions[String(id)]?.db.session?.client
      const transaction = client && waitingOf.get(client)?.transaction
      await commitTransaction.call(this, id)
      if (transaction?.failure) throw transaction.failure
    }
  })
}
