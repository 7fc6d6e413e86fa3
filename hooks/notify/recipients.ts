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

/** What a list of recipients asks for, for one record: positions, staff ids (named, or in a field of the record), addresses. */
function wanted(recipients: Recipient[], record?: FormDoc) {
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
  return { positions, staffIds, addresses }
}

/** Someone reached by an address taken from the record (read in Chinese). */
const byAddress = (email: string): Person => ({ name: email, email, language: 'zh' })

/** Each person once (a staff member by id, an address by itself), in order. */
function once(people: Person[]): Person[] {
  const seen = new Set<string>()
  return people.filter((p) => {
    const key = p.id != null ? `s${p.id}` : `e${p.email}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export async function resolveRecipients(
  payload: Payload,
  site: unknown,
  recipients: Recipient[] = [],
  record?: FormDoc,
  req?: Partial<PayloadRequest>,
): Promise<Person[]> {
  const { positions, staffIds, addresses } = wanted(recipients, record)
  return once([
    ...(positions.length ? (await holdersOf(payload, site, positions, req)).map(fromHolder) : []),
    ...(await staffById(payload, staffIds, req, site)),
    ...addresses.map(byAddress),
  ])
}

/**
 * `resolveRecipients` for many records of one site at once (a sweep's batch): the people of each
 * record, with the holders of the positions looked up once and the staff all the records name in one
 * lookup (of at most 500 ids each; a person of the site is the same for every record that names them).
 */
export async function resolveRecipientsMany(
  payload: Payload,
  site: unknown,
  recipients: Recipient[],
  records: (FormDoc | undefined)[],
  req?: Partial<PayloadRequest>,
): Promise<Person[][]> {
  const asked = records.map((record) => wanted(recipients, record))
  const positions = asked[0]?.positions ?? []
  const holders = positions.length ? (await holdersOf(payload, site, positions, req)).map(fromHolder) : []
  const ids = [...new Set(asked.flatMap((a) => a.staffIds.map((id) => String(idOf(id)))))]
  const staff: Person[] = []
  for (let i = 0; i < ids.length; i += 500) staff.push(...(await staffById(payload, ids.slice(i, i + 500), req, site)))
  return asked.map(({ staffIds, addresses }) => {
    const mine = new Set(staffIds.map((id) => String(idOf(id))))
    return once([...holders, ...staff.filter((p) => mine.has(String(p.id))), ...addresses.map(byAddress)])
  })
}
