/** A care home with a holder for every position of the fee-change chain, an elder, and REST clients. */
import type { Payload } from 'payload'
import type { Booted } from '../helpers/boot'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'

export type Person = { id: number; email: string; name: string }

export type CareHome = {
  site: { id: number }
  desk: Person
  supervisor: Person
  supervisor2: Person
  director: Person
  dean: Person
  cashier: Person
  elder: { id: number }
  client: (who: Person) => Promise<Client>
}

export async function careHome(booted: Booted, url: string, name?: string): Promise<CareHome> {
  const { payload, positions } = booted
  const site = (await makeSite(payload, name)) as { id: number }
  const person = async (slug: string | null, language: 'zh' | 'zh-TW' | 'en', who: string) =>
    (await makeStaff(payload, { sites: [site.id], positions: slug ? [positions.get(slug)!] : [], language, name: who })) as unknown as Person
  const home = {
    site,
    desk: await person('front-desk', 'zh', '林小雨'),
    supervisor: await person('health-care-supervisor', 'zh', '赵敏'),
    supervisor2: await person('health-care-supervisor', 'zh-TW', '趙二'),
    director: await person('admin-director', 'en', 'Liu Xiaomei'),
    dean: await person('dean', 'zh', '王建国'),
    cashier: await person('cashier', 'zh', '董娜'),
    elder: (await payload.create({
      collection: 'elders',
      data: { name: '张桂兰', gender: 'female', birthDate: '1940-05-01', site: site.id, nursingFee: 3000 } as never,
    })) as unknown as { id: number },
    client: (who: Person) => signIn(url, who.email),
  }
  return home
}

export const feeChange = (home: CareHome, newFee = 3600) => ({
  site: home.site.id,
  elder: home.elder.id,
  newFee,
  reason: '老人失能等级提高,需要一级护理',
  familyMember: '张明(儿子)',
  familyPhone: '138 0000 1234',
})

/** Tokens of approval links e-mailed (still in the outbox) to one person about one record. */
export async function linksIn(payload: Payload, to: string, id: number | string): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'mail-outbox',
    where: { and: [{ to: { equals: to } }, { relatedId: { equals: String(id) } }] },
    sort: '-id',
    overrideAccess: true,
  })
  return docs.flatMap((d) => [...String(d.text).matchAll(/\/approve\/([A-Za-z0-9_-]{43})\?d=approve/g)].map((m) => m[1]))
}
