/**
 * DEV-04 who is calling: the caller's number looked up among the people the site knows — staff,
 * family members (visit cards), and owners/members/contacts where those modules are installed.
 */
import type { CollectionSlug, Payload } from 'payload'

type Source = { collection: string; fields: string[]; name: string; kind: string; site: boolean }

export const knownSources: Source[] = [
  { collection: 'staff', fields: ['workPhone', 'mobile'], name: 'name', kind: 'staff', site: false },
  { collection: 'visit-cards', fields: ['holderPhone'], name: 'holderName', kind: 'family', site: true },
  { collection: 'owners', fields: ['phone', 'mobile'], name: 'name', kind: 'owner', site: true },
  { collection: 'members', fields: ['phone', 'mobile'], name: 'name', kind: 'member', site: true },
]

export const digits = (n: string | null | undefined) => String(n ?? '').replace(/\D/g, '')

/** Variants a number may be stored as: as dialled, digits only, and spaced 3-4-4 for mobiles. */
const variants = (number: string) => {
  const d = digits(number)
  const set = new Set([number, d])
  if (d.length === 11) set.add(`${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`)
  return [...set].filter(Boolean)
}

export type KnownPerson = { kind: string; name: string; collection: string; id: number | string }

export async function whoIsCalling(payload: Payload, site: number, number: string | undefined): Promise<KnownPerson[]> {
  if (!number || digits(number).length < 3) return []
  const found: KnownPerson[] = []
  for (const source of knownSources) {
    const collection = payload.collections[source.collection as CollectionSlug]
    if (!collection) continue
    const names = new Set(collection.config.flattenedFields.map((f) => f.name))
    const fields = source.fields.filter((f) => names.has(f))
    if (!fields.length) continue
    const or = fields.flatMap((f) => variants(number).map((v) => ({ [f]: { equals: v } })))
    const { docs } = await payload.find({
      collection: source.collection as CollectionSlug,
      where: source.site && names.has('site') ? { and: [{ site: { equals: site } }, { or }] } : { or },
      limit: 3,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      found.push({ kind: source.kind, name: String(doc[source.name] ?? ''), collection: source.collection, id: doc.id as number })
    }
  }
  return found
}
