/**
 * Issue 11 item 7, fast lists: what the server-rendered cells of one list page read once per request
 * (React's request cache), whatever the number of rows and columns.
 */
import { headers as nextHeaders } from 'next/headers'
import { executeAuthStrategies, type Payload, type TypedUser } from 'payload'
import { cache } from 'react'
import { DEFAULT_TIME_ZONE } from '../../lib/calendar'

/**
 * The signed-in reader of this request: the sign-in strategies only (one statement, collections/core/
 * staffAuth.ts). Not `payload.auth()`, which also computes the person's permissions on every
 * collection — a whole second permission map per list page that the cells do not use (they read
 * with `overrideAccess: false` as this user, which applies the same access rules).
 */
export const readerOf = cache(async (payload: Payload): Promise<TypedUser | null> => {
  try {
    const { user } = await executeAuthStrategies({ headers: await nextHeaders(), payload })
    return (user as TypedUser | null) ?? null
  } catch {
    return null
  }
})

/** Every site's time zone (a handful of rows, one statement per request): dates are shown in the record's site's zone. */
export const siteZones = cache(async (payload: Payload): Promise<Map<number, string>> => {
  const zones = new Map<number, string>()
  try {
    const { docs } = await payload.find({ collection: 'sites', depth: 0, pagination: false, overrideAccess: true, select: { timeZone: true } as never })
    for (const s of docs as unknown as { id: number; timeZone?: string | null }[]) zones.set(s.id, s.timeZone || DEFAULT_TIME_ZONE)
  } catch {
    // The default zone below.
  }
  return zones
})

/**
 * A field's label as a client component may receive it: Payload's own fields (createdAt, updatedAt) have a
 * function label, which cannot cross to the browser; it is called with the reader's words.
 */
export const labelOf = (label: unknown, i18n: { t?: (key: string) => string }): unknown =>
  typeof label === 'function' ? (label as (args: { i18n: unknown; t?: (key: string) => string }) => unknown)({ i18n, t: i18n.t }) : label
