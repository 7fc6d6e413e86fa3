/**
 * Issue 13 item 12 — a day at the company reception of 新华速汇, end to end through REST and the real
 * mail peer: a visitor with an appointment checks in and the host is told → a candidate's CV reaches
 * the interviewer ahead (an e-mail with the CV attached) → a leader's second trip is filled from the
 * first one's preferences and the itinerary text is queued → a department draws supplies beyond its
 * approved total and is refused → an employee leaves and the checklist blocks until the card is back.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { beforeAll, describe, expect, it } from 'vitest'
import { useWorld, type Person } from '../helpers/world'
import { localDay } from '../../src/lib/calendar'

const w = useWorld({ sites: [{ type: 'office' }], mail: true })

const messagesAbout = async (collection: string, id: number) =>
  (await w.payload.find({ collection: 'messages', where: { and: [{ relatedCollection: { equals: collection } }, { relatedId: { equals: String(id) } }] }, depth: 0, overrideAccess: true, sort: 'id' })).docs as Record<string, any>[]
const today = () => localDay(new Date(), 'Asia/Shanghai')

/** The company's people for the day (named beforeAll: each step below makes the rest of what it needs). */
const people: Record<string, Person> = {}
beforeAll(async () => {
  people.marketHead = await w.hire({ name: '黄磊', positions: ['department-head'] })
  people.techHead = await w.hire({ name: '马超', positions: ['department-head'] })
  people.leaver = await w.hire({ name: '何琳' })
})

describe('OFFICE story: a day at the 新华速汇 reception', () => {
  it('OFFICE-02 a visitor with an appointment, registered ahead, checks in once and the host is told', async () => {
    const registered = await w.desk.post('/api/visitor-log?depth=0', {
      site: w.site, appointment: 'yes', preRegistered: true, expectedAt: new Date(Date.now() + 3600_000).toISOString(),
      visitorName: '陈总', company: '西南科技股份有限公司', visitorCount: '2', reason: '商谈系统对接', host: people.marketHead.id, hostTold: 'message', decision: 'go-in',
    })
    expect(registered.status, JSON.stringify(registered.body)).toBe(201)
    const id = registered.body.doc.id
    expect(registered.body.doc.status).toBe('expected')
    expect(await messagesAbout('visitor-log', id)).toEqual([])
    const checkIn = await w.desk.post(`/api/visitor-log/${id}/transition`, { to: 'in' })
    expect(checkIn.status).toBe(200)
    const [told] = await messagesAbout('visitor-log', id)
    expect(told.recipients).toEqual([people.marketHead.id])
    expect(told.title).toContain('陈总')
    expect(told.body).toContain('直接带入')
    // The host reads and confirms it; the visitor cannot be checked in a second time.
    const host = await w.as({ email: people.marketHead.email })
    const receipt = (await host.get(`/api/message-receipts?where[message][equals]=${told.id}`)).body.docs[0]
    expect((await host.patch(`/api/message-receipts/${receipt.id}`, { state: 'confirmed' })).status).toBe(200)
    expect((await w.desk.post(`/api/visitor-log/${id}/transition`, { to: 'in' })).status).toBe(409)
  })

  it('OFFICE-02 a candidate’s CV reaches the interviewer ahead: an e-mail with the CV attached, delivered before the interview', async () => {
    const sharp = (await import('sharp')).default
    const scan = await sharp({ create: { width: 40, height: 60, channels: 3, background: '#fafafa' } }).png().toBuffer()
    const cv = (await w.payload.create({ collection: 'documents', data: { title: '赵一鸣简历', site: w.site } as never, file: { data: scan, mimetype: 'image/png', name: `zhao-cv-${Date.now()}.png`, size: scan.length }, overrideAccess: true })) as unknown as { id: number; filename: string }
    const interviewAt = new Date(Date.now() + 86_400_000).toISOString()
    const res = await w.desk.post('/api/visitor-log?depth=0', {
      site: w.site, purpose: 'interview', appointment: 'yes', preRegistered: true, visitorName: '赵一鸣', visitorPhone: '137 2222 3333',
      position: '前端开发工程师', interviewAt, interviewer: people.techHead.id, host: people.techHead.id, hostTold: 'phone', decision: 'wait', cv: cv.id,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const before = w.mail!.peer.received.length
    await w.mail!.deliver()
    const received = await w.mail!.peer.waitFor(before + 1)
    const mail = received.slice(before).find((m) => m.to.includes(people.techHead.email))
    expect(mail).toBeDefined()
    const parsed = await simpleParser(mail!.raw)
    expect(parsed.subject).toContain('前端开发工程师')
    expect(parsed.text).toContain('赵一鸣')
    expect(parsed.attachments.map((a: { filename?: string }) => a.filename)).toEqual([cv.filename])
    expect(Buffer.compare(parsed.attachments[0].content, scan)).toBe(0)
    expect(new Date(interviewAt).getTime()).toBeGreaterThan(Date.now())
    const stored = await readFile(path.join(w.payload.collections.documents.config.upload.staticDir!, cv.filename))
    expect(stored.length).toBe(scan.length)
  })

  it('OFFICE-03 a leader’s second trip is filled from the first one’s preferences (nobody asks twice) and the itinerary text is queued for the leader’s phone', async () => {
    const boss = await w.hire({ name: '王建国', positions: ['chairman'] })
    await w.payload.update({ collection: 'staff', id: boss.id, data: { mobile: '136 0000 8001' }, overrideAccess: true })
    const trip = (days: number, extra: Record<string, unknown> = {}) => ({
      site: w.site, leader: boss.id, kind: 'train', headCount: 1, origin: '成都东', destination: '重庆北', departAt: new Date(Date.now() + days * 86_400_000).toISOString(), ...extra,
    })
    // The first trip asks the leader's preferences once (refused until given) and saves them.
    const unasked = await w.desk.post('/api/travel-requests', trip(3))
    expect(unasked.status).toBe(400)
    expect(unasked.body.errors[0].message).toContain('王建国')
    const first = await w.desk.post('/api/travel-requests?depth=0', trip(3, { preferences: { trainSeat: 'first', seatSide: 'window' } }))
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    // The second trip is filled from the profile: nothing asked, the same answers.
    const second = await w.desk.post('/api/travel-requests?depth=0', trip(10))
    expect(second.status, JSON.stringify(second.body)).toBe(201)
    expect(second.body.doc.preferencesFrom).toBe('profile')
    expect(second.body.doc.preferences).toMatchObject({ trainSeat: 'first', seatSide: 'window' })
    // Booked: the itinerary goes to the leader's mobile through the SMS outbox.
    const id = second.body.doc.id
    expect((await w.desk.patch(`/api/travel-requests/${id}`, { bookingRef: 'G8501', seat: '05车 1F' })).status).toBe(200)
    const booked = await w.desk.post(`/api/travel-requests/${id}/transition`, { to: 'booked' })
    expect(booked.status, JSON.stringify(booked.body)).toBe(200)
    const itinerary = (await w.desk.get(`/api/travel-requests/${id}`)).body.itinerary as string
    expect(itinerary).toContain('G8501')
    const sms = (await w.payload.find({ collection: 'sms', where: { to: { equals: '136 0000 8001' } }, depth: 0, overrideAccess: true })).docs as Record<string, any>[]
    expect(sms).toHaveLength(1)
    expect(sms[0]).toMatchObject({ kind: 'itinerary', text: itinerary })
  })

  it('OFFICE-05 a department draws supplies beyond its approved total and is refused with what remains', async () => {
    const quarter = '2031-Q3'
    const department = (await w.payload.create({ collection: 'departments', data: { name: '市场部', site: w.site } as never, overrideAccess: true })).id as number
    const plan = await w.desk.post('/api/supply-plans', { site: w.site, quarter, department, items: [{ item: 'A4复印纸', unit: '包', quantity: 20 }] })
    expect(plan.status, JSON.stringify(plan.body)).toBe(201)
    const list = await w.desk.post('/api/supply-purchases?depth=0', { site: w.site, quarter })
    expect(list.status, JSON.stringify(list.body)).toBe(201)
    for (const who of ['admin-director', 'general-manager'] as const) {
      expect((await (await w.as(who)).post(`/api/supply-purchases/${list.body.doc.id}/decide`, { decision: 'approved' })).status).toBe(200)
    }
    const draw = (quantity: number) => w.desk.post('/api/supply-issues', { site: w.site, quarter, department, items: [{ item: 'A4复印纸', quantity }], receivedBy: '杨帆' })
    expect((await draw(15)).status).toBe(201)
    const over = await draw(6)
    expect(over.status).toBe(409)
    expect(over.body.errors[0].message).toContain('A4复印纸')
    expect(over.body.errors[0].message).toContain('剩余 5包')
    expect((await draw(5)).status).toBe(201)
  })

  it('OFFICE-08 an employee leaves and the leaving checklist blocks until the access card is back', async () => {
    const card = await w.desk.post('/api/access-cards', { site: w.site, holder: people.leaver.id, cardNumber: 'XH-MJ-0042', kind: 'access', holderSigned: true })
    expect(card.status, JSON.stringify(card.body)).toBe(201)
    const checklist = await w.desk.post('/api/leaving-checklists', { site: w.site, person: people.leaver.id, leavingDate: today(), leaverSigned: true })
    expect(checklist.status, JSON.stringify(checklist.body)).toBe(201)
    const id = checklist.body.doc.id
    const blocked = await w.desk.post(`/api/leaving-checklists/${id}/transition`, { to: 'completed' })
    expect(blocked.status).toBe(409)
    expect(blocked.body.errors[0].message).toContain('XH-MJ-0042')
    expect((await w.desk.patch(`/api/access-cards/${card.body.doc.id}`, { returnedAt: new Date().toISOString() })).status).toBe(200)
    const done = await w.desk.post(`/api/leaving-checklists/${id}/transition`, { to: 'completed' })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.doc.status).toBe('completed')
  })
})
