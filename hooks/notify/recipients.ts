/**
 * Resolve declared recipients (position slugs, staff, fields of a record) to people at sending time.
 * A position reaches its current holders at the record's site (CORE-03); a staff member is reached only
 * if they work at that site.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { FormDoc, Recipient } from '../form/types'
import { holdersOf, type Holder } from '../../src/lib/holders'
import { idOf } from '../../src/lib/hooks'

/** Someone to tell: a staff member, or just an address taken from the record. */
export type Person = { id?: number; name: string; email?: string; language: string; phone?: string | null }

const fromHolder = (h: Holder): Person => ({ id: h.id, name: h.name, email: h.email, language: h.language, phone: h.mobile || h.workPhone })

/**
 * Active staff among `ids` who work at the site (or are administrators, who reach every site):
 * a staff id of another site is left out exactly like one that does not exist (CORE-01).
 */
export async function staffById(payload: Payload, ids: unknown[], req?: Partial<PayloadRequest>, site?: unknown): Promise<Person[]> {
  const wanted = ids.map(idOf).filter((v) => v != null && /^\d{1,10}$/.test(String(v)) && Number(v) <= 2_147_483_647)
  if (!wanted.length) return []
  const atSite: Where[] = idOf(site) != null ? [{ or: [{ 'sites.site': { equals: idOf(site) } }, { roles: { in: ['admin'] } }] }] : []
  const { docs } = await payload.find({
    collection: 'staff',
    where: { and: [{ id: { in: wanted } }, { active: { not_equals: false } }, ...atSite] },
    depth: 0,
    limit: 500,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return docs.map((s) => fromHolder(s as unknown as Holder))
}

export async function resolveRecipients(
  payload: Payload,
  site: unknown,
  recipients: Recipient[] = [],
  record?: FormDoc,
  req?: Partial<PayloadRequest>,
): Promise<Person[]> {
  const positions: string[] = recipients.flatMap((r) => (typeof r === 'string' ? [r] : 'position' in r ? [r.position] : []))
  const staffIds: unknown[] = recipients.flatMap((r) => (typeof r === 'object' && 'staff' in r ? [r.staff] : []))
  const addresses: string[] = []
  for (const r of recipients) {
    if (typeof r !== 'object' || !('field' in r) || !record) continue
    const value = record[r.field]
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string' && v.includes('@')) addresses.push(v)
      else if (v != null) staffIds.push(v)
    }
  }
  const people = [
    ...(positions.length ? (await holdersOf(payload, site, positions, req)).map(fromHolder) : []),
    ...(await staffById(payload, staffIds, req, site)),
    ...addresses.map((email): Person => ({ name: email, email, language: 'zh' })),
  ]
  const seen = new Set<string>()
  return people.filter((p) => {
    const key = p.id != null ? `s${p.id}` : `e${p.email}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
