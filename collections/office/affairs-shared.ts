/**
 * What the office's affairs forms share (OFFICE-03, 05, 06): the quarter a supply plan belongs to,
 * a staff member or department read only if on the record's site, and a transaction-long lock on a
 * key (so two issues of one department's totals, or two numbers of one archive series, are taken one
 * after the other).
 */
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { localDay, DEFAULT_TIME_ZONE } from '../../src/lib/calendar'
import { text, validateWith } from '../../src/lib/fields'
import { L, type Label } from '../../src/lib/i18n'
import { refuse } from '../../src/lib/errors'
import { idOf } from '../../src/lib/hooks'
import { txOf } from '../../src/lib/tx'
import { validId } from '../../hooks/onSite'

export const sidebar = { position: 'sidebar' as const }

export const QUARTER = /^(\d{4})-Q([1-4])$/

/** The quarter ('2026-Q4') of an instant, in the site's zone. */
export const quarterOf = (at: Date | string = new Date(), timeZone = DEFAULT_TIME_ZONE) => {
  const day = localDay(at, timeZone)
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`
}

/** The quarter field: 'yyyy-Qn', this quarter by default. */
export const quarterField = (o: { admin?: object } = {}) =>
  text('quarter', L('季度', 'Quarter'), {
    required: true,
    maxLength: 7,
    index: true,
    defaultValue: () => quarterOf(),
    validate: validateWith((v) => QUARTER.test(String(v)), L('季度的格式是「年份-Q季度」,例如 2026-Q4', 'A quarter is written year-Qn, e.g. 2026-Q4')),
    admin: { description: L('例如 2026-Q4', 'e.g. 2026-Q4'), ...o.admin },
  })

/** Hold a lock on `key` until the request's transaction ends (a no-op outside a transaction is never the case for a write). */
export async function lockKey(req: PayloadRequest, key: string): Promise<void> {
  const tx = await txOf(req)
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`)
}

export type StaffDoc = { id: number; name: string; mobile?: string | null; sites?: { site?: unknown }[] | null }

/** A staff member of `site`, or a 404 answering exactly as for an id that does not exist. */
export async function staffOnSite(req: PayloadRequest, value: unknown, site: unknown, missing: Label): Promise<StaffDoc> {
  const id = validId(value)
  const siteId = validId(site)
  const doc =
    id && siteId
      ? ((await req.payload.findByID({ collection: 'staff', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as unknown as StaffDoc | null)
      : null
  if (!doc || !(doc.sites ?? []).some((s) => idOf(s.site) === siteId)) return refuse(req, missing, {}, 404)
  return doc
}

/** A whole number of at least one (quantities of supplies). */
export const wholeQuantity = validateWith((v) => Number.isInteger(v) && Number(v) >= 1, L('數量必須是大於零的整數', 'A quantity is a whole number above zero'))

/** Item names compared as the desk writes them, without surrounding spaces. */
export const itemKey = (name: unknown) => String(name ?? '').trim()
