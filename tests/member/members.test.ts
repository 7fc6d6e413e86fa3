import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { idOf } from '../../src/lib/hooks'
import { birthdayIn, dayFrom, makeMember, makeTiers } from './helpers'

const w = useWorld({ sites: [{ type: 'club' }] })
let tiers: Record<string, number>

describe('MEMBER-01 members', () => {
  it('MEMBER-01 a member has a profile, birthday, responsible staff and notes; the tier follows the spending', async () => {
    tiers = await makeTiers(w.payload, w.site)
    const res = await w.desk.post('/api/members', { site: w.site, name: '黄雅琴', phone: '138 2000 0002', birthday: '1985-06-01', responsibleStaff: w.staff.beautician.id, notes: '皮肤敏感' })
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    expect(idOf(res.body.doc.tier)).toBe(tiers['普卡'])
    expect(res.body.doc.spending).toBe(0)
    const deal = (amount: number, at = new Date().toISOString()) => w.desk.post('/api/consultations', { site: w.site, member: id, item: '面部护理 10 次', outcome: 'closed', amount, at })
    expect((await deal(3500)).status).toBe(201)
    let m = (await w.desk.get(`/api/members/${id}?depth=0`)).body
    expect(m.spending).toBe(3500)
    expect(m.tier).toBe(tiers['银卡'])
    expect((await deal(5000)).status).toBe(201)
    m = (await w.desk.get(`/api/members/${id}?depth=0`)).body
    expect(m.tier).toBe(tiers['金卡'])
    // The tier cannot be written by the desk: it is the server's.
    expect((await w.desk.patch(`/api/members/${id}`, { tier: tiers['普卡'] })).status).toBe(403)
  })

  it('MEMBER-01 spending outside the configured period does not count (the daily retier lowers the tier)', async () => {
    const settings = await w.desk.post('/api/member-settings', { site: w.site, tierMonths: 3, contractWarnDays: 30 })
    expect(settings.status).toBe(201)
    const m = await makeMember(w.payload, w.site, { name: '杨芳' })
    const old = new Date(Date.now() - 200 * 86400_000).toISOString()
    expect((await w.desk.post('/api/consultations', { site: w.site, member: m.id, item: '美发年卡', outcome: 'closed', amount: 9000, at: old })).status).toBe(201)
    const after = (await w.desk.get(`/api/members/${m.id}?depth=0`)).body
    expect(after.spending).toBe(0)
    expect(after.tier).toBe(tiers['普卡'])
    // A 4-month-old deal counts with a 12-month period, and no longer once the period is 3 months again.
    const longer = await w.desk.patch(`/api/member-settings/${settings.body.doc.id}`, { tierMonths: 12 })
    expect(longer.status).toBe(200)
    const recent = new Date(Date.now() - 120 * 86400_000).toISOString()
    expect((await w.desk.post('/api/consultations', { site: w.site, member: m.id, item: '护理', outcome: 'closed', amount: 3200, at: recent })).status).toBe(201)
    // 9000 (200 days ago) + 3200 (120 days ago) within 12 months.
    expect((await w.desk.get(`/api/members/${m.id}?depth=0`)).body).toMatchObject({ spending: 12200, tier: tiers['金卡'] })
    await w.desk.patch(`/api/member-settings/${settings.body.doc.id}`, { tierMonths: 3 })
    const { sweepDeadline } = await import('../../hooks/deadlines')
    expect(await sweepDeadline(w.payload, 'members', 'retier', new Date(Date.now() + 2 * 86400_000))).toBeGreaterThanOrEqual(1)
    const lowered = (await w.desk.get(`/api/members/${m.id}?depth=0`)).body
    expect(lowered.tier).toBe(tiers['普卡'])
    expect(lowered.spending).toBe(0)
    await w.desk.patch(`/api/member-settings/${settings.body.doc.id}`, { tierMonths: 12 })
  })

  it('MEMBER-01 a manual tier needs a reason and is recorded (who, when); clearing it returns to the spending tier', async () => {
    const m = await makeMember(w.payload, w.site, { name: '许婷' })
    const noReason = await w.desk.patch(`/api/members/${m.id}`, { tierOverride: tiers['金卡'] })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toContain('原因')
    const manager = await w.as('store-manager')
    const set = await manager.patch(`/api/members/${m.id}`, { tierOverride: tiers['金卡'], overrideReason: '老客户转介绍,店长特批' })
    expect(set.status).toBe(200)
    expect(idOf(set.body.doc.tier)).toBe(tiers['金卡'])
    expect(set.body.doc.tierSource).toBe('override')
    expect(idOf(set.body.doc.overrideBy)).toBe(w.staff['store-manager'].id)
    expect(Date.now() - new Date(set.body.doc.overrideAt).getTime()).toBeLessThan(60_000)
    const audit = await w.payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'members' } }, { recordId: { equals: String(m.id) } }] }, overrideAccess: true, depth: 0 })
    expect(JSON.stringify(audit.docs)).toContain('tierOverride')
    const cleared = await manager.patch(`/api/members/${m.id}`, { tierOverride: null })
    expect(idOf(cleared.body.doc.tier)).toBe(tiers['普卡'])
    expect(cleared.body.doc.tierSource).toBe('spending')
  })

  it('MEMBER-01 looked up or checking in, the desk sees birthday today or this week, tier and gift, sessions left, contract expiring', async () => {
    const today = await makeMember(w.payload, w.site, { name: '林晓峰', birthday: birthdayIn(0, 1990), packageName: '私教课 20 节', sessionsLeft: 3, contractEnds: dayFrom(10) })
    const glance = await w.desk.get(`/api/members/${today.id}/glance`)
    expect(glance.status).toBe(200)
    expect(glance.body).toMatchObject({ birthdayToday: true, birthdayThisWeek: true, tier: '普卡', gift: '护手霜一支', sessionsLeft: 3, contractExpiring: true, contractDaysLeft: 10 })
    expect(glance.body.text).toContain('今天生日')
    expect(glance.body.text).toContain('剩余 3 次')
    const week = await makeMember(w.payload, w.site, { name: '何佳怡', birthday: birthdayIn(4), contractEnds: dayFrom(200) })
    const g2 = (await w.desk.get(`/api/members/${week.id}/glance`)).body
    expect(g2).toMatchObject({ birthdayToday: false, birthdayThisWeek: true, birthdayInDays: 4, contractExpiring: false })
    const later = await makeMember(w.payload, w.site, { name: '马俊', birthday: birthdayIn(20) })
    expect((await w.desk.get(`/api/members/${later.id}/glance`)).body.birthdayThisWeek).toBe(false)
    // The same line on the record itself (the admin panel's 一览).
    expect((await w.desk.get(`/api/members/${today.id}`)).body.glance).toContain('今天生日')
    // Another site's member answers as a missing one.
    const outsider = await w.as('outsider')
    expect((await outsider.get(`/api/members/${today.id}/glance`)).status).toBe(404)
    expect((await w.desk.get('/api/members/999999/glance')).status).toBe(404)
  })
})
