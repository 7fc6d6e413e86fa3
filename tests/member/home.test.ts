/**
 * MEMBER-02 / MEMBER-03 on the desk's home: the desk person starts the day with today's birthdays (the
 * tier's gift, given or not) and the morning meeting's targets with progress, without opening another page.
 */
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { birthdayIn, at, makeMember, makeTiers, today } from './helpers'
import { homeFor, type HomeUser } from '../../src/admin/home/data'

const w = useWorld({ sites: [{ type: 'club' }] })

const homeOf = async (id: number, lang = 'zh') => {
  const user = (await w.payload.findByID({ collection: 'staff', id, depth: 0, overrideAccess: true })) as unknown as HomeUser
  const home = await homeFor(w.payload, user, new Date(), lang)
  return home.sites.find((s) => s.id === w.site)!
}

describe('MEMBER-02 MEMBER-03 the desk home of a salon', () => {
  it('MEMBER-03 MEMBER-02 the home lists today’s birthdays with the tier’s gift and each staff member’s target and progress; another site’s members never', async () => {
    const tiers = await makeTiers(w.payload, w.site)
    const gold = await makeMember(w.payload, w.site, { name: '陈丽华', birthday: birthdayIn(0, 1978) })
    await w.payload.update({ collection: 'members', id: gold.id, data: { tierOverride: tiers['金卡'], overrideReason: '店庆活动升级' }, overrideAccess: true })
    await makeMember(w.payload, w.site, { name: '杨芳', birthday: birthdayIn(3) })
    await makeMember(w.payload, w.otherSite, { name: '外店会员', birthday: birthdayIn(0) })
    const beautician = w.staff['beautician'].id
    const manager = await w.as('store-manager')
    expect((await manager.post('/api/daily-targets', { site: w.site, day: today(), staff: beautician, target: 3 })).status).toBe(201)
    const booked = await w.desk.post('/api/appointments', { site: w.site, member: gold.id, staff: beautician, startAt: at(w.payload, w.site, today(), '23:30').toISOString(), service: '面部护理' })
    expect(booked.status).toBe(201)

    const site = await homeOf(w.staff['front-desk'].id)
    const birthdays = site.today.find((b) => b.key === 'member.birthdays')!
    expect(birthdays.lines.map((l) => l.text)).toEqual(['🎂 陈丽华 · 金卡 · 礼物:精油护理一次'])
    expect(birthdays.lines[0]!.href).toContain('/collections/birthday-gifts/create')
    const targets = site.today.find((b) => b.key === 'member.targets')!
    expect(targets.lines[0]!.text).toBe(`${w.staff['beautician'].name}:已到店 0 / 目标 3(预约 1,爽约 0)`)
    expect(targets.lines.at(-1)!.text).toContain('今日到店 1 位顾客')

    // Given: shown as given, no longer a call to act.
    expect((await w.desk.post('/api/birthday-gifts', { site: w.site, member: gold.id })).status).toBe(201)
    const after = (await homeOf(w.staff['front-desk'].id)).today.find((b) => b.key === 'member.birthdays')!
    expect(after.lines[0]).toMatchObject({ text: '🎂 陈丽华 · 金卡 · 礼物:精油护理一次(已送)', strong: false })

    // In the reader's language.
    const en = (await homeOf(w.staff['front-desk'].id, 'en')).today.find((b) => b.key === 'member.birthdays')!
    expect(en.title.en).toBe('Birthdays today')
    expect(en.lines[0]!.text).toBe('🎂 陈丽华 · 金卡 · gift: 精油护理一次 (given)')
  })

  it('MEMBER-03 a person of another club sees that club’s birthdays on the home, never this one’s', async () => {
    const care = await w.hire({ sites: [w.otherSite] })
    const user = (await w.payload.findByID({ collection: 'staff', id: care.id, depth: 0, overrideAccess: true })) as unknown as HomeUser
    const home = await homeFor(w.payload, user)
    const other = home.sites.find((s) => s.id === w.otherSite)!
    // The other club's own birthdays are its own.
    expect(other.today.find((b) => b.key === 'member.birthdays')!.lines.map((l) => l.text)).toEqual([expect.stringContaining('外店会员')])
    expect(home.sites.some((s) => s.id === w.site)).toBe(false)
  })
})
