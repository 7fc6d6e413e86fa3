/**
 * Issue 15: a read an access rule (or a hook) makes is made once per request, not once per call.
 *
 * Payload asks a collection's access rules for read, create, update and delete separately (the
 * permission map of an admin page or `/api/access` asks every collection at once), so a rule that reads
 * the database reads it again for every operation it is asked about. `once(req, key, load)` keeps the
 * promise of the first read and hands it to the later calls of the same request.
 *
 * Kept on the request object itself (a WeakMap, so it goes with the request), not on `req.context`:
 * Payload's Local API replaces `req.context` with a copy on every nested call that passes `req`, so
 * what is written to it while the first read is under way is lost.
 *
 * - Never longer than the request: a new request is a new object (Payload's REST and GraphQL make
 *   one per HTTP request; a Local API call without `req` makes one per call).
 * - Never for another person: the key includes who reads (`req.user`; a nested call may change it).
 * - Never across a transaction: a read made inside a transaction is kept for that transaction only
 *   (if it is rolled back, what it saw is not served afterwards).
 * - Never stale after a write: `forgetReads(req)` drops every read kept for the request; it runs
 *   before and after every create, update and delete through Payload (src/lib/sameAnswer.ts installs
 *   it on every collection), so a grant registered in a request is seen by the reads that follow it.
 * - A failed read is not kept.
 */
type Kept = Map<unknown, Map<string, Promise<unknown>>>

const kept = new WeakMap<object, Kept>()

type Req = { user?: { id?: unknown; collection?: unknown } | null; transactionID?: unknown }

/**
 * The request a derived one was made from: server writes go through `Object.create(req)` (asServer,
 * a lifecycle's write), and what they change must reach the reads kept for the request itself.
 */
function rootOf(req: object): object {
  let root = req
  for (let up = Object.getPrototypeOf(root); up && typeof up === 'object' && Object.prototype.hasOwnProperty.call(up, 'payload'); up = Object.getPrototypeOf(up)) root = up
  return root
}

const reader = (req: Req) => (req.user ? `${String(req.user.collection ?? '')}:${String(req.user.id ?? '')}` : '-')

/** The value of `load()` for `key`, read once per request, person and transaction. */
export function once<T>(req: Req | null | undefined, key: string, load: () => Promise<T>): Promise<T> {
  if (!req || typeof req !== 'object') return load()
  const root = rootOf(req)
  let byTransaction = kept.get(root)
  if (!byTransaction) kept.set(root, (byTransaction = new Map()))
  const transaction = req.transactionID ?? null
  let reads = byTransaction.get(transaction)
  if (!reads) byTransaction.set(transaction, (reads = new Map()))
  const full = `${reader(req)}|${key}`
  const known = reads.get(full)
  if (known) return known as Promise<T>
  const promise = load()
  reads.set(full, promise)
  const own = reads
  promise.catch(() => {
    if (own.get(full) === promise) own.delete(full)
  })
  return promise
}

/** Drop every read kept for this request (a write may have changed any of them). */
export function forgetReads(req: object | null | undefined): void {
  if (req && typeof req === 'object') kept.delete(rootOf(req))
}

/** How many reads are kept for this request (tests). */
export function keptReads(req: object): number {
  let n = 0
  for (const reads of kept.get(rootOf(req))?.values() ?? []) n += reads.size
  return n
}
