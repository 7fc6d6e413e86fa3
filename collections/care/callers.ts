/**
 * DEV-04 who is calling, for the care home: a family member of an elder — any of the elder's stored
 * contacts, or the holder of a visit card — named with the elder they belong to (张明 · 张桂兰的家属(儿子)).
 * Numbers are compared however they were written (src/lib/phoneNumbers.ts).
 */
import type { Payload } from 'payload'
import type { Caller } from '../desk'
import { L } from '../../src/lib/i18n'
import { fillLabel, phoneTail, samePhone } from '../../src/lib/phoneNumbers'
import { idOf } from '../../src/lib/hooks'

const family = L('{elder}的家屬', 'family of {elder}')
const familyAs = L('{elder}的家屬({relation})', 'family of {elder} ({relation})')

const role = (elder: string, relation?: string | null) => fillLabel(relation ? familyAs : family, { elder, relation })

export async function careCallers(payload: Payload, site: number, number: string): Promise<Caller[]> {
  const tail = phoneTail(number)
  if (tail.length < 3) return []
  // One line per person and elder (by name: two files of one elder read the same): the same family member on the
  // elder's file and on a visit card is one caller (the entry that knows the relation wins).
  const byPerson = new Map<string, Caller & { relation?: boolean }>()
  const add = (c: Caller, elder: unknown, relation: unknown) => {
    const key = `${c.name}|${elder}`
    const had = byPerson.get(key)
    if (!had || (!had.relation && relation)) byPerson.set(key, { ...c, relation: Boolean(relation) })
  }
  // Every contact of every elder of the site (the first, the second, …).
  const elders = await payload.find({
    collection: 'elders',
    where: { and: [{ site: { equals: site } }, { 'contacts.phone': { contains: tail } }] },
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  for (const elder of elders.docs as unknown as { id: number; name: string; status?: string; contacts?: { name: string; relation?: string; phone: string }[] }[]) {
    for (const contact of elder.contacts ?? []) {
      if (samePhone(contact.phone, number)) add({ kind: 'family', name: contact.name, role: role(elder.name, contact.relation), collection: 'elders', id: elder.id }, elder.name, contact.relation)
    }
  }
  // The holders of visit cards.
  const cards = await payload.find({
    collection: 'visit-cards',
    where: { and: [{ site: { equals: site } }, { holderPhone: { contains: tail } }] },
    limit: 20,
    depth: 1,
    overrideAccess: true,
  })
  for (const card of cards.docs as unknown as { id: number; holderName: string; relation?: string; holderPhone?: string; elder?: unknown }[]) {
    if (!samePhone(card.holderPhone, number)) continue
    const elder = card.elder && typeof card.elder === 'object' ? (card.elder as { name?: string }).name : undefined
    add({ kind: 'family', name: card.holderName, role: elder ? role(elder, card.relation) : fillLabel(L('家屬', 'family'), {}), collection: 'visit-cards', id: idOf(card.id) ?? card.id }, elder ?? idOf(card.elder), card.relation)
  }
  return [...byPerson.values()].map(({ relation: _, ...c }) => c)
}
