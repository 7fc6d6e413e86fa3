/**
 * Server-side writes made from inside a client's request (a reservation holding its bed, an admission
 * occupying it): same transaction, but as the server, so `serverOwned` fields accept them.
 */
import type { PayloadRequest } from 'payload'
import { asServer as serverReq } from '../lib/serverReq'

export async function asServer<T>(req: Partial<PayloadRequest> | undefined, fn: (req?: PayloadRequest) => Promise<T>): Promise<T> {
  return fn(req ? serverReq(req as PayloadRequest) : undefined)
}

/** A relationship value as an id. */
export const idOf = (value: unknown): number | undefined =>
  value == null || value === '' ? undefined : typeof value === 'object' ? ((value as { id?: number }).id ?? undefined) : Number(value)

/** The site of a record, as an id. */
export const siteOf = (doc: { site?: unknown } | null | undefined): number | undefined => idOf(doc?.site)
