/**
 * Issue 15's wrappers of the database adapter (src/db/pageWithCount.ts, createReturning.ts,
 * deferredWrites.ts) each take `postgresAdapter(…)` and adjust some methods of the adapter it makes.
 */
import type { DatabaseAdapterObj } from 'payload'

/** `result` whose adapter, once made, `adjust` changes. */
export function adjustAdapter<T extends DatabaseAdapterObj, A>(result: T, adjust: (adapter: A) => void): T {
  return {
    ...result,
    init: (args: Parameters<T['init']>[0]) => {
      const adapter = result.init(args)
      adjust(adapter as unknown as A)
      return adapter as ReturnType<T['init']>
    },
  }
}

/** Run `then` each time `adapter` has connected (its pool and drizzle exist from then on). */
export function afterConnect<A extends { connect?: (options?: unknown) => Promise<void> }>(adapter: A, then: (adapter: A) => void): void {
  const { connect } = adapter
  if (!connect) return
  adapter.connect = async function (this: A, options?: unknown) {
    await connect.call(this, options)
    then(this)
  }
}
