/**
 * DEV-04 who is calling: the caller's number looked up among the people the site knows, each named with
 * what they are to the home in the desk's words — staff here (員工, with the position), and whatever each
 * desk declares (`devices.whoIsCalling`: 家屬 of which elder, 業主 of which unit, …), asked through
 * `desksOf(payload)` so that this module imports no desk. Numbers match however they were stored.
 */
import type { CollectionSlug, Payload } from 'payload'
import { desksOf, type Caller } from '../../collections/desk'
import { L, pick, type Label } from '../../src/lib/i18n'
import { fillLabel, phoneDigits, phoneTail, samePhone } from '../../src/lib/phoneNumbers'

export type KnownPerson = Caller

export const digits = (n: string | null | undefined) => String(n ?? '').replace(/\D/g, '')

const staffRole = L('員工', 'staff')
const staffAs = L('員工({position})', 'staff ({position})')
const memberRole = L('會員', 'member')

type StaffDoc = { id: number; name: string; workPhone?: string; mobile?: string; positions?: { name?: string; nameTW?: string; nameEn?: string }[] }

async function staffCallers(payload: Payload, site: number, number: string): Promise<Caller[]> {
  const tail = phoneTail(number)
  const { docs } = await payload.find({
    collection: 'staff',
    where: { and: [{ 'sites.site': { equals: site } }, { or: [{ workPhone: { contains: tail } }, { mobile: { contains: tail } }] }] },
    limit: 10,
    depth: 0,
    select: { name: true, workPhone: true, mobile: true, positions: true },
    overrideAccess: true,
  })
  const matches = (docs as unknown as (Omit<StaffDoc, 'positions'> & { positions?: unknown[] })[]).filter((s) => samePhone(s.workPhone, number) || samePhone(s.mobile, number))
  if (!matches.length) return []
  const ids = [...new Set(matches.map((s) => (s.positions ?? [])[0]).filter((p) => p != null))] as number[]
  const positions = ids.length ? (await payload.find({ collection: 'positions', where: { id: { in: ids } }, depth: 0, limit: ids.length, overrideAccess: true })).docs : []
  return matches.map((s) => {
    const p = positions.find((x) => x.id === (s.positions ?? [])[0]) as { name?: string; nameTW?: string; nameEn?: string } | undefined
    const role: Label = p?.name ? { zh: fillLabel(staffAs, { position: p.name }).zh, 'zh-TW': fillLabel(staffAs, { position: p.nameTW ?? p.name })['zh-TW'], en: fillLabel(staffAs, { position: p.nameEn ?? p.name }).en } : staffRole
    return { kind: 'staff', name: s.name, role, collection: 'staff', id: s.id }
  })
}

/** Members of a club desk that declares no handler of its own (name and phone on the record). */
async function memberCallers(payload: Payload, site: number, number: string): Promise<Caller[]> {
  if (!payload.collections['members' as CollectionSlug]) return []
  const { docs } = await payload.find({
    collection: 'members' as CollectionSlug,
    where: { and: [{ site: { equals: site } }, { phone: { contains: phoneTail(number) } }] },
    limit: 10,
    depth: 0,
    overrideAccess: true,
  })
  return (docs as unknown as { id: number; name: string; phone?: string }[]).filter((m) => samePhone(m.phone, number)).map((m) => ({ kind: 'member', name: m.name, role: memberRole, collection: 'members', id: m.id }))
}

export async function whoIsCalling(payload: Payload, site: number, number: string | undefined): Promise<KnownPerson[]> {
  if (!number || phoneDigits(number).length < 3) return []
  // Asked side by side: the pop-up is due within a second.
  const [staff, members, ...desks] = await Promise.all([
    staffCallers(payload, site, number),
    memberCallers(payload, site, number),
    ...desksOf(payload).map((desk) => desk.devices?.whoIsCalling?.(payload, site, number).catch((e) => (payload.logger.error(e), [] as Caller[])) ?? []),
  ])
  const found = [...staff, ...desks.flat()]
  // A desk that answers for its members wins over the generic lookup.
  if (!found.some((c) => c.collection === 'members')) found.push(...members)
  return found.slice(0, 5)
}

/** 张明 · 张桂兰的家属(儿子)、王建国 · 员工(院长) — the callers in one language, for the call log and its tasks. */
export const knownText = (known: KnownPerson[], lang = 'zh') => known.map((k) => `${k.name} · ${pick(k.role, lang)}`).join('、').slice(0, 200)
