/**
 * Issue 14's story on the demo salon and gym: morning — a birthday member is listed with the tier's
 * gift, today's files, the targets set; day — appointments kept and one no-show, a consultation that
 * does not close needs a reason; evening — the 19:00 report is filled and goes out at 19:30 with
 * tomorrow's appointments; a new version of the phrases is acknowledged by each desk person.
 */
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { signIn, type Client } from '../helpers/people'
import { sweepDeadline } from '../../hooks/deadlines'
import { at, today } from './helpers'

const w = useWorld({ sites: [{ type: 'club' }], demo: true })

const siteByCode = async (code: string) => ((await w.payload.find({ collection: 'sites', where: { code: { equals: code } }, overrideAccess: true })).docs[0] as { id: number; name: string }).id

describe('issue 14 story: a day at the salon’s and the gym’s desk', () => {
  let salon: number
  let gym: number
  let desk: Client
  let manager: Client

  it('MEMBER-01 MEMBER-02 MEMBER-03 morning: today’s appointments, targets, customers’ files and birthdays with the tier’s gift', async () => {
    salon = await siteByCode('salon')
    gym = await siteByCode('gym')
    desk = await signIn(w.url, 'front-desk@salon.demo.local', 'demo1234')
    manager = await signIn(w.url, 'store-manager@salon.demo.local', 'demo1234')
    const morning = (await desk.get(`/api/appointments/morning?site=${salon}`)).body
    expect(morning.day).toBe(today())
    // The morning meeting's targets per beautician, with today's appointments.
    expect(morning.today.length).toBe(2)
    expect(morning.today.every((s: { target: number }) => s.target >= 4)).toBe(true)
    expect(morning.today.reduce((n: number, s: { booked: number }) => n + s.booked, 0)).toBe(4)
    expect(morning.files.length).toBe(4)
    expect(morning.files.some((f: { notes?: string }) => f.notes?.includes('皮肤敏感'))).toBe(true)
    // 陈丽华's birthday is today; her deals made her 金卡, whose gift is 精油护理一次.
    const birthday = morning.birthdays.find((b: { name: string }) => b.name === '陈丽华')
    expect(birthday).toMatchObject({ tier: '金卡', gift: '精油护理一次', given: false })
    expect(morning.weekBirthdays.length).toBeGreaterThanOrEqual(3)
    const gift = await desk.post('/api/birthday-gifts', { site: salon, member: birthday.member })
    expect(gift.status).toBe(201)
    expect(gift.body.doc.gift).toBe('精油护理一次')
    expect((await desk.post('/api/birthday-gifts', { site: salon, member: birthday.member })).status).toBe(409)
    const glance = (await desk.get(`/api/members/${birthday.member}/glance`)).body
    expect(glance.birthdayToday).toBe(true)
    expect(glance.text).toContain('金卡')
  })

  it('MEMBER-02 MEMBER-04 day: appointments kept and one no-show; a consultation that does not close needs its reason', async () => {
    const morning = (await desk.get(`/api/appointments/morning?site=${salon}`)).body
    const first = morning.today[0].appointments[0]
    expect((await desk.post(`/api/appointments/${first.id}/transition`, { to: 'arrived' })).status).toBe(200)
    // A customer booked earlier today (up to an hour ago, never yesterday) did not come.
    const staff = morning.today[1].id
    const earlier = new Date(Math.max(at(w.payload, salon, today(), '00:00').getTime(), Date.now() - 3600_000))
    const late = await desk.post('/api/appointments', { site: salon, member: first.member, staff, startAt: earlier.toISOString(), service: '美甲' })
    expect((await desk.post(`/api/appointments/${late.body.doc.id}/transition`, { to: 'no-show' })).status).toBe(200)
    const after = (await desk.get(`/api/appointments/morning?site=${salon}`)).body
    expect(after.today.find((s: { id: number }) => s.id === morning.today[0].id).kept).toBe(1)
    expect(after.today.find((s: { id: number }) => s.id === staff).noShow).toBe(1)
    const members = (await desk.get(`/api/members?where[name][equals]=杨芳&depth=0`)).body.docs
    const noReason = await desk.post('/api/consultations', { site: salon, member: members[0].id, item: '抗衰疗程', outcome: 'not-closed' })
    expect(noReason.status).toBe(400)
    const reasons = (await desk.get('/api/lost-reasons?sort=order&depth=0')).body.docs
    expect(reasons.map((r: { name: string }) => r.name)).toContain('价格超出预算')
    expect((await desk.post('/api/consultations', { site: salon, member: members[0].id, item: '抗衰疗程', outcome: 'not-closed', lostReason: reasons[0].id, lostNote: '预算不够,下月再谈' })).status).toBe(201)
    expect((await desk.post('/api/consultations', { site: salon, member: first.member, item: '面部护理续卡', outcome: 'closed', amount: 1980, goodCase: true, caseNote: '生日当天送礼后顺利续卡' })).status).toBe(201)
  })

  it('MEMBER-04 JOB-05 evening: the 19:00 report is filled and goes out at 19:30 with tomorrow’s appointments against the target', async () => {
    const report = await desk.post('/api/daily-reports', { site: salon, day: today(), analysis: '杨芳预算不够,下月初再跟进', plan: '明早确认四位预约顾客' })
    expect(report.status).toBe(201)
    expect(report.body.doc).toMatchObject({ deals: 1, dealAmount: 1980, notClosed: 1, noShows: 1, tomorrowBooked: 4, tomorrowTarget: 11 })
    expect(await sweepDeadline(w.payload, 'daily-reports', 'send', at(w.payload, salon, today(), '19:30'))).toBeGreaterThanOrEqual(1)
    const mail = (await w.payload.find({ collection: 'mail-outbox', where: { and: [{ relatedCollection: { equals: 'daily-reports' } }, { relatedId: { equals: String(report.body.doc.id) } }] }, overrideAccess: true })).docs[0] as Record<string, any>
    expect(JSON.stringify(mail.to)).toContain('store-manager@salon.demo.local')
    expect(mail.text).toContain('明日预约 4 位 / 目标 11 位')
    expect(mail.text).toContain('价格超出预算:预算不够,下月再谈')
    expect((await desk.get(`/api/daily-reports/${report.body.doc.id}`)).body.status).toBe('sent')
  })

  it('MEMBER-06 CORE-06 a new version of the forbidden phrases is acknowledged by each desk person; the gym greets with its own script', async () => {
    const phrases = (await manager.get(`/api/scripts?where[kind][equals]=forbidden&where[site][equals]=${salon}&depth=0`)).body.docs[0]
    expect(phrases.body).toContain('管不着')
    const v2 = await manager.patch(`/api/scripts/${phrases.id}`, { body: `${phrases.body}\n这不归我管!` })
    expect(v2.body.doc.version).toBe(phrases.version + 1)
    const pending = () => w.payload.find({ collection: 'acknowledgements', where: { and: [{ script: { equals: phrases.id } }, { version: { equals: v2.body.doc.version } }, { status: { equals: 'pending' } }] }, pagination: false, depth: 0, overrideAccess: true })
    const rows = (await pending()).docs as Record<string, any>[]
    expect(rows.length).toBe(5)
    for (const login of ['front-desk', 'store-manager', 'beautician', 'beautician-2', 'member-consultant']) {
      const person = await signIn(w.url, `${login}@salon.demo.local`, 'demo1234')
      const me = (await person.get('/api/staff/me')).body.user.id
      const row = rows.find((r) => r.staff === me)!
      expect((await person.post(`/api/acknowledgements/${row.id}/transition`, { to: 'acknowledged' })).status).toBe(200)
    }
    expect((await pending()).totalDocs).toBe(0)
    expect((await manager.get(`/api/acknowledgements/pending?site=${salon}`)).body.pending.filter((p: { version: number; script: number }) => p.script === phrases.id)).toHaveLength(0)
    // The new phrase is checked at once.
    const refused = await desk.patch(`/api/members/${rows[0] ? (await desk.get('/api/members?limit=1&depth=0')).body.docs[0].id : 0}`, { notes: '顾客问停车,这不归我管' })
    expect(refused.status).toBe(422)
    expect(refused.body.errors[0].message).toContain('这不归我管')
    // The gym: its greeting and class timetable.
    const gymDesk = await signIn(w.url, 'front-desk@gym.demo.local', 'demo1234')
    const greeting = (await gymDesk.get(`/api/scripts?where[kind][equals]=greeting&where[site][equals]=${gym}`)).body.docs[0]
    expect(greeting.body).toBe('您好,葩特娜健身会馆,很高兴为您服务,请问有什么可以帮您?')
    const classes = (await gymDesk.get(`/api/timetables?where[kind][equals]=classes&where[site][equals]=${gym}&where[language][equals]=zh`)).body.docs[0]
    expect(classes.entries.map((e: { name: string }) => e.name)).toContain('跆拳道')
    const pdf = await fetch(`${w.url}/api/timetables/${classes.id}/print`, { headers: { authorization: `JWT ${gymDesk.token}` } })
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    // The salon's desk does not see the gym's members.
    const gymMember = (await gymDesk.get('/api/members?limit=1&depth=0')).body.docs[0]
    expect((await desk.get(`/api/members/${gymMember.id}/glance`)).status).toBe(404)
  })
})
