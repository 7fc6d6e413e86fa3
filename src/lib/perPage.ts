/**
 * Issue 15, "no query per row": what each row of a list needs from the database, read once for the
 * whole page.
 *
 * Payload runs the read hooks of a page's rows side by side, so the rows ask together: `perPage(req,
 * kind, key, readAll)` collects the keys the rows ask for under one `kind` until every row has asked
 * (the batch closes on `setImmediate`, DataLoader's way) and answers them all from one call of
 * `readAll(keys)`. A single record read is a batch of one: the same answer, one read.
 *
 * - Kept on the request object (a WeakMap, gone with the request); a derived request (`asServer`) has
 *   batches of its own.
 * - A batch is forgotten as soon as it is sent: a read later in the same request (after a write)
 *   reads afresh.
 * - `kind` names everything the answer depends on besides the key (the form and field, say): rows
 *   that ask under the same kind must be answered by the same `readAll`.
 */
type Batch = { keys: Set<string | number>; read: Promise<Map<string | number, unknown>> }

const batches = new WeakMap<object, Map<string, Batch>>()

export function perPage<K extends string | number, V>(req: object, kind: string, key: NoInfer<K>, readAll: (keys: K[]) => Promise<Map<K, V>>): Promise<V | undefined> {
  let kinds = batches.get(req)
  if (!kinds) batches.set(req, (kinds = new Map()))
  let batch = kinds.get(kind)
  if (!batch) {
    const keys = new Set<string | number>()
    const open = kinds
    const read = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      open.delete(kind)
      return readAll([...keys] as K[]) as Promise<Map<string | number, unknown>>
    })
    open.set(kind, (batch = { keys, read }))
  }
  batch.keys.add(key)
  return batch.read.then((answers) => answers.get(key) as V | undefined)
}
