/**
 * PROP-07 owner complaints (業主投訴意見表 / 投訴處理記錄表): routed with a time limit in working hours
 * (per category and severity, the site's settings), major and important ones to the 管理處主任 as
 * well, the handling recorded, the owner told the same day it is reported back (flagged if missed),
 * and the doors that may not be used (the state by PATCH, another site's ids). Real HTTP, real PostgreSQL.
 */
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { SiteCalendar } from '../../src/lib/calendar'
import { addWorkingHours } from '../../collections/property/owner-complaints/timeLimit'
import { messagesLike, ownerComplaint, servicePlace, sweep, type ServicePlace } from './service-fixture'

const w = useWorld({ sites: [{ type: 'property' }, { type: 'property' }] })
let place: ServicePlace
let otherPlace: ServicePlace

const complaint = (extra: Record<string, unknown> = {}) => ownerComplaint(w.site, place, extra)

const read = (id: number) => w.payload.findByID({ collection: 'owner-complaints', id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, any>>

describe('PROP-07 owner complaints', () => {
  it('PROP-07 setup: departments with their heads, units, the site settings (editable by the CS supervisor, not the desk)', async () => {
    place = await servicePlace(w.payload, w.positions, w.site)
    otherPlace = await servicePlace(w.payload, w.positions, w.otherSite, '9')
    const desk = await w.desk.post('/api/complaint-settings', { site: w.site, limits: [{ category: 'repair', severity: 'ordinary', hours: 8 }] })
    expect(desk.status).toBe(403)
    const supervisor = await w.as('cs-supervisor')
    const res = await supervisor.post('/api/complaint-settings', { site: w.site, limits: [{ category: 'repair', severity: 'ordinary', hours: 8 }, { severity: 'major', hours: 2 }] })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  })

  it('PROP-07 the time limit counts working hours only: Friday 16:30 + 4 h is Monday 11:30 (Shanghai)', async () => {
    const calendar = new SiteCalendar(w.payload, w.site, 'Asia/Shanghai')
    const friday = new Date('2026-12-04T08:30:00Z') // 16:30 in Shanghai, a Friday
    expect((await addWorkingHours(calendar, friday, 4, '08:30', '17:30')).toISOString()).toBe('2026-12-07T03:30:00.000Z')
    // Received at night: counting starts at the next opening.
    const night = new Date('2026-12-07T14:00:00Z') // Monday 22:00
    expect((await addWorkingHours(calendar, night, 1, '08:30', '17:30')).toISOString()).toBe('2026-12-08T01:30:00.000Z')
  })

  it('PROP-07 a phone complaint with its department is routed at once, with the time limit of its category and severity', async () => {
    const before = Date.now()
    const res = await w.desk.post('/api/owner-complaints', complaint({ department: place.departments.engineering }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = await read(res.body.doc.id)
    expect(doc.status).toBe('routed')
    expect(doc.limitHours).toBe(8)
    expect(doc.unitCode).toBe('1-1-301')
    expect(doc.departmentName).toBe('工程部')
    const calendar = new SiteCalendar(w.payload, w.site, 'Asia/Shanghai')
    const expected = await addWorkingHours(calendar, new Date(doc.routedAt), 8, '08:30', '17:30')
    expect(new Date(doc.handleBy).getTime()).toBe(expected.getTime())
    expect(new Date(doc.routedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    // The engineering head is told, with the time limit; an ordinary complaint does not go to the director.
    const [message] = await messagesLike(w.payload, w.site, '业主投诉')
    expect(message.recipients).toContain(w.staff.engineer.id)
    expect(message.recipients).not.toContain(w.staff['office-director'].id)
    expect(message.body).toContain('8 个工作小时')
  })

  it('PROP-07 major and important complaints go to the 管理處主任 as well (major: 2 working hours from the settings)', async () => {
    const res = await w.desk.post('/api/owner-complaints', complaint({ severity: 'major', category: 'security', department: place.departments.security, content: '保安深夜放陌生人进楼' }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = await read(res.body.doc.id)
    expect(doc.limitHours).toBe(2)
    const [message] = await messagesLike(w.payload, w.site, '业主投诉')
    expect(message.recipients).toEqual(expect.arrayContaining([w.staff['department-head'].id, w.staff['office-director'].id]))
    const important = await w.desk.post('/api/owner-complaints', complaint({ severity: 'important', category: 'cleaning', department: place.departments.service, content: '垃圾未及时清运' }))
    expect((await read(important.body.doc.id)).limitHours).toBe(8) // no row for it: the default for 重要
    const [again] = await messagesLike(w.payload, w.site, '业主投诉')
    expect(again.recipients).toContain(w.staff['office-director'].id)
  })

  it('PROP-07 received without a department waits; choosing the department routes it', async () => {
    const res = await w.desk.post('/api/owner-complaints', complaint())
    expect((await read(res.body.doc.id)).status).toBe('received')
    const patched = await w.desk.patch(`/api/owner-complaints/${res.body.doc.id}`, { department: place.departments.engineering })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    expect((await read(res.body.doc.id)).status).toBe('routed')
  })

  it('PROP-07 past its time limit the complaint is flagged and the CS supervisor and the department head are told', async () => {
    const res = await w.desk.post('/api/owner-complaints', complaint({ department: place.departments.engineering, content: '电梯异响' }))
    const doc = await read(res.body.doc.id)
    const at = new Date(doc.handleBy)
    await sweep(w.payload, 'owner-complaints', 'handle', new Date(at.getTime() - 60_000))
    expect((await read(doc.id)).handlingOverdue).toBe(false)
    expect(await sweep(w.payload, 'owner-complaints', 'handle', new Date(at.getTime() + 60_000))).toBeGreaterThanOrEqual(1)
    expect((await read(doc.id)).handlingOverdue).toBe(true)
    const [message] = await messagesLike(w.payload, w.site, '投诉处理超时')
    expect(message.recipients).toEqual(expect.arrayContaining([w.staff['cs-supervisor'].id, w.staff.engineer.id]))
    expect(await sweep(w.payload, 'owner-complaints', 'handle', new Date(at.getTime() + 120_000))).toBe(0) // once
  })

  it('PROP-07 the department reports back only with its handling recorded; the CS staff are asked to tell the owner today', async () => {
    const res = await w.desk.post('/api/owner-complaints', complaint({ department: place.departments.engineering }))
    const id = res.body.doc.id
    const early = await w.desk.post(`/api/owner-complaints/${id}/transition`, { to: 'reported' })
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toContain('处理情况')
    await w.desk.patch(`/api/owner-complaints/${id}`, { handling: '已联系楼上业主更换防水层,工程部上门维修完毕' })
    const reported = await w.desk.post(`/api/owner-complaints/${id}/transition`, { to: 'reported' })
    expect(reported.status, JSON.stringify(reported.body)).toBe(200)
    const doc = await read(id)
    expect(doc.status).toBe('reported')
    const [message] = await messagesLike(w.payload, w.site, '请今天告知业主')
    expect(message.recipients).toEqual(expect.arrayContaining([w.staff['cs-supervisor'].id, w.staff['cs-assistant'].id]))
    // Due at the end of that day in Shanghai (the next local midnight).
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(doc.tellDueAt))
    expect(local).toMatch(/, 00:00$/)
    expect(new Date(doc.tellDueAt).getTime() - new Date(doc.reportedAt).getTime()).toBeLessThanOrEqual(24 * 3600_000)
    expect(new Date(doc.tellDueAt).getTime()).toBeGreaterThan(new Date(doc.reportedAt).getTime())
  })

  it('PROP-07 not told by the end of that day: flagged (missed), and the CS supervisor is told', async () => {
    const res = await w.desk.post('/api/owner-complaints', complaint({ department: place.departments.engineering, content: '小区路灯不亮' }))
    const id = res.body.doc.id
    await w.desk.patch(`/api/owner-complaints/${id}`, { handling: '已更换灯泡' })
    await w.desk.post(`/api/owner-complaints/${id}/transition`, { to: 'reported' })
    const due = new Date((await read(id)).tellDueAt)
    expect(await sweep(w.payload, 'owner-complaints', 'tell', new Date(due.getTime() - 60_000))).toBe(0)
    expect(await sweep(w.payload, 'owner-complaints', 'tell', new Date(due.getTime() + 60_000))).toBeGreaterThanOrEqual(1)
    expect((await read(id)).toldLate).toBe(true)
    expect((await messagesLike(w.payload, w.site, '未在当天告知业主')).length).toBeGreaterThan(0)
    // Telling the owner later stays flagged as missed.
    const told = await w.desk.patch(`/api/owner-complaints/${id}`, { toldHow: 'phone', toldAt: new Date().toISOString() })
    expect(told.status, JSON.stringify(told.body)).toBe(200)
    const doc = await read(id)
    expect(doc.status).toBe('told')
    expect(doc.toldLate).toBe(true)
  })

  it('PROP-07 bypasses are refused: the state by PATCH, a transition that does not exist, another site’s complaint, unit or department', async () => {
    const res = await w.desk.post('/api/owner-complaints', complaint({ department: place.departments.engineering }))
    const id = res.body.doc.id
    const patch = await w.desk.patch(`/api/owner-complaints/${id}`, { status: 'closed' })
    expect(patch.status).toBe(403)
    expect((await read(id)).status).toBe('routed')
    const skip = await w.desk.post(`/api/owner-complaints/${id}/transition`, { to: 'told' })
    expect(skip.status).toBe(409)
    // Closing is the follow-up's (server) — no person may take it.
    const close = await w.desk.post(`/api/owner-complaints/${id}/transition`, { to: 'closed' })
    expect(close.status).toBe(409)
    // Another site's desk: the complaint answers exactly like a missing one.
    const outsider = await w.as('outsider')
    const theirs = await outsider.post(`/api/owner-complaints/${id}/transition`, { to: 'reported' })
    const missing = await outsider.post(`/api/owner-complaints/999999/transition`, { to: 'reported' })
    expect(theirs.status).toBe(404)
    expect(theirs.body).toEqual(missing.body)
    expect((await outsider.get(`/api/owner-complaints/${id}`)).status).toBe(404)
    // Another site's unit or department is refused like one that does not exist.
    const foreignUnit = await w.desk.post('/api/owner-complaints', complaint({ unit: otherPlace.units[0] }))
    expect(foreignUnit.status).toBeGreaterThanOrEqual(400)
    expect(foreignUnit.status).toBeLessThan(500)
    const foreignDept = await w.desk.post('/api/owner-complaints', complaint({ department: otherPlace.departments.engineering }))
    expect(foreignDept.status).toBeGreaterThanOrEqual(400)
    expect(foreignDept.status).toBeLessThan(500)
    // Kept forever: the desk cannot delete one.
    expect((await w.desk.delete(`/api/owner-complaints/${id}`)).status).toBe(403)
  })

  it('PROP-07 withdrawing needs the CS supervisor or the director, with a reason', async () => {
    const res = await w.desk.post('/api/owner-complaints', complaint())
    const id = res.body.doc.id
    expect((await w.desk.post(`/api/owner-complaints/${id}/transition`, { to: 'cancelled', note: '业主撤回' })).status).toBe(403)
    const supervisor = await w.as('cs-supervisor')
    expect((await supervisor.post(`/api/owner-complaints/${id}/transition`, { to: 'cancelled' })).status).toBe(400)
    expect((await supervisor.post(`/api/owner-complaints/${id}/transition`, { to: 'cancelled', note: '业主撤回' })).status).toBe(200)
  })
})

describe('PROP-07 PROP-08 demo data', () => {
  it('PROP-07 PROP-08 the demo estate has complaints at each stage and follow-ups due and overdue, through the forms’ own rules', async () => {
    const { seedComplaintsAndFollowUps } = await import('../../collections/property/owner-complaints/seed')
    const site = (await w.payload.create({ collection: 'sites', data: { name: '香堤左岸演示', code: 'demo-xd', type: 'property', modules: ['property'], timeZone: 'Asia/Shanghai', opensAt: '08:30', closesAt: '17:30' }, overrideAccess: true })).id as number
    for (const slug of ['office-director', 'cs-supervisor', 'cs-assistant'] as const) await w.hire({ sites: [site], positions: [slug] })
    await servicePlace(w.payload, w.positions, site, '5')
    await w.payload.create({ collection: 'estate-buildings', data: { name: '6栋', site }, overrideAccess: true })
    await seedComplaintsAndFollowUps(w.payload, site)
    const complaints = await w.payload.find({ collection: 'owner-complaints', where: { site: { equals: site } }, limit: 50, depth: 0, overrideAccess: true })
    const states = new Set(complaints.docs.map((d) => (d as { status: string }).status))
    for (const s of ['received', 'routed', 'reported', 'told', 'closed']) expect(states).toContain(s)
    expect(complaints.docs.some((d) => (d as { reopenCount?: number }).reopenCount === 1)).toBe(true)
    expect(complaints.docs.some((d) => (d as { handlingOverdue?: boolean }).handlingOverdue)).toBe(true)
    const followUps = await w.payload.find({ collection: 'follow-ups', where: { site: { equals: site } }, limit: 50, depth: 0, overrideAccess: true })
    const rows = followUps.docs as unknown as { status: string; overdue?: boolean; kind: string }[]
    expect(rows.some((f) => f.status === 'planned' && !f.overdue)).toBe(true)
    expect(rows.some((f) => f.status === 'planned' && f.overdue)).toBe(true)
    expect(new Set(rows.map((f) => f.kind)).size).toBeGreaterThanOrEqual(5)
    // Seeding twice adds nothing.
    await seedComplaintsAndFollowUps(w.payload, site)
    expect((await w.payload.count({ collection: 'owner-complaints', where: { site: { equals: site } }, overrideAccess: true })).totalDocs).toBe(complaints.totalDocs)
  })
})
