/**
 * A small care home for tests: a site, a building with beds, a holder for every position, the desk signed in.
 * Superseded by useWorld() (tests/helpers/world.ts); kept for the files not yet moved onto it.
 */
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

export * from '../helpers/care'
