/**
 * Reading the records a care form points at (its elder, bed, reservation, preparation, photo) from
 * inside its hooks. The hooks read them with server rights (a bed's state is not the desk's to read
 * otherwise), so they first make sure the record belongs to the form's own site: another site's
 * record reads as missing, and the hook answers exactly as for an id that does not exist. No care
 * hook may tell a user anything about another site's records (issue 9, "cross-site oracles").
 */
import type { CollectionSlug, PayloadRequest } from 'payload'
import { refuse } from '../src/lib/errors'
import type { Label } from '../src/lib/i18n'
import { idOf, siteOf } from '../src/lib/hooks'

type Req = Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>

/** A positive integer id, or undefined (a value that cannot be an id is as missing as an unknown one). */
export const validId = (value: unknown): number | undefined => {
  const id = idOf(value)
  return id !== undefined && Number.isSafeInteger(id) && id > 0 ? id : undefined
}

/**
 * The record `id` of `collection` as the server reads it, only if it is on `site`; else null (also
 * when it does not exist, or `site` is unknown). `depth` > 0 populates its relations, which are on
 * the same site as the record itself.
 */
export async function onSite<T = Record<string, any>>(
  req: Req,
  collection: CollectionSlug,
  value: unknown,
  site: unknown,
  depth = 0,
): Promise<(T & { id: number }) | null> {
  const id = validId(value)
  const siteId = validId(site)
  if (id === undefined || siteId === undefined) return null
  const doc = await req.payload.findByID({ collection, id, depth, overrideAccess: true, req: req as PayloadRequest, disableErrors: true })
  if (!doc || siteOf(doc as { site?: unknown }) !== siteId) return null
  return doc as unknown as T & { id: number }
}

/**
 * The batch form of `onSite`: for each of `wanted` (an id and the site its record must be on), the
 * record as the server reads it, or null when missing or on another site — all read in one query.
 */
export async function onSiteMany<T = Record<string, any>>(
  req: Req,
  collection: CollectionSlug,
  wanted: { id: unknown; site: unknown }[],
): Promise<((T & { id: number }) | null)[]> {
  const ids = [...new Set(wanted.map((w) => validId(w.id)).filter((id): id is number => id !== undefined))]
  const found = ids.length
    ? (await req.payload.find({ collection, where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req: req as PayloadRequest })).docs
    : []
  const byId = new Map(found.map((doc) => [Number(doc.id), doc as unknown as T & { id: number; site?: unknown }]))
  return wanted.map((w) => {
    const doc = byId.get(validId(w.id) ?? 0)
    const site = validId(w.site)
    return doc && site !== undefined && siteOf(doc) === site ? doc : null
  })
}

/** Like `onSite`, but a missing (or other site's) record refuses the request: 404 with `missing`. */
export async function mustBeOnSite<T = Record<string, any>>(
  req: Req,
  collection: CollectionSlug,
  value: unknown,
  site: unknown,
  missing: Label,
  depth = 0,
): Promise<T & { id: number }> {
  const doc = await onSite<T>(req, collection, value, site, depth)
  if (!doc) refuse(req, missing, {}, 404)
  return doc!
}
