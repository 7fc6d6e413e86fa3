/** A small care home for tests: a site, a building with beds, a holder for every position, the desk signed in. */
import type { Payload } from 'payload'
import type { Booted, Http } from '../helpers/boot'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'
import { localDay, shiftDay } from '../../src/lib/calendar'

export type CareWorld = {
  site: number
  building: number
  beds: number[]
  staff: Record<string, { id: number; email: string }>
  desk: Client
  deskId: number
}

export async function careWorld(booted: Booted, http: Http, name = '千禾颐养家苑', bedCount = 4): Promise<CareWorld> {
  const { payload, positions } = booted
  const site = (await makeSite(payload, `${name}${Date.now() % 100000}`)).id as number
  const staff: CareWorld['staff'] = {}
  for (const [slug, id] of positions) {
    const s = await makeStaff(payload, { sites: [site], positions: [id], name: `${slug}-员工` })
    staff[slug] = { id: s.id as number, email: s.email as string }
  }
  const building = (await payload.create({ collection: 'buildings', data: { name: '1号楼', floors: 3, site } as never })).id as number
  const beds: number[] = []
  for (let i = 1; i <= bedCount; i++) {
    const bed = await payload.create({
      collection: 'beds',
      data: { building, floor: Math.ceil(i / 2), room: `${Math.ceil(i / 2)}0${Math.ceil(i / 2)}`, bedNo: String(((i - 1) % 2) + 1), site } as never,
    })
    beds.push(bed.id as number)
  }
  const desk = await signIn(http.url, staff['front-desk'].email)
  return { site, building, beds, staff, desk, deskId: staff['front-desk'].id }
}

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

/** A held reservation for a new elder on a bed. */
export async function heldReservation(w: CareWorld, payload: Payload, bed: number, name: string) {
  const elder = await makeElder(payload, w.site, name)
  const res = await w.desk.post('/api/reservations', {
    site: w.site, elder: elder.id, bed, familyName: `${name}家属`, familyPhone: '13800001111', depositReceipt: `SJ-${name}`,
  })
  if (res.status !== 201) throw new Error(JSON.stringify(res.body))
  return { elder, reservation: res.body.doc.id as number }
}
