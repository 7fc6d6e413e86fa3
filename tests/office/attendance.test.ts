/**
 * OFFICE-10 考勤登記表 / 請假條: the paper sign-in entered afterwards with the real times (a back-entry,
 * CORE-07), leave slips signed by the department head then HR (WF-05), and the monthly summary per
 * person (days present, late, leave days) as JSON and XLSX.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { SiteCalendar } from '../../src/lib/calendar'

const w = useWorld({ sites: [{ type: 'office' }] })

const TZ = 'Asia/Shanghai'
const count = async (collection: string, where: object = {}) => (await w.payload.count({ collection: collection as never, where: where as never, overrideAccess: true })).totalDocs
const at = (day: string, hhmm: string) => new SiteCalendar(w.payload, w.site, TZ).at(day, hhmm).toISOString()

describe('attendance', () => {
  it('OFFICE-10 the paper sign-in is entered afterwards with its real times, marked as a back-entry; late after opening', async () => {
    const person = await w.hire({ name: '考勤员工甲' })
    // 2026-11-02 is a Monday; the site opens at 08:30 (Asia/Shanghai).
    const res = await w.desk.post('/api/attendance', { site: w.site, person: person.id, signedInAt: at('2026-11-02', '08:47'), signedOutAt: at('2026-11-02', '17:40'), reason: 'screen-down' })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.day).toBe('2026-11-02')
    expect(doc.late).toBe(true)
    expect(doc.personName).toBe('考勤员工甲')
    expect(new Date(doc.paperRecordedAt).toISOString()).toBe(at('2026-11-02', '08:47'))
    const audit = await w.payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'attendance' } }, { recordId: { equals: String(doc.id) } }, { action: { equals: 'create' } }] }, overrideAccess: true })
    const row = audit.docs[0] as unknown as { backEntry: boolean; occurredAt: string }
    expect(row.backEntry).toBe(true)
    expect(new Date(row.occurredAt).toISOString()).toBe(at('2026-11-02', '08:47'))
    // Just after midnight UTC is still the same local day: 00:20 UTC = 08:20 in Shanghai, on time.
    const early = await w.desk.post('/api/attendance', { site: w.site, person: person.id, signedInAt: '2026-11-03T00:20:00.000Z', reason: 'power' })
    expect(early.status).toBe(201)
    expect(early.body.doc.day).toBe('2026-11-03')
    expect(early.body.doc.late).toBe(false)
    // The paper form prints blank for the next outage.
    const blank = await fetch(`${w.url}/api/attendance/blank/print`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(blank.status).toBe(200)
  })

  it('OFFICE-10 bad entries are refused and nothing is written: twice a day, out before in, another day, the future, another site\'s person, the flags', async () => {
    const person = await w.hire({ name: '考勤员工乙' })
    const outsider = await w.other('driver')
    const ok = await w.desk.post('/api/attendance', { site: w.site, person: person.id, signedInAt: at('2026-11-04', '08:10') })
    expect(ok.status).toBe(201)
    const before = await count('attendance')
    const twice = await w.desk.post('/api/attendance', { site: w.site, person: person.id, signedInAt: at('2026-11-04', '13:00') })
    expect(twice.status).toBe(409)
    expect((await w.desk.post('/api/attendance', { site: w.site, person: person.id, signedInAt: at('2026-11-05', '09:00'), signedOutAt: at('2026-11-05', '08:00') })).status).toBe(400)
    expect((await w.desk.post('/api/attendance', { site: w.site, person: person.id, signedInAt: at('2026-11-05', '09:00'), signedOutAt: at('2026-11-06', '08:00') })).status).toBe(400)
    expect((await w.desk.post('/api/attendance', { site: w.site, person: person.id, signedInAt: new Date(Date.now() + 3 * 86_400_000).toISOString() })).status).toBe(400)
    expect((await w.desk.post('/api/attendance', { site: w.site, person: person.id, signedInAt: 'yesterday' })).status).toBe(400)
    expect((await w.desk.post('/api/attendance', { site: w.site, person: person.id, signedInAt: at('2026-11-06', '08:00'), late: true })).status).toBe(403)
    const other = await w.desk.post('/api/attendance', { site: w.site, person: outsider.id, signedInAt: at('2026-11-06', '08:00') })
    const missing = await w.desk.post('/api/attendance', { site: w.site, person: 2_000_000_000, signedInAt: at('2026-11-06', '08:00') })
    expect(other.status).toBe(missing.status)
    expect(other.status).toBeGreaterThanOrEqual(400)
    expect(other.status).toBeLessThan(500)
    expect(await count('attendance')).toBe(before)
    // Another site's desk reads this site's entry as a missing one.
    const outsiderDesk = await w.as('outsider')
    expect((await outsiderDesk.get(`/api/attendance/${ok.body.doc.id}`)).status).toBe(404)
  })
})

describe('leave slips', () => {
  it('OFFICE-10 a leave slip goes to the department head, then HR; working days are counted; it cannot be edited while pending', async () => {
    const person = await w.hire({ name: '请假员工丙' })
    // 2026-10-01..08 is the National Day holiday; 2026-11-09 (Mon) to 2026-11-15 (Sun) has 5 working days.
    const res = await w.desk.post('/api/leave-slips', { site: w.site, person: person.id, kind: 'annual', fromDay: '2026-11-09', toDay: '2026-11-15', reason: '回老家探亲' })
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    expect(res.body.doc.days).toBe(5)
    expect(res.body.doc.approvalStatus).toBe('pending')
    expect(res.body.doc.approvalPosition).toBe('department-head')
    expect((await w.desk.patch(`/api/leave-slips/${id}`, { reason: '改理由' })).status).toBe(409)
    expect((await w.desk.patch(`/api/leave-slips/${id}`, { approvalStatus: 'approved' })).status).toBe(403)
    // HR cannot sign before the department head.
    expect((await (await w.as('hr')).post(`/api/leave-slips/${id}/decide`, { decision: 'approved' })).status).toBeGreaterThanOrEqual(403)
    expect((await (await w.as('department-head')).post(`/api/leave-slips/${id}/decide`, { decision: 'approved', comment: '同意' })).status).toBe(200)
    const mid = (await w.payload.findByID({ collection: 'leave-slips', id, depth: 0, overrideAccess: true })) as unknown as { approvalPosition: string; approvalStatus: string }
    expect(mid.approvalPosition).toBe('hr')
    expect((await (await w.as('hr')).post(`/api/leave-slips/${id}/decide`, { decision: 'approved' })).status).toBe(200)
    const done = (await w.payload.findByID({ collection: 'leave-slips', id, depth: 0, overrideAccess: true })) as unknown as { approvalStatus: string }
    expect(done.approvalStatus).toBe('approved')
    // Bad input: to before from.
    expect((await w.desk.post('/api/leave-slips', { site: w.site, person: person.id, kind: 'sick', fromDay: '2026-11-10', toDay: '2026-11-09', reason: '病' })).status).toBe(400)
    expect((await w.desk.post('/api/leave-slips', { site: w.site, person: person.id, kind: 'holiday', fromDay: '2026-11-10', toDay: '2026-11-10', reason: '病' })).status).toBe(400)
  })

  it('OFFICE-10 the monthly summary per person: days present, late, leave days (approved slips only), as JSON and XLSX', async () => {
    const person = await w.hire({ name: '汇总员工丁' })
    for (const [day, time] of [['2026-11-16', '08:20'], ['2026-11-17', '08:55'], ['2026-11-18', '09:10']] as const) {
      expect((await w.desk.post('/api/attendance', { site: w.site, person: person.id, signedInAt: at(day, time) })).status).toBe(201)
    }
    // A leave from Thursday 26 November to Tuesday 1 December: 26, 27 and 30 November count in November; then one still pending.
    const slip = await w.desk.post('/api/leave-slips', { site: w.site, person: person.id, kind: 'personal', fromDay: '2026-11-26', toDay: '2026-12-01', reason: '办理私事' })
    expect(slip.body.doc.days).toBe(4)
    await (await w.as('department-head')).post(`/api/leave-slips/${slip.body.doc.id}/decide`, { decision: 'approved' })
    await (await w.as('hr')).post(`/api/leave-slips/${slip.body.doc.id}/decide`, { decision: 'approved' })
    await w.desk.post('/api/leave-slips', { site: w.site, person: person.id, kind: 'sick', fromDay: '2026-11-19', toDay: '2026-11-19', reason: '看病' })
    const res = await w.desk.get(`/api/attendance/summary?site=${w.site}&month=2026-11`)
    expect(res.status).toBe(200)
    const row = res.body.rows.find((r: { person: number }) => r.person === person.id)
    expect(row).toMatchObject({ name: '汇总员工丁', present: 3, late: 2, leave: 3 })
    const xlsx = await fetch(`${w.url}/api/attendance/summary?site=${w.site}&month=2026-11&format=xlsx`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(xlsx.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await xlsx.arrayBuffer())
    const values = book.worksheets[0].getSheetValues().flat().map(String)
    expect(values).toContain('汇总员工丁')
    expect(values).toContain('请假天数')
    // Another site, a bad month, not signed in.
    expect((await w.desk.get(`/api/attendance/summary?site=${w.otherSite}&month=2026-12`)).status).toBe(404)
    expect((await w.desk.get(`/api/attendance/summary?site=${w.site}&month=2026-13`)).status).toBe(400)
    expect((await fetch(`${w.url}/api/attendance/summary?site=${w.site}`)).status).toBe(401)
  })
})
