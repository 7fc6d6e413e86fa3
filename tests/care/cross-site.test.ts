/**
 * Issue 9, cross-site oracles in the care hooks: a desk member of one site who points a form at
 * another site's elder, bed, reservation, preparation, photo or reception record gets exactly the
 * answer (status and body) of an id that does not exist, and nothing is written. Before, the hooks
 * read the related record with server rights and answered with its state ("目前狀態:reserved",
 * "床位 … 已被預留或入住"), or even copied its name and fee into the new record.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug } from 'payload'
import { makeStaff, signIn, type Client } from '../helpers/people'
import { confirmAll, dayFromNow, heldReservation, makeElder, makePhoto } from '../helpers/care'
import { useWorld } from '../helpers/world'
import { PREP_POSITIONS } from '../../collections/care/admission-preps'

const w = useWorld({ beds: 6 })

type Home = { site: number; beds: number[]; desk: Client; deskId: number }
let a: Home
let b: Home
const NONE = 987_654_321

/** Site B's records, in states the old answers gave away. */
const theirs = {} as {
  reservedElder: number
  admittedElder: number
  heldBed: number
  reservation: number
  prep: number
  photo: number
  record: number
}
/** Site A's own records the requests need. */
const ours = {} as { admittedElder: number; freeBed: number; photo: number; prep: number }

beforeAll(async () => {
  a = { site: w.site, beds: w.beds, desk: w.desk, deskId: w.staff['front-desk'].id }
  b = { site: w.otherSite, beds: w.otherBeds, desk: await w.as('outsider'), deskId: w.otherStaff['front-desk'].id }
  for (const position of PREP_POSITIONS) await w.other(position) // site B's preparation is gated on them
  const { payload } = w

  theirs.reservedElder = (await makeElder(payload, b.site, '乙院预定老人')).id
  theirs.admittedElder = (await makeElder(payload, b.site, '乙院在院老人', { status: 'admitted', nursingFee: 4321 })).id
  const held = await heldReservation(b, payload, b.beds[0], '乙院保留')
  theirs.heldBed = b.beds[0]
  theirs.reservation = held.reservation
  theirs.photo = await makePhoto(payload, b.site, '乙院照片')
  const forPrep = await heldReservation(b, payload, b.beds[1], '乙院准备')
  const prep = await b.desk.post('/api/admission-preps', {
    site: b.site, reservation: forPrep.reservation, arrivalDate: dayFromNow(2), healthCertDate: dayFromNow(-5), healthCertPhoto: theirs.photo,
  })
  if (prep.status !== 201) throw new Error(JSON.stringify(prep.body))
  theirs.prep = prep.body.doc.id
  const record = await b.desk.post('/api/reception-records', { site: b.site, type: 'phone', visitorName: '乙院来电王先生', visitorPhone: '13900001234', rating: 'very-likely', receivedAt: new Date().toISOString() })
  if (record.status !== 201) throw new Error(JSON.stringify(record.body))
  theirs.record = record.body.doc.id

  ours.admittedElder = (await makeElder(payload, a.site, '甲院在院老人', { status: 'admitted' })).id
  ours.freeBed = a.beds[5]
  ours.photo = await makePhoto(payload, a.site, '甲院照片')
  const ownHeld = await heldReservation(a, payload, a.beds[0], '甲院准备')
  const ownPrep = await a.desk.post('/api/admission-preps', {
    site: a.site, reservation: ownHeld.reservation, arrivalDate: dayFromNow(2), healthCertDate: dayFromNow(-5), healthCertPhoto: ours.photo,
  })
  if (ownPrep.status !== 201) throw new Error(JSON.stringify(ownPrep.body))
  ours.prep = ownPrep.body.doc.id
  await confirmAll(payload, { collection: 'admission-preps', id: ours.prep })
})

/** `guard`: the old hooks happened to answer alike here too (validation discarded what they read); kept so it stays so. */
type Case = { name: string; slug: CollectionSlug; body: (id: number) => Record<string, unknown>; id: () => number; guard?: boolean }

const cases: Case[] = [
  {
    name: 'CARE-07 an outing of another site’s elder (reserved)',
    slug: 'outings',
    id: () => theirs.reservedElder,
    body: (elder) => ({ site: a.site, elder, leftAt: '2026-12-01T01:00:00.000Z', expectedReturn: '2026-12-01T08:00:00.000Z', companion: '陈刚', companionPhone: '13600001111' }),
  },
  {
    name: 'CARE-07 an outing of another site’s elder (admitted)',
    slug: 'outings',
    id: () => theirs.admittedElder,
    body: (elder) => ({ site: a.site, elder, leftAt: '2026-12-01T01:00:00.000Z', expectedReturn: '2026-12-01T08:00:00.000Z', companion: '陈刚', companionPhone: '13600001111' }),
  },
  {
    name: 'CARE-15 a discharge of another site’s elder',
    slug: 'discharges',
    id: () => theirs.reservedElder,
    body: (elder) => ({ site: a.site, elder, noticeAt: new Date().toISOString(), dischargeDate: dayFromNow(4), familyName: '陈家', familyPhone: '13600001111' }),
  },
  {
    name: 'CARE-14 a bed change of another site’s elder',
    slug: 'bed-changes',
    id: () => theirs.admittedElder,
    body: (elder) => ({ site: a.site, elder, toBed: ours.freeBed, reason: '换房' }),
  },
  {
    name: 'CARE-14 a bed change to another site’s held bed',
    slug: 'bed-changes',
    id: () => theirs.heldBed,
    body: (toBed) => ({ site: a.site, elder: ours.admittedElder, toBed, reason: '换房' }),
  },
  {
    name: 'CARE-13 a fee change of another site’s elder',
    slug: 'fee-changes',
    id: () => theirs.admittedElder,
    body: (elder) => ({ site: a.site, elder, newFee: 5000, reason: '失能等级提高' }),
  },
  {
    name: 'CARE-08 a reservation of another site’s held bed',
    slug: 'reservations',
    id: () => theirs.heldBed,
    body: (bed) => ({ site: a.site, elder: ours.admittedElder, bed, familyName: '陈家', familyPhone: '13600001111', depositReceipt: 'SJ-X1' }),
  },
  {
    name: 'CARE-08 a reservation for another site’s elder',
    guard: true,
    slug: 'reservations',
    id: () => theirs.admittedElder,
    body: (elder) => ({ site: a.site, elder, bed: ours.freeBed, familyName: '陈家', familyPhone: '13600001111', depositReceipt: 'SJ-X2' }),
  },
  {
    name: 'CARE-08 a reservation from another site’s reception record',
    slug: 'reservations',
    id: () => theirs.record,
    body: (receptionRecord) => ({ site: a.site, receptionRecord, elder: ours.admittedElder, bed: ours.freeBed }),
  },
  {
    name: 'CARE-10 an admission preparation of another site’s reservation',
    slug: 'admission-preps',
    id: () => theirs.reservation,
    body: (reservation) => ({ site: a.site, reservation, arrivalDate: dayFromNow(2), healthCertDate: dayFromNow(-5), healthCertPhoto: ours.photo }),
  },
  {
    name: 'CARE-11 an admission of another site’s preparation',
    slug: 'admissions',
    id: () => theirs.prep,
    body: (prep) => admission(prep, ours.photo),
  },
  {
    name: 'CARE-11 an admission with another site’s photo',
    slug: 'admissions',
    id: () => theirs.photo,
    body: (photo) => admission(ours.prep, photo),
  },
  {
    name: 'CARE-16 a gathering for another site’s elder',
    guard: true,
    slug: 'gatherings',
    id: () => theirs.admittedElder,
    body: (elder) => ({ site: a.site, elder, familyName: '陈刚', familyPhone: '13600001111', headCount: 8, package: 'A', startsAt: `${dayFromNow(5)}T03:00:00.000Z` }),
  },
  {
    name: 'CARE-21 a parcel for another site’s elder',
    guard: true,
    slug: 'parcels',
    id: () => theirs.admittedElder,
    body: (elder) => ({ site: a.site, forWhom: 'elder', elder, familyName: '陈刚', familyPhone: '13600001111', carrier: '顺丰' }),
  },
  {
    name: 'CARE-03 a follow-up of another site’s reception record',
    slug: 'reception-records',
    id: () => theirs.record,
    body: (followUpOf) => ({ site: a.site, type: 'follow-up', followUpOf, visitorName: '王先生', receivedAt: new Date().toISOString() }),
  },
]

function admission(prep: number, photo: number) {
  return {
    site: a.site,
    prep,
    assessment: '首次健康评估:半失能',
    contractClass: 'B',
    photo,
    contacts: [
      { name: '张伟', relation: '儿子', phone: '13811112222', sponsor: true },
      { name: '张丽', relation: '女儿', phone: '13833334444' },
    ],
    fees: { nursingFee: 3200 },
  }
}

const count = async (slug: CollectionSlug) => (await w.payload.count({ collection: slug, overrideAccess: true })).totalDocs

/** An answer with the id the person sent put back as `{id}` (echoing what they sent tells them nothing). */
const sameShape = (answer: { status: number; body: unknown }, id: number) => ({
  status: answer.status,
  body: JSON.parse(JSON.stringify(answer.body).replace(new RegExp(`(?<![0-9])${id}(?![0-9])`, 'g'), '{id}')),
})

/** What the old answers told: the other site's names, states, fees and staff. */
const leaks = /乙院|目前|reserved|admitted|held|confirmed|4321|已被预留|员工/

/**
 * The hooks on their own: the same create through the Local API as the desk member, past the
 * validation layer of the REST, GraphQL and admin doors (which checks relations first).
 */
async function hooksAnswer(slug: CollectionSlug, data: Record<string, unknown>) {
  const user = await w.payload.findByID({ collection: 'staff', id: a.deskId, depth: 0, overrideAccess: true })
  try {
    const doc = await w.payload.create({ collection: slug, data: data as never, overrideAccess: true, user: { ...user, collection: 'staff' } as never, depth: 0 })
    return { status: 201, message: `created ${doc.id}` }
  } catch (error) {
    return { status: (error as { status?: number }).status ?? 500, message: (error as Error).message }
  }
}

describe('care hooks are no oracle across sites', () => {
  for (const c of cases) {
    const guard = c.guard ? ' (a guard: this one held before too)' : ''
    it(`${c.name}: the hooks answer as for an id that does not exist (status and message), and write nothing${guard}`, async () => {
      const before = await count(c.slug)
      const other = await hooksAnswer(c.slug, c.body(c.id()))
      const none = await hooksAnswer(c.slug, c.body(NONE))
      expect(other.status).toBeGreaterThanOrEqual(400)
      expect(other.status).toBeLessThan(500)
      expect(other).toEqual(none)
      expect(other.message).not.toMatch(leaks)
      expect(await count(c.slug)).toBe(before)
    })

    it(`${c.name}: through REST, the answer equals that for an id that does not exist (status and body), and nothing is written${guard}`, async () => {
      const before = await count(c.slug)
      const other = await a.desk.post(`/api/${c.slug}`, c.body(c.id()))
      const none = await a.desk.post(`/api/${c.slug}`, c.body(NONE))
      expect(other.status).toBeGreaterThanOrEqual(400)
      expect(other.status).toBeLessThan(500)
      expect(sameShape(other, c.id())).toEqual(sameShape(none, NONE))
      expect(JSON.stringify(other.body)).not.toMatch(leaks)
      expect(await count(c.slug)).toBe(before)
    })
  }

  it('CARE-12 another site’s bed and elder are left as they were (a guard)', async () => {
    const bed = await w.payload.findByID({ collection: 'beds', id: theirs.heldBed, depth: 0, overrideAccess: true })
    expect(bed.status).toBe('held')
    const elder = await w.payload.findByID({ collection: 'elders', id: theirs.admittedElder, depth: 0, overrideAccess: true })
    expect(elder.status).toBe('admitted')
    expect(elder.nursingFee).toBe(4321)
  })

  it('CARE-11 the admission gate names nobody of another site (an admission of their unconfirmed preparation)', async () => {
    const res = await a.desk.post('/api/admissions', admission(theirs.prep, ours.photo))
    expect(JSON.stringify(res.body)).not.toContain('员工')
    const hooks = await hooksAnswer('admissions', admission(theirs.prep, ours.photo))
    expect(hooks.message).not.toContain('员工')
  })
})

describe('a form with a site field and no site given answers "choose a site" first', () => {
  const languages = [
    ['zh', '请选择站点'],
    ['zh-TW', '請選擇站點'],
    ['en', 'Choose a site'],
  ] as const
  for (const [language, text] of languages) {
    it(`CARE-13 a fee change created without a site answers "${text}" (${language}), not "nobody holds 健康照料部主管"`, async () => {
      const person = await makeStaff(w.payload, { sites: [a.site], language })
      const client = await signIn(w.url, person.email as string)
      const before = await count('fee-changes')
      const res = await client.post('/api/fee-changes', { elder: ours.admittedElder, newFee: 5000, reason: '失能等级提高' })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toContain(text)
      expect(JSON.stringify(res.body)).not.toMatch(/擔任|担任|nobody holds|不存在|no such/i)
      expect(await count('fee-changes')).toBe(before)
    })
  }

  it('CARE-14 a bed change created without a site answers "请选择站点"', async () => {
    const res = await a.desk.post('/api/bed-changes', { elder: ours.admittedElder, toBed: ours.freeBed, reason: '换房' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('请选择站点')
    expect(JSON.stringify(res.body)).not.toMatch(/担任|不存在/)
  })

  it('CARE-08 a reservation from a reception record, created without a site, answers "请选择站点" (not "no such record")', async () => {
    const res = await a.desk.post('/api/reservations', { receptionRecord: theirs.record, elder: ours.admittedElder, bed: ours.freeBed })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('请选择站点')
    expect(JSON.stringify(res.body)).not.toMatch(/不存在/)
  })

  it('CARE-13 the forms answer "choose a site" first on their own too (server code, past the request validation)', async () => {
    for (const [slug, data] of [
      ['fee-changes', { elder: ours.admittedElder, newFee: 5000, reason: '失能等级提高' }],
      ['bed-changes', { elder: ours.admittedElder, toBed: ours.freeBed, reason: '换房' }],
      ['discharges', { elder: ours.admittedElder, noticeAt: new Date().toISOString(), dischargeDate: dayFromNow(4), familyName: '陈家', familyPhone: '13600001111' }],
      ['reservations', { receptionRecord: theirs.record, elder: ours.admittedElder, bed: ours.freeBed }],
    ] as const) {
      const res = await hooksAnswer(slug, data)
      expect(res).toEqual({ status: 400, message: '请选择站点' })
    }
  })

  it('CARE-13 a fee change cannot be moved out of its site by clearing the site (a guard)', async () => {
    const created = await a.desk.post('/api/fee-changes', { site: a.site, elder: ours.admittedElder, newFee: 5000, reason: '失能等级提高' })
    expect(created.status).toBe(201)
    const res = await a.desk.patch(`/api/fee-changes/${created.body.doc.id}`, { site: null })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })
})
