/** A small care home for tests: a site, a building with beds, a holder for every position, the desk signed in. */
import type { Payload } from 'payload'
import type { Booted, Http } from '../helpers/boot'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'

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
