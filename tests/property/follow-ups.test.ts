/**
 * PROP-08 to PROP-11 follow-up visits (回訪記錄表): due by kind (declared deadlines, windows in the
 * site's zone), the follow-up person by kind, the content and the owner's signature, the supervisor's
 * review, an unsatisfied owner reopening the complaint, the rates against their targets, the quarterly
 * analysis and the monthly statistics; and the story of one complaint from the phone call to its reopening.
 */
import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../src/payload-types'
import { useWorld } from '../helpers/world'
import { followUpRates } from '../../collections/property/follow-ups/rates'
import { followUpAnalysis, quarterlyAnalysis } from '../../collections/property/follow-ups/analysis'
import { localDay, shiftDay } from '../../src/lib/calendar'
import { complaintStatistics, complaintStatisticsBetween, sendServiceReports } from '../../collections/property/owner-complaints/statistics'
import { applyRetention } from '../../jobs/retention'
import { messagesLike, servicePlace, signatureImage, sweep, type ServicePlace } from './service-fixture'

const w = useWorld({ sites: [{ type: 'property' }, { type: 'property' }] })
let place: ServicePlace
let signature: number

const readComplaint = (id: number) => w.payload.findByID({ collection: 'owner-complaints', id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, any>>
const readFollowUp = (id: number) => w.payload.findByID({ collection: 'follow-ups', id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, any>>
const HOUR = 3600_000
const DAY = 24 * HOUR

/** A complaint carried to `told` through the API; returns its id and its follow-up's id. */
async function toldComplaint(extra: Record<string, unknown> = {}) {
  const res = await w.desk.post('/api/owner-complaints', {
    site: w.site, channel: 'phone', unit: place.units[0], complainant: '李女士', phone: '13800002222',
    category: 'repair', severity: 'ordinary', content: '地下车库渗水', department: place.departments.engineering, ...extra,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const id = res.body.doc.id as number
  await w.desk.patch(`/api/owner-complaints/${id}`, { handling: '工程部已处理' })
  expect((await w.desk.post(`/api/owner-complaints/${id}/transition`, { to: 'reported' })).status).toBe(200)
  const told = await w.desk.patch(`/api/owner-complaints/${id}`, { toldHow: 'phone', toldAt: new Date().toISOString() })
  expect(told.status, JSON.stringify(told.body)).toBe(200)
  const doc = await readComplaint(id)
  return { id, followUp: doc.followUp as number, doc }
}

describe('PROP-08 to PROP-11 follow-up visits', () => {
  it('PROP-08 setup', async () => {
    place = await servicePlace(w.payload, w.positions, w.site)
    await servicePlace(w.payload, w.positions, w.otherSite, '9')
    signature = await signatureImage(w.payload, w.site)
  })

  it('PROP-08 each kind is due in its own window after the work was completed (site days, Shanghai)', async () => {
    const completedAt = '2026-03-10T17:00:00.000Z' // 11 March 01:00 in Shanghai
    const make = async (kind: string, extra: Record<string, unknown> = {}) => {
      const res = await w.desk.post('/api/follow-ups', { site: w.site, kind, unit: place.units[1], subject: `${kind} 回访`, completedAt, ...extra })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      return readFollowUp(res.body.doc.id)
    }
    const repair = await make('repair', { repairItem: '卫生间漏水' })
    expect(repair.repairFromAt).toBe('2026-04-10T17:00:00.000Z') // one month after, same local time
    expect(repair.repairDueAt).toBe('2026-05-10T17:00:00.000Z') // two months after
    expect((await make('emergency')).emergencyDueAt).toBe('2026-03-17T17:00:00.000Z')
    expect((await make('help')).helpDueAt).toBe('2026-03-17T17:00:00.000Z')
    expect((await make('publication')).publicationDueAt).toBe('2026-04-10T17:00:00.000Z')
    const special = await w.desk.post('/api/follow-ups', { site: w.site, kind: 'special', subject: '特约装修', completedAt })
    expect(special.status).toBe(400) // a special-contract follow-up names its stage
    expect((await make('special', { stage: 'mid' })).specialDueAt).toBe('2026-03-17T17:00:00.000Z')
  })

  it('PROP-08 a follow-up past its window is flagged overdue once, and the CS supervisor is told', async () => {
    const res = await w.desk.post('/api/follow-ups', { site: w.site, kind: 'help', unit: place.units[2], subject: '代收快递求助', completedAt: new Date(Date.now() - 8 * DAY).toISOString() })
    const doc = await readFollowUp(res.body.doc.id)
    const due = new Date(doc.helpDueAt)
    await sweep(w.payload, 'follow-ups', 'help', new Date(due.getTime() - 1000))
    expect((await readFollowUp(doc.id)).overdue).toBe(false)
    expect(await sweep(w.payload, 'follow-ups', 'help', new Date())).toBeGreaterThanOrEqual(1)
    expect((await readFollowUp(doc.id)).overdue).toBe(true)
    const [message] = await messagesLike(w.payload, w.site, '回访逾期')
    expect(message.recipients).toContain(w.staff['cs-supervisor'].id)
    expect(await sweep(w.payload, 'follow-ups', 'help', new Date())).toBe(0)
  })

  it('PROP-09 the follow-up person by kind: major complaint → 管理處主任; ordinary → the department head with a CS assistant; repairs → CS assistant', async () => {
    const major = await toldComplaint({ severity: 'major', content: '电梯困人' })
    const majorFollowUp = await readFollowUp(major.followUp)
    expect(majorFollowUp.followerPosition).toBe(w.positions.get('office-director'))
    expect(majorFollowUp.withAssistant).toBe(false)
    const ordinary = await toldComplaint()
    const ordinaryFollowUp = await readFollowUp(ordinary.followUp)
    expect(ordinaryFollowUp.followerPosition).toBe(w.positions.get('engineer'))
    expect(ordinaryFollowUp.withAssistant).toBe(true)
    const [message] = await messagesLike(w.payload, w.site, '请安排回访')
    expect(message.recipients).toEqual(expect.arrayContaining([w.staff.engineer.id, w.staff['cs-assistant'].id]))
    const repair = await w.desk.post('/api/follow-ups', { site: w.site, kind: 'repair', unit: place.units[0], subject: '门锁维修回访', completedAt: new Date().toISOString() })
    expect((await readFollowUp(repair.body.doc.id)).followerPosition).toBe(w.positions.get('cs-assistant'))
  })

  it('PROP-09 done needs the satisfaction and the owner’s signature (or a scan); the supervisor reviews; the state cannot be patched', async () => {
    const res = await w.desk.post('/api/follow-ups', { site: w.site, kind: 'repair', unit: place.units[0], subject: '水管维修回访', completedAt: new Date(Date.now() - 40 * DAY).toISOString() })
    const id = res.body.doc.id
    expect((await w.desk.patch(`/api/follow-ups/${id}`, { status: 'done' })).status).toBe(403)
    const noAnswer = await w.desk.patch(`/api/follow-ups/${id}`, { followedAt: new Date().toISOString(), method: 'visit' })
    expect(noAnswer.status).toBe(409)
    expect((await readFollowUp(id)).status).toBe('planned')
    const unsigned = await w.desk.patch(`/api/follow-ups/${id}`, { followedAt: new Date().toISOString(), method: 'visit', satisfaction: 'satisfied' })
    expect(unsigned.status).toBe(409)
    expect(unsigned.body.errors[0].message).toContain('签名')
    const done = await w.desk.patch(`/api/follow-ups/${id}`, {
      followedAt: new Date().toISOString(), method: 'visit', satisfaction: 'satisfied', workQuality: 'good', attitude: 'good',
      serviceEffect: '漏水已解决', goodPoints: '维修及时', shortfalls: '维修后未清理现场', suggestions: '维修后清理', ownerSignature: signature,
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    const doc = await readFollowUp(id)
    expect(doc.status).toBe('done')
    expect(doc.followedBy).toBe(w.staff['front-desk'].id)
    expect((await w.desk.post(`/api/follow-ups/${id}/transition`, { to: 'reviewed', note: '同意' })).status).toBe(403)
    const supervisor = await w.as('cs-supervisor')
    expect((await supervisor.post(`/api/follow-ups/${id}/transition`, { to: 'reviewed' })).status).toBe(400)
    const reviewed = await supervisor.post(`/api/follow-ups/${id}/transition`, { to: 'reviewed', note: '回访记录完整,提醒工程部清理现场' })
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200)
    const after = await readFollowUp(id)
    expect(after.reviewComment).toBe('回访记录完整,提醒工程部清理现场')
    expect(after.reviewedBy).toBe(w.staff['cs-supervisor'].id)
    // Another site's desk cannot touch it.
    const outsider = await w.as('outsider')
    expect((await outsider.post(`/api/follow-ups/${id}/transition`, { to: 'cancelled', note: 'x' })).status).toBe(404)
  })

  it('PROP-07 PROP-08 PROP-09 the story: phone complaint → routed with its limit → handled → reported back → owner told the same day → follow-up due in 3 days, done, unsatisfied → complaint reopened', async () => {
    // Received by phone and routed to engineering with its time limit.
    const res = await w.desk.post('/api/owner-complaints', {
      site: w.site, channel: 'phone', unit: place.units[1], complainant: '赵先生', phone: '13700003333',
      category: 'repair', severity: 'ordinary', content: '外墙渗水导致卧室墙面发霉', department: place.departments.engineering,
    })
    const id = res.body.doc.id as number
    let complaint = await readComplaint(id)
    expect(complaint.status).toBe('routed')
    expect(complaint.limitHours).toBeGreaterThan(0)
    expect(new Date(complaint.handleBy).getTime()).toBeGreaterThan(new Date(complaint.routedAt).getTime())
    // Handled and reported back (the engineering head records it, the desk takes the report).
    const engineer = await w.as('engineer')
    expect((await engineer.patch(`/api/owner-complaints/${id}`, { handling: '已对外墙做防水处理并重新粉刷卧室墙面' })).status).toBe(200)
    expect((await w.desk.post(`/api/owner-complaints/${id}/transition`, { to: 'reported' })).status).toBe(200)
    // Told the same day: not late.
    const told = await w.desk.patch(`/api/owner-complaints/${id}`, { toldHow: 'phone', toldAt: new Date().toISOString(), ownerResponse: '业主表示会观察几天' })
    expect(told.status, JSON.stringify(told.body)).toBe(200)
    complaint = await readComplaint(id)
    expect(complaint.status).toBe('told')
    expect(complaint.toldLate).toBe(false)
    expect(await sweep(w.payload, 'owner-complaints', 'tell', new Date(Date.now() + 2 * DAY))).toBe(0)
    // The follow-up is due within 3 days of the handling's completion.
    const followUp = await readFollowUp(complaint.followUp)
    expect(followUp.kind).toBe('complaint')
    expect(followUp.status).toBe('planned')
    expect(new Date(followUp.complaintDueAt).getTime() - new Date(complaint.reportedAt).getTime()).toBe(3 * DAY)
    // Done: the owner is not satisfied → the complaint is reopened, routed again with a new limit, the director told.
    const done = await w.desk.patch(`/api/follow-ups/${followUp.id}`, {
      followedAt: new Date().toISOString(), method: 'visit', satisfaction: 'unsatisfied', workQuality: 'poor', attitude: 'fair',
      shortfalls: '墙面仍有水渍', suggestions: '请彻底查找渗水点', ownerSignature: signature,
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    complaint = await readComplaint(id)
    expect(complaint.status).toBe('routed')
    expect(complaint.reopenCount).toBe(1)
    expect(complaint.toldAt ?? null).toBeNull()
    const [reopened] = await messagesLike(w.payload, w.site, '投诉已重新处理')
    expect(reopened.recipients).toContain(w.staff['office-director'].id)
    const audit = await w.payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'owner-complaints' } }, { recordId: { equals: String(id) } }, { action: { equals: 'transition' } }] }, sort: 'createdAt', limit: 20, overrideAccess: true })
    expect(audit.docs.map((d) => (d as { to?: string }).to)).toEqual(['routed', 'reported', 'told', 'routed'])
  })

  it('PROP-09 a satisfied owner closes the complaint', async () => {
    const { id, followUp } = await toldComplaint({ content: '单元门禁失灵' })
    const done = await w.desk.patch(`/api/follow-ups/${followUp}`, { followedAt: new Date().toISOString(), method: 'phone', satisfaction: 'very-satisfied' })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect((await readComplaint(id)).status).toBe('closed')
  })

  it('PROP-10 follow-up rates per kind over a period, against the site’s targets (configurable)', async () => {
    const site = w.otherSite
    const otherPlace = await w.payload.find({ collection: 'units', where: { site: { equals: site } }, limit: 1, overrideAccess: true })
    const unit = otherPlace.docs[0].id
    const mk = async (kind: FollowUp['kind'], completedAt: string, done: boolean) => {
      const doc = await w.payload.create({ collection: 'follow-ups', data: { site, kind, unit, subject: `${kind}`, completedAt, stage: kind === 'special' ? 'end' : undefined }, overrideAccess: true })
      if (done) {
        await w.payload.update({ collection: 'follow-ups', id: doc.id, data: { followedAt: new Date(new Date(completedAt).getTime() + DAY).toISOString(), method: 'phone', satisfaction: 'satisfied' }, overrideAccess: true })
      }
      return doc.id
    }
    // Repairs completed in January are due by March: 19 of 20 done = 95 %.
    for (let i = 0; i < 20; i++) await mk('repair', `2026-01-${String(5 + i).padStart(2, '0')}T02:00:00.000Z`, i !== 0)
    // Help in March: 1 of 2 done.
    await mk('help', '2026-03-02T02:00:00.000Z', true)
    await mk('help', '2026-03-03T02:00:00.000Z', false)
    const now = new Date('2026-06-01T00:00:00Z')
    let rates = await followUpRates(w.payload, site, '2026-03-01', '2026-03-31', now)
    const row = (kind: string) => rates.rows.find((r) => r.kind === kind)!
    expect(row('repair')).toMatchObject({ due: 20, done: 19, rate: 95, target: 95, met: true })
    expect(row('help')).toMatchObject({ due: 2, done: 1, rate: 50, met: false })
    expect(row('complaint')).toMatchObject({ due: 0, rate: 100, target: 100 })
    // The target is the site's setting.
    await w.payload.create({ collection: 'complaint-settings', data: { site, targets: { repair: 98, help: 40 } }, overrideAccess: true })
    rates = await followUpRates(w.payload, site, '2026-03-01', '2026-03-31', now)
    expect(row('repair')).toMatchObject({ target: 98, met: false })
    expect(row('help')).toMatchObject({ target: 40, met: true })
  })

  it('PROP-11 quarterly analysis: unsatisfied follow-ups, the same matter complained about twice by a unit, the same repair three times', async () => {
    const now = new Date()
    const analysis = await quarterlyAnalysis(w.payload, w.site, now)
    // The story's unsatisfied follow-up.
    expect(analysis.unsatisfied.some((u) => u.unit === '1-1-302')).toBe(true)
    // Unit 1-1-301 complained about repairs several times in this test file.
    expect(analysis.repeatedComplaints.find((r) => r.unit === '1-1-301' && r.category === 'repair')?.count).toBeGreaterThanOrEqual(2)
    // The same repair three times at one unit.
    for (let i = 0; i < 3; i++) {
      await w.desk.post('/api/follow-ups', { site: w.site, kind: 'repair', unit: place.units[2], subject: '空调漏水维修回访', repairItem: '空调漏水', completedAt: new Date(Date.now() - (i + 1) * HOUR).toISOString() })
    }
    const again = await quarterlyAnalysis(w.payload, w.site, now)
    expect(again.repeatedRepairs).toEqual(expect.arrayContaining([expect.objectContaining({ unit: '1-1-1801', item: '空调漏水', count: 3 })]))
  })

  it('PROP-11 monthly complaint statistics, and the reports through the outbox to the configured positions, once', async () => {
    const stats = await complaintStatistics(w.payload, w.site, new Date())
    expect(stats.total).toBeGreaterThan(3)
    expect(stats.byCategory.repair).toBeGreaterThan(0)
    const first = await sendServiceReports(w.payload, w.site, new Date(), { force: true })
    expect(first.monthly).toBeTypeOf('number')
    expect(first.quarterly).toBeTypeOf('number')
    const mail = await w.payload.findByID({ collection: 'mail-outbox', id: first.monthly!, overrideAccess: true })
    expect((mail.to as string[] | string).toString()).toContain(w.staff['cs-supervisor'].email)
    expect(String(mail.html)).toContain('<table')
    expect(JSON.stringify(mail.attachments)).toContain('.xlsx')
    const second = await sendServiceReports(w.payload, w.site, new Date(), { force: true })
    expect(second.monthly).toBeUndefined()
  })

  it('JOB-05 PROP-11 the reports go out on their days: the monthly statistics on the last working day up to the 30th, the quarterly analysis in the first 10 days of a quarter, once each', async () => {
    const site = w.otherSite
    const supervisor = await w.other('cs-supervisor')
    const shanghai = (s: string) => new Date(`${s}+08:00`)
    expect(await sendServiceReports(w.payload, site, shanghai('2026-12-15T09:00:00'))).toEqual({})
    const december = await sendServiceReports(w.payload, site, shanghai('2026-12-30T09:00:00'))
    expect(december.monthly).toBeTypeOf('number')
    expect(december.quarterly).toBeUndefined()
    const mail = await w.payload.findByID({ collection: 'mail-outbox', id: december.monthly!, overrideAccess: true })
    expect(String(mail.to)).toContain(supervisor.email)
    expect(String(mail.subject)).toContain('2026-12-01')
    expect(String(mail.subject)).toContain('2026-12-30')
    expect((await sendServiceReports(w.payload, site, shanghai('2026-12-30T16:00:00'))).monthly).toBeUndefined()
    const january = await sendServiceReports(w.payload, site, shanghai('2027-01-05T09:00:00'))
    expect(january.quarterly).toBeTypeOf('number')
    const quarterly = await w.payload.findByID({ collection: 'mail-outbox', id: january.quarterly!, overrideAccess: true })
    expect(String(quarterly.subject)).toContain('2026-10-01')
    expect(String(quarterly.subject)).toContain('2026-12-31')
    expect(await sendServiceReports(w.payload, site, shanghai('2027-01-15T09:00:00'))).toEqual({})
  })

  it('JOB-06 follow-up records are kept 2 years; complaint forms forever', async () => {
    const old = new Date(Date.now() - 3 * 365 * DAY).toISOString()
    const followUp = await w.payload.create({ collection: 'follow-ups', data: { site: w.site, kind: 'help', unit: place.units[0], subject: '旧回访', completedAt: old }, overrideAccess: true })
    const recent = await w.payload.create({ collection: 'follow-ups', data: { site: w.site, kind: 'help', unit: place.units[0], subject: '近期回访', completedAt: new Date(Date.now() - 300 * DAY).toISOString() }, overrideAccess: true })
    const complaint = await w.payload.create({ collection: 'owner-complaints', data: { site: w.site, unit: place.units[0], complainant: '旧业主', channel: 'phone', category: 'other', severity: 'ordinary', content: '三年前的投诉', receivedAt: old }, overrideAccess: true })
    await applyRetention(w.payload, undefined, new Date())
    expect(await w.payload.findByID({ collection: 'follow-ups', id: followUp.id, overrideAccess: true, disableErrors: true })).toBeNull()
    expect(await w.payload.findByID({ collection: 'follow-ups', id: recent.id, overrideAccess: true, disableErrors: true })).not.toBeNull()
    expect(await w.payload.findByID({ collection: 'owner-complaints', id: complaint.id, overrideAccess: true, disableErrors: true })).not.toBeNull()
  })

  it('PROP-09 the 回訪記錄表 and 業主投訴意見表 print as PDF (filled and blank)', async () => {
    const { docs } = await w.payload.find({ collection: 'follow-ups', where: { site: { equals: w.site } }, limit: 1, overrideAccess: true })
    for (const path of [`/api/follow-ups/${docs[0].id}/print`, '/api/follow-ups/blank/print', '/api/owner-complaints/blank/print']) {
      const res = await fetch(`${w.url}${path}`, { headers: { authorization: `JWT ${w.desk.token}` } })
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type')).toContain('application/pdf')
    }
  })

  it('PROP-11 the complaint statistics and the follow-up analysis for any range (the admin page’s)', async () => {
    const today = localDay(new Date(), 'Asia/Shanghai')
    const from = shiftDay(today, -1)
    const stats = await complaintStatisticsBetween(w.payload, w.site, from, today)
    const expected = await w.payload.count({
      collection: 'owner-complaints',
      where: { and: [{ site: { equals: w.site } }, { status: { not_equals: 'cancelled' } }, { receivedAt: { greater_than_equal: new Date(`${from}T00:00:00+08:00`).toISOString() } }, { receivedAt: { less_than: new Date(`${shiftDay(today, 1)}T00:00:00+08:00`).toISOString() } }] },
      overrideAccess: true,
    })
    expect(stats.total).toBe(expected.totalDocs)
    expect(stats.reopened).toBeGreaterThanOrEqual(1)
    expect((await followUpAnalysis(w.payload, w.site, from, today)).unsatisfied.length).toBeGreaterThanOrEqual(1)
    expect((await complaintStatisticsBetween(w.payload, w.site, '2020-01-01', '2020-01-31')).total).toBe(0)
    expect((await followUpAnalysis(w.payload, w.site, '2020-01-01', '2020-01-31')).unsatisfied).toEqual([])
  })

  it('PROP-08 special contract work: from the contract dates, a follow-up at mid-term and one after the end', async () => {
    const res = await w.desk.post('/api/follow-ups', { site: w.site, kind: 'special', unit: place.units[1], subject: '特约工程:阳台封闭', contractFrom: '2026-03-01', contractTo: '2026-05-01' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const mid = await readFollowUp(res.body.doc.id)
    expect(mid.stage).toBe('mid')
    expect(mid.completedAt).toBe('2026-03-31T12:00:00.000Z') // half-way between the two days
    const { docs } = await w.payload.find({ collection: 'follow-ups', where: { and: [{ kind: { equals: 'special' } }, { stage: { equals: 'end' } }, { subject: { equals: '特约工程:阳台封闭' } }] }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect((docs[0] as { completedAt: string }).completedAt).toBe('2026-05-01T00:00:00.000Z')
    const backwards = await w.desk.post('/api/follow-ups', { site: w.site, kind: 'special', subject: '特约工程', contractFrom: '2026-05-01', contractTo: '2026-03-01' })
    expect(backwards.status).toBe(400)
  })
})
