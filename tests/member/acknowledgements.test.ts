import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { sweepDeadline } from '../../hooks/deadlines'
import { at, dayFrom, makeMember } from './helpers'

const w = useWorld({ sites: [{ type: 'club' }] })

const forbidden = '嘿!喂,找谁?\n老头儿!\n不知道!\n问别人去!\n管不着!\n有意见找经理去!'
const acksOf = async (script: number, status?: string) =>
  (await w.payload.find({ collection: 'acknowledgements', where: { and: [{ script: { equals: script } }, ...(status ? [{ status: { equals: status } }] : [])] }, pagination: false, depth: 0, overrideAccess: true })).docs as Record<string, any>[]

describe('MEMBER-06 CORE-06 scripts, phrases and training acknowledgement', () => {
  let script: number

  it('MEMBER-06 CORE-06 the site’s greeting, 六声八句 and forbidden phrases are versioned documents; every desk person is asked to acknowledge the current version', async () => {
    const manager = await w.as('store-manager')
    const greeting = await manager.post('/api/scripts', { site: w.site, kind: 'greeting', title: '接听问候语', body: '您好,葩特娜健身会馆,很高兴为您服务,请问有什么可以帮您?', order: 0 })
    expect(greeting.status).toBe(201)
    expect(greeting.body.doc.version).toBe(1)
    const res = await manager.post('/api/scripts', { site: w.site, kind: 'forbidden', title: '服务忌语', body: forbidden, order: 2 })
    script = res.body.doc.id
    const asked = await acksOf(script)
    const people = asked.map((a) => a.staff).sort()
    const desk = ['front-desk', 'cs-assistant', 'store-manager', 'beautician', 'coach', 'member-consultant'] as const
    expect(people).toEqual(desk.map((slug) => w.staff[slug].id).sort())
    expect(asked.every((a) => a.version === 1 && a.status === 'pending')).toBe(true)
    // Not the dean, and not another site's desk.
    expect(people).not.toContain(w.staff.dean.id)
    // The version is the server's.
    expect((await manager.patch(`/api/scripts/${script}`, { version: 7 })).status).toBe(403)
    // Rows are made by the server only.
    expect((await w.desk.post('/api/acknowledgements', { site: w.site, staff: w.staff['front-desk'].id, script, version: 1 })).status).toBe(403)
  })

  it('MEMBER-06 each person acknowledges for themselves (who, when, which version); the manager sees who has not', async () => {
    const mine = (await acksOf(script)).find((a) => a.staff === w.staff['front-desk'].id)!
    const coachRow = (await acksOf(script)).find((a) => a.staff === w.staff.coach.id)!
    // Nobody acknowledges for another person.
    expect((await w.desk.post(`/api/acknowledgements/${coachRow.id}/transition`, { to: 'acknowledged' })).status).toBe(403)
    const ok = await w.desk.post(`/api/acknowledgements/${mine.id}/transition`, { to: 'acknowledged' })
    expect(ok.status).toBe(200)
    const row = (await w.desk.get(`/api/acknowledgements/${mine.id}?depth=0`)).body
    expect(row).toMatchObject({ status: 'acknowledged', version: 1, staff: w.staff['front-desk'].id })
    expect(Date.now() - new Date(row.acknowledgedAt).getTime()).toBeLessThan(60_000)
    const manager = await w.as('store-manager')
    const pending = (await manager.get(`/api/acknowledgements/pending?site=${w.site}`)).body.pending
    const names = pending.filter((p: { script: number }) => p.script === script).map((p: { name: string }) => p.name)
    expect(names).toContain('coach-员工')
    expect(names).not.toContain('front-desk-员工')
    expect((await (await w.as('outsider')).get(`/api/acknowledgements/pending?site=${w.site}`)).status).toBe(404)
  })

  it('MEMBER-06 those who have not acknowledged are reminded each day until they do', async () => {
    const row = (await acksOf(script)).find((a) => a.staff === w.staff.coach.id)!
    const due = new Date(row.remindDueAt)
    expect(due.toISOString()).toBe(at(w.payload, w.site, dayFrom(1), '08:30').toISOString())
    const messages = async () => (await w.payload.find({ collection: 'messages', where: { title: { like: '服务忌语' } }, pagination: false, depth: 0, overrideAccess: true })).docs as Record<string, any>[]
    await sweepDeadline(w.payload, 'acknowledgements', 'remind', due)
    const first = (await messages()).filter((m) => JSON.stringify(m.recipients).includes(String(w.staff.coach.id)))
    expect(first.length).toBe(1)
    let again = (await w.payload.findByID({ collection: 'acknowledgements', id: row.id, overrideAccess: true, depth: 0 })) as Record<string, any>
    expect(again).toMatchObject({ overdue: true, reminders: 1 })
    // The next day again.
    await sweepDeadline(w.payload, 'acknowledgements', 'remind', new Date(due.getTime() + 86400_000))
    again = (await w.payload.findByID({ collection: 'acknowledgements', id: row.id, overrideAccess: true, depth: 0 })) as Record<string, any>
    expect(again.reminders).toBe(2)
    // Once acknowledged, no more.
    const coach = await w.as('coach')
    expect((await coach.post(`/api/acknowledgements/${row.id}/transition`, { to: 'acknowledged' })).status).toBe(200)
    await sweepDeadline(w.payload, 'acknowledgements', 'remind', new Date(due.getTime() + 3 * 86400_000))
    again = (await w.payload.findByID({ collection: 'acknowledgements', id: row.id, overrideAccess: true, depth: 0 })) as Record<string, any>
    expect(again).toMatchObject({ reminders: 2, overdue: false, status: 'acknowledged' })
  })

  it('MEMBER-06 a new version asks everyone again, including those who acknowledged the last one', async () => {
    const manager = await w.as('store-manager')
    const changed = await manager.patch(`/api/scripts/${script}`, { body: `${forbidden}\n越忙越添乱,真烦人!` })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.version).toBe(2)
    const v2 = (await acksOf(script)).filter((a) => a.version === 2)
    expect(v2).toHaveLength(6)
    expect(v2.every((a) => a.status === 'pending')).toBe(true)
    const v1 = (await acksOf(script)).filter((a) => a.version === 1)
    expect(v1.filter((a) => a.status === 'pending')).toHaveLength(0)
    expect(v1.filter((a) => a.status === 'superseded').length).toBe(4)
    // Changing only the order is not a new version.
    expect((await manager.patch(`/api/scripts/${script}`, { order: 5 })).body.doc.version).toBe(2)
  })

  it('MEMBER-06 a note with a forbidden phrase is refused with the phrase named and highlighted, unless the writer confirms', async () => {
    const m = await makeMember(w.payload, w.site, { name: '郭思雨' })
    const bad = await w.desk.patch(`/api/members/${m.id}`, { notes: '顾客问会员卡退款,回答她:管不着,找前台' })
    expect(bad.status).toBe(422)
    expect(bad.body.errors[0].message).toContain('管不着')
    expect(bad.body.errors[0].message).toContain('【管不着】')
    // Traditional writing and punctuation inside the phrase are caught too.
    const tw = await w.desk.patch(`/api/members/${m.id}`, { notes: '我說:有意見,找經理去。' })
    expect(tw.status).toBe(422)
    expect(tw.body.errors[0].message).toContain('有意见找经理去')
    expect((await w.desk.get(`/api/members/${m.id}`)).body.notes ?? null).toBeNull()
    const kept = await w.desk.patch(`/api/members/${m.id}`, { notes: '顾客原话:“管不着”,记录备查', confirmPhrases: true })
    expect(kept.status).toBe(200)
    expect(kept.body.doc.notes).toContain('管不着')
    // Clean text saves; other forms declaring phrases are checked too (the daily report, consultations).
    expect((await w.desk.patch(`/api/members/${m.id}`, { notes: '顾客偏好周末上午' })).status).toBe(200)
    expect((await w.desk.post('/api/daily-reports', { site: w.site, day: dayFrom(-1), analysis: '有顾客一直问,说了句越忙越添乱,真烦人' })).status).toBe(422)
    // Another site's phrases do not apply here.
    await w.payload.create({ collection: 'scripts', data: { site: w.otherSite, kind: 'forbidden', title: '忌语', body: '周末上午' } })
    expect((await w.desk.patch(`/api/members/${m.id}`, { notes: '顾客偏好周末上午,改约' })).status).toBe(200)
  })
})
