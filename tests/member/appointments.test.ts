import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { sweepDeadline } from '../../hooks/deadlines'
import { at, birthdayIn, dayFrom, makeMember, makeTiers, today } from './helpers'

const w = useWorld({ sites: [{ type: 'club' }] })

const book = (member: number, staff: number, startAt: Date | string, extra: Record<string, unknown> = {}) =>
  w.desk.post('/api/appointments', { site: w.site, member, staff, startAt: new Date(startAt).toISOString(), service: '面部护理', ...extra })

describe('MEMBER-02 appointments', () => {
  it('MEMBER-02 today and tomorrow per staff member, against the target set at the morning meeting, with progress; today’s customers’ files', async () => {
    await makeTiers(w.payload, w.site)
    const beautician = w.staff.beautician.id
    const coach = w.staff.coach.id
    const a = await makeMember(w.payload, w.site, { name: '陈丽华', birthday: birthdayIn(2), sessionsLeft: 4, packageName: '面部护理 10 次', notes: '皮肤敏感' })
    const b = await makeMember(w.payload, w.site, { name: '黄雅琴', phone: '138 2000 0002' })
    const manager = await w.as('store-manager')
    expect((await manager.post('/api/daily-targets', { site: w.site, day: today(), staff: beautician, target: 3, note: '重点跟进陈丽华' })).status).toBe(201)
    expect((await manager.post('/api/daily-targets', { site: w.site, day: dayFrom(1), staff: beautician, target: 5 })).status).toBe(201)
    // One target per person and day.
    expect((await manager.post('/api/daily-targets', { site: w.site, day: today(), staff: beautician, target: 9 })).status).toBe(409)
    const first = await book(a.id, beautician, at(w.payload, w.site, today(), '00:05'))
    expect(first.status).toBe(201)
    expect(first.body.doc.status).toBe('booked')
    await book(b.id, beautician, at(w.payload, w.site, today(), '23:50'))
    await book(b.id, coach, at(w.payload, w.site, today(), '23:55'), { service: '私教课' })
    await book(a.id, beautician, at(w.payload, w.site, dayFrom(1), '10:00'))
    // Checked in: progress 1 / 3.
    expect((await w.desk.post(`/api/appointments/${first.body.doc.id}/transition`, { to: 'arrived' })).status).toBe(200)
    const morning = await w.desk.get(`/api/appointments/morning?site=${w.site}`)
    expect(morning.status).toBe(200)
    const mine = morning.body.today.find((s: { id: number }) => s.id === beautician)
    expect(mine).toMatchObject({ target: 3, kept: 1, booked: 2 })
    expect(mine.appointments.map((x: { memberName: string }) => x.memberName)).toEqual(['陈丽华', '黄雅琴'])
    expect(morning.body.today.find((s: { id: number }) => s.id === coach)).toMatchObject({ target: null, booked: 1 })
    expect(morning.body.tomorrowBoard.find((s: { id: number }) => s.id === beautician)).toMatchObject({ target: 5, booked: 1 })
    // The files of today's expected customers, in order of time, with what the desk needs to know.
    expect(morning.body.files.map((f: { name: string }) => f.name)).toEqual(['陈丽华', '黄雅琴', '黄雅琴'])
    expect(morning.body.files[0]).toMatchObject({ notes: '皮肤敏感', sessionsLeft: 4, birthdayThisWeek: true })
    const target = (await w.desk.get(`/api/daily-targets?where[staff][equals]=${beautician}&where[dayKey][equals]=${today()}`)).body.docs[0]
    expect(target.progress).toBe('1 / 3')
    // The appointment shows the member at a glance (check-in).
    expect((await w.desk.get(`/api/appointments/${first.body.doc.id}`)).body.memberGlance).toContain('剩余 4 次')
    // Another site's desk does not see this site's morning.
    expect((await (await w.as('outsider')).get(`/api/appointments/morning?site=${w.site}`)).status).toBe(404)
  })

  it('MEMBER-02 a no-show is recorded once the time has passed; a cancellation needs a reason', async () => {
    const m = await makeMember(w.payload, w.site, { name: '杨芳' })
    const past = await book(m.id, w.staff.beautician.id, new Date(Date.now() - 3600_000))
    const future = await book(m.id, w.staff.beautician.id, new Date(Date.now() + 3 * 3600_000))
    const early = await w.desk.post(`/api/appointments/${future.body.doc.id}/transition`, { to: 'no-show' })
    expect(early.status).toBe(409)
    const noShow = await w.desk.post(`/api/appointments/${past.body.doc.id}/transition`, { to: 'no-show' })
    expect(noShow.status).toBe(200)
    expect((await w.desk.get(`/api/appointments/${past.body.doc.id}`)).body.status).toBe('no-show')
    // The state is the lifecycle's: not written directly.
    expect((await w.desk.patch(`/api/appointments/${future.body.doc.id}`, { status: 'arrived' })).status).toBe(403)
    expect((await w.desk.post(`/api/appointments/${future.body.doc.id}/transition`, { to: 'cancelled' })).status).toBe(400)
    expect((await w.desk.post(`/api/appointments/${future.body.doc.id}/transition`, { to: 'cancelled', note: '顾客出差改期' })).status).toBe(200)
    const audit = await w.payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'appointments' } }, { recordId: { equals: String(past.body.doc.id) } }] }, overrideAccess: true, depth: 0 })
    expect(JSON.stringify(audit.docs)).toContain('no-show')
  })

  it('MEMBER-02 the customer is reminded by SMS the day before (through the outbox), once', async () => {
    const m = await makeMember(w.payload, w.site, { name: '许婷', phone: '138 2000 0009' })
    const start = at(w.payload, w.site, dayFrom(2), '15:00')
    const res = await book(m.id, w.staff.beautician.id, start, { service: '身体护理' })
    const dueAt = new Date(res.body.doc.remindDueAt)
    expect(dueAt.toISOString()).toBe(at(w.payload, w.site, dayFrom(1), '10:00').toISOString())
    const mine = async () => (await w.payload.count({ collection: 'sms', where: { to: { equals: '138 2000 0009' } }, overrideAccess: true })).totalDocs
    // Not before the day before (the sweep reminds the other appointments already due, not this one).
    await sweepDeadline(w.payload, 'appointments', 'remind', new Date(dueAt.getTime() - 60_000))
    expect(await mine()).toBe(0)
    expect(await sweepDeadline(w.payload, 'appointments', 'remind', dueAt)).toBe(1)
    const sms = await w.payload.find({ collection: 'sms', where: { to: { equals: '138 2000 0009' } }, overrideAccess: true, depth: 0 })
    expect(sms.docs).toHaveLength(1)
    expect(sms.docs[0].status).toBe('queued')
    expect(sms.docs[0].text).toContain('许婷')
    expect(sms.docs[0].text).toContain('15:00')
    expect((await w.desk.get(`/api/appointments/${res.body.doc.id}`)).body.reminded).toBe(true)
    // Idempotent: a second sweep sends nothing more.
    expect(await sweepDeadline(w.payload, 'appointments', 'remind', new Date(dueAt.getTime() + 600_000))).toBe(0)
    expect(await mine()).toBe(1)
    // A cancelled appointment is not reminded.
    const other = await book(m.id, w.staff.beautician.id, at(w.payload, w.site, dayFrom(3), '11:00'))
    await w.desk.post(`/api/appointments/${other.body.doc.id}/transition`, { to: 'cancelled', note: '改期' })
    expect(await sweepDeadline(w.payload, 'appointments', 'remind', at(w.payload, w.site, dayFrom(2), '10:00'))).toBe(0)
  })
})
