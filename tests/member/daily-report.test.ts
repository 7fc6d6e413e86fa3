import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { sweepDeadline } from '../../hooks/deadlines'
import { decode } from '../workflow/smtp-peer'
import { at, dayFrom, makeMember, makeReason, makeTiers, today } from './helpers'

const w = useWorld({ sites: [{ type: 'club' }], mail: true })

describe('MEMBER-04 consultations and the daily report', () => {
  it('MEMBER-04 a consultation that does not close needs its reason (from the editable list, plus free text); a deal needs its amount', async () => {
    await makeTiers(w.payload, w.site)
    const reason = await makeReason(w.payload, w.site, '价格超出预算')
    const m = await makeMember(w.payload, w.site, { name: '黄雅琴' })
    const noReason = await w.desk.post('/api/consultations', { site: w.site, member: m.id, item: '抗衰疗程', outcome: 'not-closed' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toContain('原因')
    const otherSiteReason = await makeReason(w.payload, w.otherSite, '外店原因')
    expect((await w.desk.post('/api/consultations', { site: w.site, member: m.id, item: '抗衰疗程', outcome: 'not-closed', lostReason: otherSiteReason })).status).toBeGreaterThanOrEqual(400)
    const ok = await w.desk.post('/api/consultations', { site: w.site, member: m.id, item: '抗衰疗程', outcome: 'not-closed', lostReason: reason, lostNote: '下周发工资后再谈,先送体验装' })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.customerName).toBe('黄雅琴')
    expect((await w.desk.post('/api/consultations', { site: w.site, customerName: '路过顾客', item: '面部护理', outcome: 'closed' })).status).toBe(400)
    // The list of reasons is editable by the desk.
    expect((await w.desk.post('/api/lost-reasons', { site: w.site, name: '需要和家人商量' })).status).toBe(201)
  })

  it('MEMBER-04 JOB-05 the 19:00 report is filled in the panel and goes out at 19:30 through the outbox, with tomorrow against its target and a 30-day chart', async () => {
    const manager = await w.as('store-manager')
    const settings = await manager.post('/api/member-settings', { site: w.site, reportTo: [w.positions.get('store-manager')], reportCc: [w.positions.get('general-manager')] })
    expect(settings.status).toBe(201)
    const reason = (await w.payload.find({ collection: 'lost-reasons', where: { name: { equals: '价格超出预算' } }, overrideAccess: true })).docs[0] as { id: number }
    const a = await makeMember(w.payload, w.site, { name: '陈丽华' })
    const b = await makeMember(w.payload, w.site, { name: '杨芳' })
    const now = new Date()
    await w.desk.post('/api/consultations', { site: w.site, member: a.id, item: '面部护理 10 次', outcome: 'closed', amount: 2980, goodCase: true, caseNote: '先体验后办卡', at: now.toISOString() })
    await w.desk.post('/api/consultations', { site: w.site, member: b.id, item: '身体护理', outcome: 'not-closed', lostReason: reason.id, lostNote: '觉得贵', at: now.toISOString() })
    await w.desk.post('/api/daily-targets', { site: w.site, day: dayFrom(1), staff: w.staff.beautician.id, target: 6 })
    await w.desk.post('/api/appointments', { site: w.site, member: a.id, staff: w.staff.beautician.id, startAt: at(w.payload, w.site, dayFrom(1), '10:00').toISOString(), service: '面部护理' })
    await w.desk.post('/api/appointments', { site: w.site, member: b.id, staff: w.staff.beautician.id, startAt: at(w.payload, w.site, dayFrom(1), '14:00').toISOString(), service: '身体护理' })

    const report = await w.desk.post('/api/daily-reports', { site: w.site, day: today(), analysis: '杨芳觉得价格高,明天送体验装再跟进', plan: '明天重点跟进两位预约顾客' })
    expect(report.status).toBe(201)
    // The figures are the server's.
    expect(report.body.doc).toMatchObject({ deals: 1, dealAmount: 2980, notClosed: 2, tomorrowBooked: 2, tomorrowTarget: 6, status: 'draft' })
    expect(report.body.doc.customers).toBeGreaterThanOrEqual(2)
    expect((await w.desk.patch(`/api/daily-reports/${report.body.doc.id}`, { deals: 99 })).status).toBe(403)
    expect((await w.desk.post('/api/daily-reports', { site: w.site, day: today() })).status).toBe(409)
    const dueAt = new Date(report.body.doc.sendDueAt)
    expect(dueAt.toISOString()).toBe(at(w.payload, w.site, today(), '19:30').toISOString())

    // Not before 19:30; at 19:30 into the outbox, once.
    expect(await sweepDeadline(w.payload, 'daily-reports', 'send', new Date(dueAt.getTime() - 60_000))).toBe(0)
    expect(await sweepDeadline(w.payload, 'daily-reports', 'send', dueAt)).toBe(1)
    expect(await sweepDeadline(w.payload, 'daily-reports', 'send', new Date(dueAt.getTime() + 600_000))).toBe(0)
    const outbox = await w.payload.find({ collection: 'mail-outbox', where: { and: [{ relatedCollection: { equals: 'daily-reports' } }, { relatedId: { equals: String(report.body.doc.id) } }] }, overrideAccess: true, depth: 0 })
    expect(outbox.docs).toHaveLength(1)
    const mail = outbox.docs[0] as Record<string, any>
    expect(JSON.stringify(mail.to)).toContain(w.staff['store-manager'].email)
    expect(JSON.stringify(mail.cc)).toContain(w.staff['general-manager'].email)
    expect(mail.subject).toContain('日报表')
    expect(mail.text).toContain('面部护理 10 次 · 2980')
    expect(mail.text).toContain('价格超出预算:觉得贵')
    expect(mail.text).toContain('先体验后办卡')
    expect(mail.text).toContain('明日预约 2 位 / 目标 6 位')
    expect(JSON.stringify(mail.attachments)).toContain('image/png')
    const sent = (await w.desk.get(`/api/daily-reports/${report.body.doc.id}`)).body
    expect(sent.status).toBe('sent')
    expect(sent.sentAt).toBeTruthy()
    expect((await w.desk.patch(`/api/daily-reports/${report.body.doc.id}`, { plan: '改一下' })).status).toBe(409)
    // It reaches the real SMTP peer.
    await w.mail!.deliver()
    const got = await Promise.all(w.mail!.peer.received.map((r) => decode(r.raw)))
    expect(got.some((m) => m.subject.includes('日报表'))).toBe(true)
  })

  it('MEMBER-04 at 19:00 a day without a report gets a draft with its figures, so the 19:30 send always has one', async () => {
    const { draftReports } = await import('../../collections/member/daily-reports/hooks')
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
    const day = dayFrom(-2)
    expect(await draftReports({ payload: w.payload, req, now: at(w.payload, w.site, day, '18:59') })).toBe(0)
    expect(await draftReports({ payload: w.payload, req, now: at(w.payload, w.site, day, '19:00') })).toBeGreaterThanOrEqual(1)
    expect(await draftReports({ payload: w.payload, req, now: at(w.payload, w.site, day, '19:10') })).toBe(0)
    const draft = (await w.desk.get(`/api/daily-reports?where[dayKey][equals]=${day}&depth=0`)).body.docs
    expect(draft).toHaveLength(1)
    expect(draft[0]).toMatchObject({ status: 'draft', sendDueAt: at(w.payload, w.site, day, '19:30').toISOString() })
  })

  it('MEMBER-04 a page shows any range of days', async () => {
    const range = await w.desk.get(`/api/daily-reports/range?site=${w.site}&from=${dayFrom(-29)}&to=${today()}`)
    expect(range.status).toBe(200)
    expect(range.body.days).toHaveLength(30)
    expect(range.body.total).toMatchObject({ deals: 1, amount: 2980, notClosed: 2 })
    expect((await w.desk.get(`/api/daily-reports/range?site=${w.site}&from=${today()}&to=${dayFrom(-3)}`)).status).toBe(400)
    expect((await (await w.as('outsider')).get(`/api/daily-reports/range?site=${w.site}&from=${today()}&to=${today()}`)).status).toBe(404)
  })
})
