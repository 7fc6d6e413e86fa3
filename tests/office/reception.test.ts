/**
 * The company reception (新华速汇): the phone log (OFFICE-01), the visitor register (OFFICE-02), parcels
 * (OFFICE-04) and meetings (OFFICE-07), end to end through REST, the phone driver's events and the
 * declared deadlines, on an office site.
 */
import { describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { useWorld } from '../helpers/world'
import { sweepDeadline } from '../../hooks/deadlines'
import { handleCallEvent } from '../../devices/phone/calls'
import { statistics } from '../../jobs/digest/statistics'
import { SiteCalendar, localDay, shiftDay } from '../../src/lib/calendar'

const w = useWorld({ sites: [{ type: 'office' }] })

const MISSING = 2_000_000_000
/** The answer with the id asked about blanked out: another site's id must read exactly like a missing one. */
const blank = (body: unknown, id: number) => JSON.stringify(body).replace(new RegExp(`(?<![0-9])${id}(?![0-9])`, 'g'), 'X')
const find = async (payload: Payload, collection: string, where: Record<string, unknown>) =>
  (await payload.find({ collection: collection as never, where: where as never, pagination: false, depth: 0, overrideAccess: true, sort: 'id' })).docs as Record<string, any>[]
const messagesAbout = (collection: string, id: number) => find(w.payload, 'messages', { and: [{ relatedCollection: { equals: collection } }, { relatedId: { equals: String(id) } }] })
const mailsAbout = (collection: string, id: number) => find(w.payload, 'mail-outbox', { and: [{ relatedCollection: { equals: collection } }, { relatedId: { equals: String(id) } }] })
const at = (day: string, time: string) => new SiteCalendar(w.payload, w.site, 'Asia/Shanghai').at(day, time)
const today = () => localDay(new Date(), 'Asia/Shanghai')

async function cvDocument(site: number, title = '简历') {
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#eee' } }).png().toBuffer()
  const doc = await w.payload.create({ collection: 'documents', data: { title, site } as never, file: { data, mimetype: 'image/png', name: `cv-${Date.now()}.png`, size: data.length }, overrideAccess: true })
  return doc as unknown as { id: number; filename: string }
}

describe('OFFICE-01 the phone log (接听电话记录簿)', () => {
  it('OFFICE-01 a message for a colleague becomes a work message they confirm, and its state shows on the record; the desk person defaults to me', async () => {
    const colleague = await w.hire({ name: '黄磊' })
    const res = await w.desk.post('/api/phone-log?depth=0', { site: w.site, callerName: '张经理', company: '蓉城物流', phone: '028-8765 4321', purpose: '询问合作报价', messageFor: colleague.id, message: '请今天下午回电' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id
    expect(res.body.doc.takenBy).toBe(w.staff['front-desk'].id)
    const [message] = await messagesAbout('phone-log', id)
    expect(message.recipients).toEqual([colleague.id])
    expect(message.title).toContain('张经理')
    expect(message.body).toContain('请今天下午回电')
    expect((await w.desk.get(`/api/phone-log/${id}?depth=0`)).body.messageState).toBe('unread')
    const them = await w.as({ email: colleague.email })
    const [receipt] = await find(w.payload, 'message-receipts', { message: { equals: message.id } })
    expect((await them.patch(`/api/message-receipts/${receipt.id}`, { state: 'confirmed' })).status).toBe(200)
    expect((await w.desk.get(`/api/phone-log/${id}?depth=0`)).body.messageState).toBe('confirmed')
    // Editing the entry does not send the message again.
    expect((await w.desk.patch(`/api/phone-log/${id}`, { purpose: '询问合作报价(已发报价单)' })).status).toBe(200)
    expect(await messagesAbout('phone-log', id)).toHaveLength(1)
    // The state is the server's: a client cannot write it.
    expect((await w.desk.patch(`/api/phone-log/${id}`, { messageState: 'unread' })).status).toBe(403)
    // A call with no message sends none.
    const plain = await w.desk.post('/api/phone-log?depth=0', { site: w.site, callerName: '刘女士', purpose: '查询到账' })
    expect(plain.status).toBe(201)
    expect(await messagesAbout('phone-log', plain.body.doc.id)).toEqual([])
    expect(plain.body.doc.messageState ?? null).toBeNull()
  })

  it('OFFICE-01 a colleague of another site, or one that does not exist, is refused the same way; bad input is a 4xx', async () => {
    const other = await w.other('front-desk')
    const a = await w.desk.post('/api/phone-log?depth=0', { site: w.site, callerName: '甲', messageFor: other.id })
    const b = await w.desk.post('/api/phone-log?depth=0', { site: w.site, callerName: '甲', messageFor: MISSING })
    expect(a.status).toBe(b.status)
    expect(a.status).toBeGreaterThanOrEqual(400)
    expect(a.status).toBeLessThan(500)
    expect(blank(a.body, other.id)).toBe(blank(b.body, MISSING))
    expect((await w.desk.post('/api/phone-log?depth=0', { site: w.site, phone: 'call me maybe' })).status).toBe(400)
    expect((await w.desk.post('/api/phone-log?depth=0', { site: w.site, outcome: 'perhaps' })).status).toBe(400)
  })

  it('OFFICE-01 WF-10 a missed call becomes a call-back task (apologise, ask the purpose) due in 30 minutes and flagged when overdue', async () => {
    const res = await w.desk.post('/api/phone-log?depth=0', { site: w.site, outcome: 'missed', phone: '028-6111 2233', callerName: '未知' })
    expect(res.status).toBe(201)
    const tasks = await find(w.payload, 'call-tasks', { and: [{ relatedCollection: { equals: 'phone-log' } }, { relatedId: { equals: String(res.body.doc.id) } }] })
    expect(tasks).toHaveLength(1)
    expect(tasks[0].title).toContain('028-6111 2233')
    expect(tasks[0].title).toContain('致歉')
    expect(tasks[0].phone).toBe('028-6111 2233')
    const due = new Date(tasks[0].dueAt).getTime()
    expect(Math.abs(due - (Date.now() + 30 * 60_000))).toBeLessThan(60_000)
    await sweepDeadline(w.payload, 'call-tasks', 'call', new Date(due - 60_000))
    expect((await w.payload.findByID({ collection: 'call-tasks', id: tasks[0].id, depth: 0, overrideAccess: true })).overdue).toBeFalsy()
    await sweepDeadline(w.payload, 'call-tasks', 'call', new Date(due + 60_000))
    expect((await w.payload.findByID({ collection: 'call-tasks', id: tasks[0].id, depth: 0, overrideAccess: true })).overdue).toBe(true)
    // An answered call makes no task.
    const answered = await w.desk.post('/api/phone-log?depth=0', { site: w.site, outcome: 'answered', phone: '028-6111 2234' })
    expect(await find(w.payload, 'call-tasks', { and: [{ relatedCollection: { equals: 'phone-log' } }, { relatedId: { equals: String(answered.body.doc.id) } }] })).toEqual([])
  })

  it('OFFICE-01 answered within three rings is measured from the phone driver’s ring and answer events, per day and per desk person', async () => {
    const phone = (await w.payload.create({ collection: 'devices', data: { name: '前台电话', kind: 'phone', driver: 'simulator', site: w.site } as never, overrideAccess: true })) as unknown as { id: number; site: number }
    const device = { id: phone.id, site: w.site }
    const day = shiftDay(today(), -1)
    const ring = async (pbx: string, rangAt: Date, answerAfter: number | null) => {
      await handleCallEvent(w.payload, device, { type: 'ringing', id: pbx, caller: '13900001111', at: rangAt.toISOString() })
      if (answerAfter != null) await handleCallEvent(w.payload, device, { type: 'answered', id: pbx, at: new Date(rangAt.getTime() + answerAfter * 1000).toISOString() })
      await handleCallEvent(w.payload, device, { type: 'ended', id: pbx, at: new Date(rangAt.getTime() + 120_000).toISOString() })
      return (await find(w.payload, 'calls', { pbxId: { equals: pbx } }))[0]
    }
    const quick = await ring('t-quick', at(day, '09:00'), 8)
    const slow = await ring('t-slow', at(day, '10:00'), 21)
    const missed = await ring('t-missed', at(day, '11:00'), null)
    // 23:50 in Shanghai is the same site day, though it is 15:50 UTC.
    const lateNight = await ring('t-night', at(day, '23:50'), 3)
    const second = await w.hire({ positions: ['front-desk'], name: '吴婷' })
    const desk2 = await w.as({ email: second.email })

    const q = await w.desk.post('/api/phone-log?depth=0', { site: w.site, call: quick.id, callerName: '甲', purpose: '咨询' })
    expect(q.status, JSON.stringify(q.body)).toBe(201)
    expect(q.body.doc).toMatchObject({ ringSeconds: 8, ringCheck: 'within', outcome: 'answered', phone: '13900001111' })
    expect(new Date(q.body.doc.receivedAt).toISOString()).toBe(at(day, '09:00').toISOString())
    const s = await desk2.post('/api/phone-log?depth=0', { site: w.site, call: slow.id, callerName: '乙' })
    expect(s.body.doc).toMatchObject({ ringSeconds: 21, ringCheck: 'late', takenBy: second.id })
    const m = await w.desk.post('/api/phone-log?depth=0', { site: w.site, call: missed.id })
    expect(m.body.doc).toMatchObject({ ringCheck: 'missed', outcome: 'missed' })
    // The phone driver already made the missed call's call-back task: the log adds no second one.
    expect(await find(w.payload, 'call-tasks', { and: [{ relatedCollection: { equals: 'phone-log' } }, { relatedId: { equals: String(m.body.doc.id) } }] })).toEqual([])
    expect(await find(w.payload, 'call-tasks', { and: [{ relatedCollection: { equals: 'calls' } }, { relatedId: { equals: String(missed.id) } }] })).toHaveLength(1)
    const n = await desk2.post('/api/phone-log?depth=0', { site: w.site, call: lateNight.id })
    expect(n.body.doc.ringCheck).toBe('within')
    // One entry per call; the measure is the server's.
    expect((await w.desk.post('/api/phone-log?depth=0', { site: w.site, call: quick.id })).status).toBe(400)
    expect((await w.desk.patch(`/api/phone-log/${s.body.doc.id}`, { ringCheck: 'within' })).status).toBe(403)
    // What the phone measured stays: the linked call, not the form, says whether it was answered.
    expect((await w.desk.patch(`/api/phone-log/${q.body.doc.id}?depth=0`, { outcome: 'missed' })).body.doc).toMatchObject({ outcome: 'answered', ringCheck: 'within' })
    // A call still ringing is not logged yet.
    await handleCallEvent(w.payload, device, { type: 'ringing', id: 't-ringing', caller: '13900002222', at: new Date().toISOString() })
    const ringing = (await find(w.payload, 'calls', { pbxId: { equals: 't-ringing' } }))[0]
    expect((await w.desk.post('/api/phone-log?depth=0', { site: w.site, call: ringing.id })).status).toBe(409)

    const stats = await statistics(w.payload, w.site, day, day)
    const row = (id: number) => stats.staff.find((r) => r.id === id)?.counts ?? {}
    expect(row(w.staff['front-desk'].id)).toMatchObject({ withinThreeRings: 1 })
    expect(row(w.staff['front-desk'].id).afterThreeRings ?? 0).toBe(0)
    expect(row(second.id)).toMatchObject({ withinThreeRings: 1, afterThreeRings: 1, officeCalls: 2 })
    const perDay = stats.days.find((d) => d.day === day)!.counts
    expect(perDay).toMatchObject({ withinThreeRings: 2, afterThreeRings: 1, missedCalls: 1, officeCalls: 4 })
  })

  it('OFFICE-01 another site’s call record answers like a missing one', async () => {
    const otherPhone = (await w.payload.create({ collection: 'devices', data: { name: '乙电话', kind: 'phone', driver: 'simulator', site: w.otherSite } as never, overrideAccess: true })) as unknown as { id: number }
    await handleCallEvent(w.payload, { id: otherPhone.id, site: w.otherSite }, { type: 'ringing', id: 't-other', caller: '13900003333', at: new Date().toISOString() })
    const theirs = (await find(w.payload, 'calls', { pbxId: { equals: 't-other' } }))[0]
    const a = await w.desk.post('/api/phone-log?depth=0', { site: w.site, call: theirs.id })
    const b = await w.desk.post('/api/phone-log?depth=0', { site: w.site, call: MISSING })
    expect(a.status).toBe(b.status)
    expect(blank(a.body, theirs.id)).toBe(blank(b.body, MISSING))
  })
})

describe('OFFICE-02 the visitor register (访客登记表)', () => {
  it('OFFICE-02 a walk-in: time in now, desk person me, signed in; the host is told by work message and the visitor goes in or waits', async () => {
    const host = await w.hire({ name: '马超' })
    const res = await w.desk.post('/api/visitor-log?depth=0', { site: w.site, visitorName: '王师傅', company: '城西净水', reason: '清洗饮水机', host: host.id, hostTold: 'message', decision: 'wait' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = res.body.doc
    expect(doc).toMatchObject({ status: 'in', receivedBy: w.staff['front-desk'].id, appointment: 'no', decision: 'wait' })
    expect(Math.abs(new Date(doc.timeIn).getTime() - Date.now())).toBeLessThan(60_000)
    const messages = await messagesAbout('visitor-log', doc.id)
    expect(messages).toHaveLength(1)
    expect(messages[0].recipients).toEqual([host.id])
    expect(messages[0].body).toContain('接待室等候')
    // Phoned: nothing is sent; by e-mail: a mail to the host.
    const phoned = await w.desk.post('/api/visitor-log?depth=0', { site: w.site, visitorName: '李先生', host: host.id, hostTold: 'phone' })
    expect(await messagesAbout('visitor-log', phoned.body.doc.id)).toEqual([])
    expect(await mailsAbout('visitor-log', phoned.body.doc.id)).toEqual([])
    const mailed = await w.desk.post('/api/visitor-log?depth=0', { site: w.site, visitorName: '周女士', company: '西南科技', host: host.id, hostTold: 'email' })
    const mails = await mailsAbout('visitor-log', mailed.body.doc.id)
    expect(mails).toHaveLength(1)
    expect(mails[0].to).toBe(host.email)
    expect(mails[0].subject).toContain('周女士')
    // The state is the server's; a missing host is refused.
    expect((await w.desk.patch(`/api/visitor-log/${doc.id}`, { status: 'out' })).status).toBe(403)
    expect((await w.desk.post('/api/visitor-log?depth=0', { site: w.site, visitorName: '无人' })).status).toBe(400)
  })

  it('OFFICE-02 a visitor registered ahead is checked in once — a second check-in is refused — and the host is told on arrival, not before', async () => {
    const host = await w.hire({ name: '黄经理' })
    const res = await w.desk.post('/api/visitor-log?depth=0', { site: w.site, appointment: 'yes', preRegistered: true, expectedAt: new Date(Date.now() + 3600_000).toISOString(), visitorName: '陈总', company: '西南科技', host: host.id, hostTold: 'message' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id
    expect(res.body.doc.status).toBe('expected')
    expect(res.body.doc.timeIn ?? null).toBeNull()
    expect(await messagesAbout('visitor-log', id)).toEqual([])
    const first = await w.desk.post(`/api/visitor-log/${id}/transition`, { to: 'in' })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.doc.status).toBe('in')
    expect(Math.abs(new Date(first.body.doc.timeIn).getTime() - Date.now())).toBeLessThan(60_000)
    expect((await messagesAbout('visitor-log', id)).map((m) => m.recipients)).toEqual([[host.id]])
    const second = await w.desk.post(`/api/visitor-log/${id}/transition`, { to: 'in' })
    expect(second.status).toBe(409)
    expect(JSON.stringify(second.body)).toMatch(/在訪|在访/)
    expect(await messagesAbout('visitor-log', id)).toHaveLength(1)
    // Registered ahead with a time in already: refused (the check-in is on arrival).
    expect((await w.desk.post('/api/visitor-log?depth=0', { site: w.site, preRegistered: true, visitorName: '某人', host: host.id, timeIn: new Date().toISOString() })).status).toBe(400)
    // Another site's desk cannot check them in (answers as missing).
    const outsider = await w.as('outsider')
    expect((await outsider.post(`/api/visitor-log/${id}/transition`, { to: 'out' })).status).toBe(404)
  })

  it('OFFICE-02 an interview candidate: position, time, interviewer, and the CV e-mailed to the interviewer ahead as an attachment', async () => {
    const interviewer = await w.hire({ name: '马超' })
    expect((await w.desk.post('/api/visitor-log?depth=0', { site: w.site, purpose: 'interview', preRegistered: true, visitorName: '赵一鸣', host: interviewer.id })).status).toBe(400)
    const cv = await cvDocument(w.site)
    const res = await w.desk.post('/api/visitor-log?depth=0', {
      site: w.site, purpose: 'interview', appointment: 'yes', preRegistered: true, visitorName: '赵一鸣', visitorPhone: '137 2222 3333',
      position: '前端开发工程师', interviewAt: new Date(Date.now() + 86_400_000).toISOString(), interviewer: interviewer.id, host: interviewer.id, cv: cv.id,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const mails = await mailsAbout('visitor-log', res.body.doc.id)
    expect(mails).toHaveLength(1)
    expect(mails[0].to).toBe(interviewer.email)
    expect(mails[0].subject).toContain('前端开发工程师')
    expect(mails[0].attachments).toEqual([expect.objectContaining({ filename: cv.filename })])
    expect(String(mails[0].attachments[0].path)).toContain(cv.filename)
    // A CV added later goes out then.
    const later = await w.desk.post('/api/visitor-log?depth=0', { site: w.site, purpose: 'interview', preRegistered: true, visitorName: '钱多多', position: '会计', interviewer: interviewer.id, host: interviewer.id })
    const cv2 = await cvDocument(w.site, '简历2')
    expect((await w.desk.patch(`/api/visitor-log/${later.body.doc.id}`, { cv: cv2.id })).status).toBe(200)
    const laterMails = await mailsAbout('visitor-log', later.body.doc.id)
    expect(laterMails.at(-1)!.attachments).toEqual([expect.objectContaining({ filename: cv2.filename })])
    // Another change of the record sends nothing again.
    expect((await w.desk.patch(`/api/visitor-log/${later.body.doc.id}`, { notes: '带作品集' })).status).toBe(200)
    expect(await mailsAbout('visitor-log', later.body.doc.id)).toHaveLength(laterMails.length)
    // Another site's document answers like a missing one.
    const theirs = await cvDocument(w.otherSite, '乙站简历')
    const a = await w.desk.patch(`/api/visitor-log/${later.body.doc.id}`, { cv: theirs.id })
    const b = await w.desk.patch(`/api/visitor-log/${later.body.doc.id}`, { cv: MISSING })
    expect(a.status).toBe(b.status)
    expect(a.status).toBeGreaterThanOrEqual(400)
  })

  it('OFFICE-02 a visitor still signed in at the site’s closing time is flagged and the desk told; one who signed out is not', async () => {
    const host = await w.hire({ name: '宋雪' })
    const day = shiftDay(today(), -2)
    const stays = await w.desk.post('/api/visitor-log?depth=0', { site: w.site, visitorName: '久坐的客人', host: host.id, timeIn: at(day, '16:00').toISOString() })
    const leaves = await w.desk.post('/api/visitor-log?depth=0', { site: w.site, visitorName: '按时离开', host: host.id, timeIn: at(day, '16:10').toISOString() })
    expect(stays.status).toBe(201)
    const closing = at(day, '17:30')
    expect(new Date(stays.body.doc.closingDueAt).toISOString()).toBe(closing.toISOString())
    expect((await w.desk.post(`/api/visitor-log/${leaves.body.doc.id}/transition`, { to: 'out' })).status).toBe(200)
    await sweepDeadline(w.payload, 'visitor-log', 'closing', new Date(closing.getTime() - 60_000))
    expect((await w.desk.get(`/api/visitor-log/${stays.body.doc.id}`)).body.stillIn).toBe(false)
    await sweepDeadline(w.payload, 'visitor-log', 'closing', new Date(closing.getTime() + 60_000))
    expect((await w.desk.get(`/api/visitor-log/${stays.body.doc.id}`)).body.stillIn).toBe(true)
    expect((await w.desk.get(`/api/visitor-log/${leaves.body.doc.id}`)).body.stillIn).toBe(false)
    const told = (await messagesAbout('visitor-log', stays.body.doc.id)).filter((m) => m.title.includes('未签退'))
    expect(told).toHaveLength(1)
    expect(told[0].recipients).toContain(w.staff['front-desk'].id)
    // Signing out clears the flag.
    const out = await w.desk.patch(`/api/visitor-log/${stays.body.doc.id}`, { timeOut: new Date().toISOString() })
    expect(out.status).toBe(200)
    const after = (await w.desk.get(`/api/visitor-log/${stays.body.doc.id}`)).body
    expect(after).toMatchObject({ status: 'out', stillIn: false })
  })
})

describe('OFFICE-04 parcels (快递收发)', () => {
  it('OFFICE-04 the employee is told to collect (work message and e-mail) and reminded each morning until it is picked up', async () => {
    const employee = await w.hire({ name: '杨帆' })
    const res = await w.desk.post('/api/office-parcels?depth=0', { site: w.site, recipient: employee.id, carrier: '顺丰', trackingNo: 'SF1234567890', receivedAt: at(shiftDay(today(), -3), '10:00').toISOString() })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id
    expect(res.body.doc.status).toBe('arrived')
    expect((await messagesAbout('office-parcels', id)).map((m) => m.recipients)).toEqual([[employee.id]])
    expect((await mailsAbout('office-parcels', id)).map((m) => m.to)).toEqual([employee.email])
    const due = new Date(res.body.doc.remindDueAt)
    expect(due.toISOString()).toBe(at(shiftDay(today(), -2), '08:30').toISOString())
    const reminders = async () => ((await w.payload.findByID({ collection: 'office-parcels', id, depth: 0, overrideAccess: true })) as Record<string, any>).reminders
    await sweepDeadline(w.payload, 'office-parcels', 'remind', new Date(due.getTime() - 60_000))
    expect(await reminders()).toBe(0)
    await sweepDeadline(w.payload, 'office-parcels', 'remind', new Date(due.getTime() + 60_000))
    expect(await messagesAbout('office-parcels', id)).toHaveLength(2)
    expect((await mailsAbout('office-parcels', id)).at(-1)!.subject).toContain('提醒')
    const again = (await w.payload.findByID({ collection: 'office-parcels', id, depth: 0, overrideAccess: true })) as Record<string, any>
    expect(again.reminders).toBe(1)
    expect(new Date(again.remindDueAt).toISOString()).toBe(at(shiftDay(today(), -1), '08:30').toISOString())
    // The same run again changes nothing; the next morning reminds again.
    await sweepDeadline(w.payload, 'office-parcels', 'remind', new Date(due.getTime() + 120_000))
    expect(await reminders()).toBe(1)
    await sweepDeadline(w.payload, 'office-parcels', 'remind', new Date(new Date(again.remindDueAt).getTime() + 60_000))
    expect(await reminders()).toBe(2)
    // Picked up: the reminders stop.
    const picked = await w.desk.patch(`/api/office-parcels/${id}`, { collectedAt: new Date().toISOString(), collectedBy: '杨帆' })
    expect(picked.status).toBe(200)
    expect(picked.body.doc.status).toBe('collected')
    await sweepDeadline(w.payload, 'office-parcels', 'remind', new Date(Date.now() + 3 * 86_400_000))
    expect(await reminders()).toBe(2)
    expect(await messagesAbout('office-parcels', id)).toHaveLength(3)
  })

  it('OFFICE-04 the desk signs for a parcel only with the employee’s recorded consent (refused with the reason), and records the postage it paid for reimbursement', async () => {
    const employee = await w.hire({ name: '林涛' })
    const parcel = await w.desk.post('/api/office-parcels?depth=0', { site: w.site, recipient: employee.id, carrier: '中通', trackingNo: 'ZT1' })
    const refused = await w.desk.post(`/api/office-parcels/${parcel.body.doc.id}/transition`, { to: 'held' })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain('林涛')
    expect(JSON.stringify(refused.body)).toMatch(/同意/)
    // Filling the signature on create is the same door: refused, nothing written.
    const before = (await find(w.payload, 'office-parcels', { recipient: { equals: employee.id } })).length
    const signedCreate = await w.desk.post('/api/office-parcels?depth=0', { site: w.site, recipient: employee.id, trackingNo: 'ZT2', signedAt: new Date().toISOString(), postagePaid: true, postage: 12 })
    expect(signedCreate.status).toBe(409)
    expect((await find(w.payload, 'office-parcels', { recipient: { equals: employee.id } })).length).toBe(before)
    // Consent is the employee's own (or their signed paper form).
    expect((await w.desk.post('/api/parcel-consents', { site: w.site, employee: employee.id })).status).toBe(400)
    const them = await w.as({ email: employee.email })
    const consent = await them.post('/api/parcel-consents', { site: w.site, employee: employee.id, postage: true })
    expect(consent.status, JSON.stringify(consent.body)).toBe(201)
    const ok = await w.desk.post('/api/office-parcels?depth=0', { site: w.site, recipient: employee.id, carrier: '中通', trackingNo: 'ZT3', signedAt: new Date().toISOString(), postagePaid: true, postage: 12.5 })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    expect(ok.body.doc).toMatchObject({ status: 'held', postagePaid: true, postage: 12.5, signedBy: w.staff['front-desk'].id })
    expect((await w.desk.post(`/api/office-parcels/${parcel.body.doc.id}/transition`, { to: 'held' })).status).toBe(200)
    // Postage paid needs its amount; reimbursement is recorded on it.
    expect((await w.desk.post('/api/office-parcels?depth=0', { site: w.site, recipient: employee.id, signedAt: new Date().toISOString(), postagePaid: true })).status).toBe(400)
    expect((await w.desk.patch(`/api/office-parcels/${ok.body.doc.id}`, { reimbursedAt: new Date().toISOString() })).status).toBe(200)
    // A consent that ended no longer counts.
    expect((await them.patch(`/api/parcel-consents/${consent.body.doc.id}`, { endedAt: new Date().toISOString() })).status).toBe(200)
    const late = await w.desk.post('/api/office-parcels?depth=0', { site: w.site, recipient: employee.id, trackingNo: 'ZT4' })
    expect((await w.desk.post(`/api/office-parcels/${late.body.doc.id}/transition`, { to: 'held' })).status).toBe(409)
  })
})

describe('OFFICE-07 meetings (会议安排)', () => {
  it('OFFICE-07 time, head count, room, refreshments and the LED text for important guests are checked; the equipment must all be checked before it is ready', async () => {
    const start = new Date(Date.now() + 2 * 3600_000)
    const base = { site: w.site, title: '季度经营分析会', startAt: start.toISOString(), endAt: new Date(start.getTime() + 3600_000).toISOString(), room: '一号会议室', headCount: 12 }
    expect((await w.desk.post('/api/meetings?depth=0', { ...base, endAt: new Date(start.getTime() - 60_000).toISOString() })).status).toBe(400)
    expect((await w.desk.post('/api/meetings?depth=0', { ...base, importantGuests: true })).status).toBe(400)
    expect((await w.desk.post('/api/meetings?depth=0', { ...base, headCount: 0 })).status).toBe(400)
    expect((await w.desk.post('/api/meetings?depth=0', { ...base, refreshments: ['caviar'] })).status).toBe(400)
    const res = await w.desk.post('/api/meetings?depth=0', { ...base, importantGuests: true, ledText: '热烈欢迎西南科技领导莅临指导', refreshments: ['tea', 'fruit'], equipment: [{ item: 'projector' }, { item: 'microphone', checked: true }] })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id
    expect(res.body.doc).toMatchObject({ status: 'planned', ledText: '热烈欢迎西南科技领导莅临指导', refreshments: ['tea', 'fruit'] })
    const notYet = await w.desk.post(`/api/meetings/${id}/transition`, { to: 'ready' })
    expect(notYet.status).toBe(409)
    expect(JSON.stringify(notYet.body)).toContain('1')
    // Half an hour before, a meeting not checked is flagged and the desk told.
    const check = new Date(start.getTime() - 30 * 60_000)
    expect(new Date(res.body.doc.checkDueAt).toISOString()).toBe(check.toISOString())
    await sweepDeadline(w.payload, 'meetings', 'check', new Date(check.getTime() + 1000))
    expect((await w.desk.get(`/api/meetings/${id}`)).body.notReady).toBe(true)
    expect((await messagesAbout('meetings', id)).some((m) => m.recipients.includes(w.staff['front-desk'].id) && m.title.includes('未检查'))).toBe(true)
    const equipment = res.body.doc.equipment.map((e: Record<string, unknown>) => ({ ...e, checked: true }))
    expect((await w.desk.patch(`/api/meetings/${id}`, { equipment })).status).toBe(200)
    const ready = await w.desk.post(`/api/meetings/${id}/transition`, { to: 'ready' })
    expect(ready.status).toBe(200)
    expect(ready.body.doc).toMatchObject({ status: 'ready', notReady: false })
  })

  it('OFFICE-07 when the meeting ends (the end time passes) the cleaning lead gets a work message to clean the room', async () => {
    const start = at(shiftDay(today(), -1), '14:00')
    const end = at(shiftDay(today(), -1), '15:30')
    const res = await w.desk.post('/api/meetings?depth=0', { site: w.site, title: '部门例会', startAt: start.toISOString(), endAt: end.toISOString(), room: '二号会议室', headCount: 6 })
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    await sweepDeadline(w.payload, 'meetings', 'end', new Date(end.getTime() - 60_000))
    expect((await messagesAbout('meetings', id)).filter((m) => m.title.includes('打扫'))).toEqual([])
    await sweepDeadline(w.payload, 'meetings', 'end', new Date(end.getTime() + 60_000))
    expect((await w.desk.get(`/api/meetings/${id}`)).body.status).toBe('ended')
    const cleaning = (await messagesAbout('meetings', id)).filter((m) => m.title.includes('打扫'))
    expect(cleaning).toHaveLength(1)
    expect(cleaning[0].recipients).toEqual([w.staff['cleaning-lead'].id])
    expect(cleaning[0].title).toContain('二号会议室')
    // Once: a second sweep sends nothing more.
    await sweepDeadline(w.payload, 'meetings', 'end', new Date(end.getTime() + 120_000))
    expect((await messagesAbout('meetings', id)).filter((m) => m.title.includes('打扫'))).toHaveLength(1)
  })
})

describe('CORE-07 CORE-08 OFFICE-01 OFFICE-02 OFFICE-04 OFFICE-07 paper versions and exports', () => {
  it('CORE-07 CORE-08 every reception form prints (record and blank) and exports, and another site reads none of it', async () => {
    const host = await w.hire({ name: '何琳' })
    const ids: Record<string, number> = {
      'phone-log': (await w.desk.post('/api/phone-log?depth=0', { site: w.site, callerName: '打印测试' })).body.doc.id,
      'visitor-log': (await w.desk.post('/api/visitor-log?depth=0', { site: w.site, visitorName: '打印测试', host: host.id })).body.doc.id,
      'office-parcels': (await w.desk.post('/api/office-parcels?depth=0', { site: w.site, recipient: host.id, trackingNo: 'P1' })).body.doc.id,
      'parcel-consents': (await w.desk.post('/api/parcel-consents', { site: w.site, employee: host.id, signed: true })).body.doc.id,
      meetings: (await w.desk.post('/api/meetings?depth=0', { site: w.site, title: '打印测试', startAt: new Date(Date.now() + 3600_000).toISOString(), endAt: new Date(Date.now() + 7200_000).toISOString(), room: '一号', headCount: 3 })).body.doc.id,
    }
    const outsider = await w.as('outsider')
    for (const [slug, id] of Object.entries(ids)) {
      expect(id, slug).toBeGreaterThan(0)
      const pdf = await fetch(`${w.url}/api/${slug}/${id}/print`, { headers: { authorization: `JWT ${w.desk.token}` } })
      expect(pdf.status, slug).toBe(200)
      expect(pdf.headers.get('content-type'), slug).toContain('pdf')
      const blank = await fetch(`${w.url}/api/${slug}/blank/print`, { headers: { authorization: `JWT ${w.desk.token}` } })
      expect(blank.status, slug).toBe(200)
      const xlsx = await fetch(`${w.url}/api/${slug}/export?format=xlsx`, { headers: { authorization: `JWT ${w.desk.token}` } })
      expect(xlsx.status, slug).toBe(200)
      expect((await outsider.get(`/api/${slug}/${id}`)).status, slug).toBe(404)
      expect((await fetch(`${w.url}/api/${slug}/${id}/print`, { headers: { authorization: `JWT ${outsider.token}` } })).status, slug).toBe(404)
    }
  })
})
