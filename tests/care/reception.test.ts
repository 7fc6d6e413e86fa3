import { describe, expect, it } from 'vitest'
import { followUpList, followUpProgress } from '../../collections/care/reception-records/hooks'
import { logCardSwipe } from '../../collections/care/visit-cards/swipe'
import { handleSwipe } from '../../devices/reader/swipe'
import { makeElder, messagesLike } from '../helpers/care'
import { confirmAll } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld()

const record = (extra: Record<string, unknown>, at: { site: number; desk: typeof w.desk } = w) =>
  at.desk.post('/api/reception-records', { site: at.site, type: 'phone', visitorName: '王先生', receivedAt: new Date().toISOString(), ...extra })

describe('CARE-01 to CARE-03 reception and follow-ups', () => {
  it('CARE-01 a phone inquiry and a visit are recorded with the elder’s situation, needs, source and rating', async () => {
    const res = await record({ visitorPhone: '13912345678', relation: '儿子', elderName: '王德明', elderAge: 82, elderSituation: '轻度失能,行走需拐杖', needs: '双人间', source: 'referral', rating: 'very-likely', ratingNote: '下周来参观' })
    expect(res.status).toBe(201)
    expect(res.body.doc.rating).toBe('very-likely')
    const visit = await record({ type: 'visit', visitorName: '李女士', rating: 'possible' })
    expect(visit.status).toBe(201)
    const bad = await record({ rating: 'great' })
    expect(bad.status).toBe(400)
  })

  it('CARE-02 the call form records which routing outcome was used', async () => {
    const res = await record({ outcome: 'staff-unknown', visitorName: '来电找人' })
    expect(res.status).toBe(201)
    expect(res.body.doc.outcome).toBe('staff-unknown')
    expect((await record({ outcome: 'transfer-anyway' })).status).toBe(400)
  })

  it('CARE-03 records rated 有可能 / 很有可能 are on the follow-up list; each call is logged against them; progress counts to 10 a working day', async () => {
    // A desk of its own, with its own records (as CARE-01 makes them): the list and the count are this test's.
    const home = await w.freshSite()
    const deskId = (await home.holder('front-desk')).id
    expect((await record({ visitorPhone: '13912345678', relation: '儿子', elderName: '王德明', rating: 'very-likely' }, home)).status).toBe(201)
    expect((await record({ type: 'visit', visitorName: '李女士', rating: 'possible' }, home)).status).toBe(201)
    expect((await record({ outcome: 'staff-unknown', visitorName: '来电找人' }, home)).status).toBe(201)
    await record({ visitorName: '不考虑的张先生', rating: 'impossible' }, home)
    const list = await followUpList(w.payload, home.site)
    expect(list.map((r) => r.visitorName).sort()).toEqual(['李女士', '王先生'])
    const target = list.find((r) => r.visitorName === '王先生')!
    const notRated = (await w.payload.find({ collection: 'reception-records', where: { and: [{ visitorName: { equals: '不考虑的张先生' } }, { site: { equals: home.site } }] }, overrideAccess: true })).docs[0]
    expect((await record({ type: 'follow-up', followUpOf: notRated.id }, home)).status).toBe(400)
    expect((await record({ type: 'follow-up' }, home)).status).toBe(400)
    const call = await record({ type: 'follow-up', followUpOf: target.id, notes: '已回访,周六来参观' }, home)
    expect(call.status).toBe(201)
    const after = await followUpList(w.payload, home.site)
    expect(after.find((r) => r.id === target.id)!.calls).toBe(1)
    expect(after[after.length - 1].id).toBe(target.id) // the one just called goes to the end
    const progress = await followUpProgress(w.payload, home.site, deskId)
    expect(progress.done).toBe(1)
    expect(progress.target).toBe(progress.working ? 10 : 0)
    // A working day (Wednesday 2025-10-15) needs 10; a holiday (2025-10-01) none.
    expect((await followUpProgress(w.payload, home.site, deskId, new Date('2025-10-15T04:00:00Z'))).target).toBe(10)
    expect((await followUpProgress(w.payload, home.site, deskId, new Date('2025-10-01T04:00:00Z'))).target).toBe(0)
  })
})

describe('CARE-04 visitor register', () => {
  it('CARE-04 a visitor goes in only after the phone confirmation', async () => {
    const now = new Date().toISOString()
    const refused = await w.desk.post('/api/visits', { site: w.site, purpose: 'business', visitorName: '供应商刘经理', host: '吴强', timeIn: now })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('电话确认')
    const ok = await w.desk.post('/api/visits', { site: w.site, purpose: 'business', visitorName: '供应商刘经理', host: '吴强', phoneConfirmed: true, confirmedBy: w.staff['front-desk'].id, timeIn: now })
    expect(ok.status).toBe(201)
    const early = await w.desk.patch(`/api/visits/${ok.body.doc.id}`, { timeOut: new Date(Date.now() - 3600_000).toISOString() })
    expect(early.status).toBe(400)
  })

  it('CARE-04 a caregiver applicant: the health-care supervisor and HR are told', async () => {
    const res = await w.desk.post('/api/visits', { site: w.site, purpose: 'interview', interviewFor: 'caregiver', visitorName: '护理员应聘者甲', phoneConfirmed: true, timeIn: new Date().toISOString() })
    expect(res.status).toBe(201)
    const [msg] = await messagesLike(w.payload, w.site, '护理员面试')
    expect(new Set(msg.recipients)).toEqual(new Set([w.staff['health-care-supervisor'].id, w.staff.hr.id]))
  })

  it('CARE-04 another position: HR must confirm before the interviewee goes in', async () => {
    const res = await w.desk.post('/api/visits', { site: w.site, purpose: 'interview', interviewFor: 'other', visitorName: '会计应聘者乙', host: '财务部', phoneConfirmed: true })
    expect(res.status).toBe(201)
    const [msg] = await messagesLike(w.payload, w.site, '面试确认')
    expect(msg.gated).toBe(true)
    expect(msg.recipients).toEqual([w.staff.hr.id])
    const early = await w.desk.patch(`/api/visits/${res.body.doc.id}`, { timeIn: new Date().toISOString() })
    expect(early.status).toBe(409)
    await confirmAll(w.payload, { collection: 'visits', id: res.body.doc.id })
    const ok = await w.desk.patch(`/api/visits/${res.body.doc.id}`, { timeIn: new Date().toISOString() })
    expect(ok.status).toBe(200)
  })
})

describe('CARE-05 and CARE-17 family visit cards', () => {
  it('CARE-05 a card is issued only against the deposit receipt; card numbers are unique per site', async () => {
    const elder = await makeElder(w.payload, w.site, '周桂英')
    const card = { site: w.site, cardNumber: '0001234567', elder: elder.id, holderName: '周明', relation: '儿子', holderPhone: '13700001111' }
    const noReceipt = await w.desk.post('/api/visit-cards', card)
    expect(noReceipt.status).toBe(400)
    const ok = await w.desk.post('/api/visit-cards', { ...card, depositReceipt: 'YJ-0001' })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.status).toBe('active')
    const dup = await w.desk.post('/api/visit-cards', { ...card, depositReceipt: 'YJ-0002' })
    expect(dup.status).toBe(400)
  })

  it('CARE-17 an active card logs a family visit; unknown, returned and lost cards are refused and the desk is alerted', async () => {
    const { payload } = w
    // A card of its own, issued as in CARE-05.
    const elder = await makeElder(payload, w.site, '郑桂芳')
    const issued = await w.desk.post('/api/visit-cards', { site: w.site, cardNumber: '0007654321', elder: elder.id, holderName: '周明', relation: '儿子', holderPhone: '13700001111', depositReceipt: 'YJ-0017' })
    expect(issued.status).toBe(201)
    const allowed = await logCardSwipe(payload, { site: w.site, cardNumber: '0007654321', reader: '大厅读卡器' })
    expect(allowed?.allowed).toBe(true)
    const visit = await payload.findByID({ collection: 'visits', id: allowed!.visit!.id, depth: 0, overrideAccess: true })
    expect(visit.kind).toBe('card')
    expect(visit.visitorName).toBe('周明')
    // A card the care desk never issued is not its to answer: the devices module refuses it (and alerts the desk).
    expect(await logCardSwipe(payload, { site: w.site, cardNumber: '9999' })).toBeNull()
    expect(await handleSwipe(payload, { site: w.site, cardNumber: '9999' })).toEqual({ allowed: false, reason: 'unknown-card' })
    const card = (await payload.find({ collection: 'visit-cards', where: { cardNumber: { equals: '0007654321' } }, overrideAccess: true })).docs[0]
    await w.desk.patch(`/api/visit-cards/${card.id}`, { status: 'lost' })
    expect((await logCardSwipe(payload, { site: w.site, cardNumber: '0007654321' }))?.reason).toBe('lost')
    const alerts = await messagesLike(payload, w.site, '卡被拒')
    expect(alerts.length).toBe(2)
    expect(alerts[0].recipients).toContain(w.staff['front-desk'].id)
  })
})
