/**
 * Raw SQL inside a request's transaction (a row lock, a conditional UPDATE, a bulk DELETE): `txOf(req)`
 * is the drizzle handle of the request's transaction, or the adapter's own connection when it has none;
 * `tableOf(payload, slug)` is a collection's table name.
 */
import type { Payload, PayloadRequest } from 'payload'

export type Tx = { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

type Adapter = { drizzle: Tx; sessions: Record<string, { db: Tx } | undefined>; tableNameMap: Map<string, string> }

const adapterOf = (payload: Payload) => payload.db as unknown as Adapter

/** The handle to run SQL in `req`'s transaction (the connection itself without one). */
export async function txOf(req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<Tx> {
  const db = adapterOf(req.payload)
  const id = req.transactionID ? String(await req.transactionID) : undefined
  return (id !== undefined ? db.sessions[id]?.db : undefined) ?? db.drizzle
}

/** A collection's table (the adapter's name for it). */
export const tableOf = (payload: Payload, slug: string): string => {
  const name = slug.replace(/-/g, '_')
  return adapterOf(payload).tableNameMap.get(name) ?? name
}
