/**
 * The story of one elder through the 千禾頤養家苑 procedures, end to end, asserting the rules at each
 * step: inquiry call → tour visit → reservation with deposit → admission preparation confirmed by all
 * eight positions → admission → outing and return → fee change approved by e-mail → bed change →
 * discharge, and the bed map at the end.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { bedMap } from '../../collections/care/beds/map'
import { completeDueDischarges, flagOverdueOutings } from '../helpers/sweeps'
import { PREP_POSITIONS } from '../../collections/care/admission-preps'
import type { Client } from '../helpers/people'
import { approveLink, get, post } from '../workflow/links'
import type { Peer } from '../workflow/smtp-peer'
import { dayFromNow, makePhoto, messagesLike } from '../helpers/care'
import { useWorld } from '../helpers/world'
import type { PositionSlug } from '../../src/seed/positions'

const w = useWorld({ mail: true })
let peer: Peer
const as: Record<string, Client> = {}
const story: Record<string, number> = {}

beforeAll(async () => {
  peer = w.mail!.peer
  for (const p of new Set<PositionSlug>([...PREP_POSITIONS, 'health-mgmt-supervisor', 'life-care-supervisor', 'health-care-director'])) as[p] = await w.as(p)
}, 300_000)

const payload = () => w.payload
const deliver = () => w.mail!.deliver()
const bedState = async (bed: number) => {
  const map = await bedMap(payload(), w.site)
  return map.flatMap((b) => b.floors.flatMap((f) => f.rooms.flatMap((r) => r.beds))).find((b) => b.id === bed)!
}
const elder = async () => payload().findByID({ collection: 'elders', id: story.elder, depth: 0, overrideAccess: true })

async function decideByMail(email: string, id: number) {
  await deliver()
  const link = await approveLink(peer, email, id)
  expect((await get(link)).status).toBe(200) // a GET only shows the page
  const res = await post(link, 'approved', '同意')
  expect(res.status, res.html).toBe(200)
}

// A story, the one exception to "tests in any order": each step continues the one before (one elder's path through
// the procedures), so its steps keep their order when the suite is shuffled (`shuffle: false`, vitest's own option).
describe('CARE story: from the first call to discharge', { shuffle: false }, () => {
  it('CARE-01 CARE-03 the inquiry call is recorded and rated very likely, so it is on the follow-up list', async () => {
    const res = await w.desk.post('/api/reception-records', {
      site: w.site, type: 'phone', receivedAt: new Date().toISOString(), outcome: 'inquiry', visitorName: '郑女士', visitorPhone: '13912340000', relation: '女儿',
      elderName: '郑桂香', elderAge: 84, elderSituation: '腿脚不便,能自己吃饭', needs: '双人间,护理', source: 'internet', rating: 'very-likely', ratingNote: '周六来参观',
    })
    expect(res.status).toBe(201)
    story.inquiry = res.body.doc.id
  })

  it('CARE-04 CARE-06 the tour visit: signed in after the phone confirmation, lunch free for the tour', async () => {
    const visit = await w.desk.post('/api/visits', { site: w.site, purpose: 'tour', visitorName: '郑女士', visitorPhone: '13912340000', visitorCount: '2', host: '前台', phoneConfirmed: true, confirmedBy: w.staff['front-desk'].id, timeIn: new Date().toISOString() })
    expect(visit.status).toBe(201)
    const lunch = await w.desk.post('/api/meal-orders', { site: w.site, guestName: '郑女士', guests: 2, mealTime: new Date(Date.now() + 3600_000).toISOString(), purpose: 'tour', free: true, items: [{ dish: '参观午餐', quantity: 2, unitPrice: 25 }] })
    expect(lunch.body.doc.total).toBe(0)
    const followUp = await w.desk.post('/api/reception-records', { site: w.site, type: 'follow-up', followUpOf: story.inquiry, receivedAt: new Date().toISOString(), notes: '参观后决定预定' })
    expect(followUp.status).toBe(201)
  })

  it('CARE-08 the reservation holds the bed only with the deposit receipt', async () => {
    const e = await w.desk.post('/api/elders', { site: w.site, name: '郑桂香', gender: 'female', birthDate: '1942-07-07', contacts: [{ name: '郑女士', relation: '女儿', phone: '13912340000' }] })
    expect(e.status).toBe(201)
    story.elder = e.body.doc.id
    const r = await w.desk.post('/api/reservations', { site: w.site, receptionRecord: story.inquiry, elder: story.elder, bed: w.beds[0] })
    expect([r.body.doc.familyName, r.body.doc.familyPhone]).toEqual(['郑女士', '13912340000']) // from the reception record
    expect(r.body.doc.status).toBe('pending')
    expect((await bedState(w.beds[0])).state).toBe('free')
    const paid = await w.desk.patch(`/api/reservations/${r.body.doc.id}`, { depositReceipt: 'SJ-郑-0001' })
    expect(paid.body.doc.status).toBe('held')
    expect(paid.body.doc.deposit).toBe(500)
    story.reservation = r.body.doc.id
    const bed = await bedState(w.beds[0])
    expect(bed.state).toBe('held')
    expect(bed.elder?.name).toBe('郑桂香')
    expect((await w.desk.patch(`/api/reservations/${story.reservation}`, { familyConfirmed: true })).body.doc.status).toBe('confirmed')
  })

  it('CARE-10 admission preparation: gated message to the eight positions, each confirms themselves', async () => {
    const photo = await makePhoto(payload(), w.site, '体检证明')
    const prep = await w.desk.post('/api/admission-preps', { site: w.site, reservation: story.reservation, arrivalDate: dayFromNow(2), healthCertDate: dayFromNow(-10), healthCertPhoto: photo })
    expect(prep.status).toBe(201)
    expect(prep.body.doc.originalPending).toBe(true)
    story.prep = prep.body.doc.id
    story.photo = await makePhoto(payload(), w.site, '郑桂香证件照')
    const early = await w.desk.post('/api/admissions', { site: w.site, prep: story.prep, assessment: '半失能', contractClass: 'C', photo: story.photo, contacts: [{ name: '郑女士', phone: '13912340000' }, { name: '郑先生', phone: '13912340001' }], fees: { nursingFee: 4200 } })
    expect(early.status).toBe(409)
    for (const position of PREP_POSITIONS) {
      const mine = await as[position].get(`/api/message-receipts?where[recipient][equals]=${w.staff[position].id}&where[state][not_equals]=confirmed&limit=10`)
      const receipt = mine.body.docs.find((d: { title: string }) => d.title.includes('郑桂香'))
      expect(receipt, position).toBeTruthy()
      expect((await as[position].patch(`/api/message-receipts/${receipt.id}`, { state: 'confirmed' })).status).toBe(200)
    }
  })

  it('CARE-11 admission: class C from the assessment, two contacts, photo, 收費確認單 total; the bed is occupied', async () => {
    const res = await w.desk.post('/api/admissions', {
      site: w.site, prep: story.prep, assessment: '首次评估:半失能,需协助如厕', contractClass: 'C', photo: story.photo,
      docs: { contract: true, roomFacilities: true, riskNotice: true, assessment: true, rules: true, proxy: true, escort: true, guide: true, supplement: true, idCopies: true, outingConsent: true },
      contacts: [{ name: '郑女士', relation: '女儿', phone: '13912340000', sponsor: true }, { name: '郑先生', relation: '儿子', phone: '13912340001' }],
      fees: { nursingFee: 4200, bedFee: 1800, mealFee: 900, deposit: 5000, reservationDeposit: 500 },
      healthCertOriginalReceived: true, filingComplete: true,
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.feeTotal).toBe(11400)
    const e = await elder()
    expect([e.status, e.contractClass, e.nursingFee, e.bed]).toEqual(['admitted', 'C', 4200, w.beds[0]])
    expect((await bedState(w.beds[0])).state).toBe('occupied')
    const pdf = await fetch(`${w.url}/api/admissions/${res.body.doc.id}/print`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
  })

  it('CARE-07 outing and return: the three positions are told, the bed map shows the elder out, then back', async () => {
    const leftAt = new Date()
    const res = await w.desk.post('/api/outings', { site: w.site, elder: story.elder, leftAt: leftAt.toISOString(), expectedReturn: new Date(leftAt.getTime() + 5 * 3600_000).toISOString(), companion: '郑女士', companionPhone: '13912340000', destination: '医院复诊' })
    expect(res.status).toBe(201)
    const [msg] = await messagesLike(payload(), w.site, '老人外出通知')
    expect(msg.body).toMatch(/^郑桂香老人于\d{4}年\d{1,2}月\d{1,2}日\d{1,2}时\d{1,2}分办理外出,预计回院时间\d{4}年\d{1,2}月\d{1,2}日\d{1,2}时,请您知晓并做相应安排。$/)
    expect((await bedState(w.beds[0])).state).toBe('out')
    expect(await flagOverdueOutings(payload(), new Date(leftAt.getTime() + 3600_000))).toBe(0)
    const back = await w.desk.patch(`/api/outings/${res.body.doc.id}`, { returnedAt: new Date(leftAt.getTime() + 4 * 3600_000).toISOString() })
    expect(back.body.doc.status).toBe('returned')
    expect((await bedState(w.beds[0])).state).toBe('occupied')
  })

  it('CARE-13 the nursing-fee change is approved by e-mail (supervisor → admin director → dean) and only then changes the fee', async () => {
    const res = await w.desk.post('/api/fee-changes', { site: w.site, elder: story.elder, newFee: 4800, reason: '失能等级提高', familyMember: '郑女士(女儿)', familyPhone: '13912340000' })
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    await decideByMail(w.staff['health-care-supervisor'].email, id)
    await decideByMail(w.staff['admin-director'].email, id)
    expect((await elder()).nursingFee).toBe(4200)
    await decideByMail(w.staff.dean.email, id)
    expect((await elder()).nursingFee).toBe(4800)
  })

  it('CARE-14 the bed change goes through the same chain and the bed map follows', async () => {
    const res = await w.desk.post('/api/bed-changes', { site: w.site, elder: story.elder, toBed: w.beds[3], reason: '换到朝南房间', familyMember: '郑女士' })
    expect(res.status).toBe(201)
    for (const p of ['health-care-supervisor', 'admin-director', 'dean']) {
      const d = await as[p].post(`/api/bed-changes/${res.body.doc.id}/decide`, { decision: 'approved' })
      expect(d.status, p).toBe(200)
    }
    expect((await elder()).bed).toBe(w.beds[3])
    expect((await bedState(w.beds[3])).state).toBe('occupied')
    expect((await bedState(w.beds[0])).state).toBe('free')
  })

  it('CARE-15 discharge: 3 days of notice, the four positions told, the fee sheet signed by four, the bed freed on the day; the bed map at the end', async () => {
    const res = await w.desk.post('/api/discharges', { site: w.site, elder: story.elder, dischargeDate: dayFromNow(3), familyName: '郑女士', familyPhone: '13912340000', fees: [{ item: '本月护理费(未收)', amount: 1200 }, { item: '押金退还', amount: -5000 }], feesChecked: true })
    expect(res.status).toBe(201)
    expect(res.body.doc.shortNotice).toBe(false)
    const [msg] = await messagesLike(payload(), w.site, '老人出院通知:郑桂香')
    expect(msg.recipients.length).toBe(4)
    for (const p of ['dean', 'admin-director', 'health-care-supervisor', 'cashier']) {
      expect((await as[p].post(`/api/discharges/${res.body.doc.id}/decide`, { decision: 'approved' })).status, p).toBe(200)
    }
    expect((await bedState(w.beds[3])).state).toBe('occupied')
    expect(await completeDueDischarges(payload(), new Date(`${dayFromNow(3)}T09:00:00+08:00`))).toBe(1)
    expect((await elder()).status).toBe('discharged')

    const map = await bedMap(payload(), w.site)
    const beds = map.flatMap((b) => b.floors.flatMap((f) => f.rooms.flatMap((r) => r.beds)))
    expect(beds.map((b) => b.state)).toEqual(['free', 'free', 'free', 'free'])
    expect(beds.every((b) => !b.elder)).toBe(true)
  })
})
