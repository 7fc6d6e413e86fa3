/** Care-home helpers for tests: elders, beds, photos, work messages, gated confirmations, held reservations. */
import type { Payload } from 'payload'
import type { Client } from './people'
import { localDay, shiftDay } from '../../src/lib/calendar'

export async function makeElder(payload: Payload, site: number, name = '张秀英', extra: Record<string, unknown> = {}) {
  return (await payload.create({
    collection: 'elders',
    data: { name, gender: 'female', birthDate: '1942-03-08', site, ...extra } as never,
  })) as unknown as { id: number; name: string }
}

/** Work messages at a site whose title contains `text`, newest first. */
export async function messagesLike(payload: Payload, site: number, text: string) {
  const { docs } = await payload.find({
    collection: 'messages' as never,
    where: { and: [{ site: { equals: site } }, { title: { like: text } }] },
    sort: '-id',
    depth: 0,
    limit: 50,
    select: { title: true, body: true, recipients: true, gated: true } as never,
    overrideAccess: true,
  })
  return docs as unknown as { id: number; title: string; body?: string; recipients: number[]; gated?: boolean }[]
}

export const bedOf = (payload: Payload, id: number) =>
  payload.findByID({ collection: 'beds', id, depth: 0, overrideAccess: true }) as unknown as Promise<{ status: string; elder?: number | null; code: string }>

/** An ID-style photo (155 × 193) stored as an attachment. */
export async function makePhoto(payload: Payload, site: number, title = '证件照', size: [number, number] = [155, 193]) {
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width: size[0], height: size[1], channels: 3, background: '#dde' } }).png().toBuffer()
  const doc = await payload.create({
    collection: 'documents',
    data: { title, site } as never,
    file: { data, mimetype: 'image/png', name: `${title}-${Date.now()}.png`, size: data.length },
    overrideAccess: true,
  })
  return doc.id as number
}

/** The local (Shanghai) day `n` days from now, yyyy-MM-dd. */
export const dayFromNow = (n: number) => shiftDay(localDay(new Date(), 'Asia/Shanghai'), n)

/** Every recipient of the record's gated messages confirms (as themselves, through the server). */
export async function confirmAll(payload: Payload, related: { collection: string; id: number }, except: number[] = []) {
  const messages = await payload.find({
    collection: 'messages' as never,
    where: { and: [{ relatedCollection: { equals: related.collection } }, { relatedId: { equals: String(related.id) } }] },
    select: { id: true } as never,
    depth: 0,
    limit: 20,
    overrideAccess: true,
  })
  const receipts = await payload.find({
    collection: 'message-receipts' as never,
    where: { message: { in: (messages.docs as unknown as { id: number }[]).map((m) => m.id) } },
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  for (const r of receipts.docs as unknown as { id: number; recipient: number }[]) {
    if (except.includes(r.recipient)) continue
    await payload.update({ collection: 'message-receipts' as never, id: r.id, data: { state: 'confirmed' } as never, overrideAccess: true })
  }
  return receipts.docs.length
}

/** A held reservation for a new elder on a bed (`extra`: more of the form, e.g. when the deposit was paid). */
export async function heldReservation(w: { site: number; desk: Client }, payload: Payload, bed: number, name: string, extra: Record<string, unknown> = {}) {
  const elder = await makeElder(payload, w.site, name)
  const res = await w.desk.post('/api/reservations', {
    site: w.site, elder: elder.id, bed, familyName: `${name}家属`, familyPhone: '13800001111', depositReceipt: `SJ-${name}`, ...extra,
  })
  if (res.status !== 201) throw new Error(JSON.stringify(res.body))
  return { elder, reservation: res.body.doc.id as number, doc: res.body.doc as Record<string, unknown> }
}

/**
 * CARE-13's fee-change chain as the workflow tests know it: pass `feeChainStaff` to useWorld's `staff` (the names
 * and languages the mails are checked in), then `feeChain(w)` adds a second health-care supervisor (zh-TW) and an
 * elder paying 3000 a month, and names the people of the chain.
 */
export const feeChainStaff = {
  'front-desk': { name: '林小雨' },
  'health-care-supervisor': { name: '赵敏' },
  'admin-director': { name: 'Liu Xiaomei', language: 'en' },
  dean: { name: '王建国' },
  cashier: { name: '董娜' },
} as const

export type Person = { id: number; email: string; name: string }
export type FeeChain = {
  site: { id: number }
  desk: Person
  supervisor: Person
  supervisor2: Person
  director: Person
  dean: Person
  cashier: Person
  elder: { id: number }
  client: (who: { email: string }) => Promise<Client>
}

type ChainWorld = {
  payload: Payload
  site: number
  otherSite: number
  staff: Record<string, Person>
  other: (slug: 'front-desk' | 'health-care-supervisor' | 'admin-director' | 'dean' | 'cashier') => Promise<Person>
  as: (who: { email: string }) => Promise<Client>
  hire: (o: { positions?: ['health-care-supervisor']; sites?: number[]; language?: 'zh-TW'; name?: string }) => Promise<Person>
}

/**
 * The chain at `site` (its holders from useWorld), at `otherSite` (`'other'`: holders made there), or at a site
 * of one test's own (`w.freshSite()`: its holders).
 */
export async function feeChain(w: ChainWorld, at: 'site' | 'other' | { site: number; holder: ChainWorld['other'] } = 'site'): Promise<FeeChain> {
  const site = at === 'site' ? w.site : at === 'other' ? w.otherSite : at.site
  const holder = (slug: Parameters<ChainWorld['other']>[0]) =>
    at === 'site' ? Promise.resolve(w.staff[slug]) : at === 'other' ? w.other(slug) : at.holder(slug)
  return {
    site: { id: site },
    desk: await holder('front-desk'),
    supervisor: await holder('health-care-supervisor'),
    supervisor2: await w.hire({ positions: ['health-care-supervisor'], sites: [site], language: 'zh-TW', name: '趙二' }),
    director: await holder('admin-director'),
    dean: await holder('dean'),
    cashier: await holder('cashier'),
    elder: await makeElder(w.payload, site, '张桂兰', { birthDate: '1940-05-01', nursingFee: 3000 }),
    client: (who) => w.as(who),
  }
}

/** The positions the chain's tests expect to hold (others stay empty: a message to one of them has no recipient). */
export const feeChainHolders = ['front-desk', 'health-care-supervisor', 'admin-director', 'dean', 'cashier'] as const

/** A fee change (CARE-13) of the chain's elder, as the desk fills it in. */
export const feeChange = (home: { site: { id: number }; elder: { id: number } }, newFee = 3600) => ({
  site: home.site.id,
  elder: home.elder.id,
  newFee,
  reason: '老人失能等级提高,需要一级护理',
  familyMember: '张明(儿子)',
  familyPhone: '138 0000 1234',
})

/**
 * The chain with an elder of its own (张桂兰, 3000 a month, like `feeChain`'s): a test that changes the fee or the
 * bed takes one, so no test depends on what an earlier one did to the shared elder.
 */
export async function ownElder(w: { payload: Payload }, home: FeeChain): Promise<FeeChain> {
  return { ...home, elder: await makeElder(w.payload, home.site.id, '张桂兰', { birthDate: '1940-05-01', nursingFee: 3000 }) }
}

let spareRooms = 0
/** A free bed of its own (bed 1 of a new room 3xx in building 1号楼) for a test that reserves, fills or frees beds. */
export async function spareBed(w: { payload: Payload; site: number; building?: number }) {
  const room = `3${50 + ++spareRooms}`
  const bed = await w.payload.create({ collection: 'beds', data: { building: w.building, floor: 3, room, bedNo: '1', site: w.site } as never, overrideAccess: true })
  return bed.id as number
}
