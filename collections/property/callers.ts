/**
 * DEV-04 who is calling, for the property centre: an owner (業主 of which unit) or a member of an
 * owner's household, found by any stored number however it was written.
 */
import type { Payload } from 'payload'
import type { Caller } from '../desk'
import { L } from '../../src/lib/i18n'
import { fillLabel, phoneTail, samePhone } from '../../src/lib/phoneNumbers'

const owner = L('{unit} 業主', 'owner of {unit}')
const household = L('{unit} 業主家庭成員', "member of {unit}'s owner household")
const householdAs = L('{unit} 業主家庭成員({relation})', "member of {unit}'s owner household ({relation})")

type OwnerDoc = { id: number; name: string; phone?: string; mobile?: string; unit?: { code?: string } | number; members?: { name: string; relation?: string; phone?: string }[] }

export async function propertyCallers(payload: Payload, site: number, number: string): Promise<Caller[]> {
  const tail = phoneTail(number)
  if (tail.length < 3) return []
  const { docs } = await payload.find({
    collection: 'owners',
    where: { and: [{ site: { equals: site } }, { status: { not_equals: 'former' } }, { or: [{ phone: { contains: tail } }, { 'members.phone': { contains: tail } }] }] },
    limit: 20,
    depth: 1,
    overrideAccess: true,
  })
  const found: Caller[] = []
  for (const o of docs as unknown as OwnerDoc[]) {
    const unit = typeof o.unit === 'object' ? (o.unit?.code ?? '') : ''
    if (samePhone(o.phone, number) || samePhone(o.mobile, number)) found.push({ kind: 'owner', name: o.name, role: fillLabel(owner, { unit }), collection: 'owners', id: o.id })
    for (const m of o.members ?? []) {
      if (samePhone(m.phone, number)) found.push({ kind: 'owner', name: m.name, role: fillLabel(m.relation ? householdAs : household, { unit, relation: m.relation }), collection: 'owners', id: o.id })
    }
  }
  return found
}
