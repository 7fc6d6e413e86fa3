import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { birthdayIn, makeMember, makeTiers, today } from './helpers'

const w = useWorld({ sites: [{ type: 'club' }] })

describe('MEMBER-03 birthdays', () => {
  it('MEMBER-03 today’s birthdays are listed in the morning with the gift of the customer’s tier; this week’s too', async () => {
    const tiers = await makeTiers(w.payload, w.site)
    const gold = await makeMember(w.payload, w.site, { name: '陈丽华', birthday: birthdayIn(0, 1978) })
    await w.payload.update({ collection: 'members', id: gold.id, data: { tierOverride: tiers['金卡'], overrideReason: '店庆活动升级' }, overrideAccess: true })
    await makeMember(w.payload, w.site, { name: '黄雅琴', birthday: birthdayIn(0, 1990) })
    await makeMember(w.payload, w.site, { name: '杨芳', birthday: birthdayIn(3) })
    await makeMember(w.payload, w.site, { name: '许婷', birthday: birthdayIn(10) })
    await makeMember(w.payload, w.otherSite, { name: '外店会员', birthday: birthdayIn(0) })
    const morning = (await w.desk.get(`/api/appointments/morning?site=${w.site}`)).body
    expect(morning.birthdays.map((b: { name: string }) => b.name).sort()).toEqual(['陈丽华', '黄雅琴'].sort())
    expect(morning.birthdays.find((b: { name: string }) => b.name === '陈丽华')).toMatchObject({ tier: '金卡', gift: '精油护理一次', given: false, inDays: 0 })
    expect(morning.birthdays.find((b: { name: string }) => b.name === '黄雅琴')).toMatchObject({ tier: '普卡', gift: '护手霜一支' })
    expect(morning.weekBirthdays.map((b: { name: string }) => b.name)).toContain('杨芳')
    expect(morning.weekBirthdays.map((b: { name: string }) => b.name)).not.toContain('许婷')
  })

  it('MEMBER-03 the gift given is recorded once a year (the tier’s gift by default); a second the same year is refused', async () => {
    const m = (await w.payload.find({ collection: 'members', where: { name: { equals: '陈丽华' } }, overrideAccess: true })).docs[0] as { id: number }
    const given = await w.desk.post('/api/birthday-gifts', { site: w.site, member: m.id })
    expect(given.status).toBe(201)
    expect(given.body.doc).toMatchObject({ gift: '精油护理一次', tierName: '金卡', year: Number(today().slice(0, 4)) })
    expect((given.body.doc.givenBy?.id ?? given.body.doc.givenBy)).toBe(w.staff['front-desk'].id)
    const again = await w.desk.post('/api/birthday-gifts', { site: w.site, member: m.id, gift: '另一份礼物' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain('已经送过')
    // The morning list shows it as given.
    const morning = (await w.desk.get(`/api/appointments/morning?site=${w.site}`)).body
    expect(morning.birthdays.find((b: { name: string }) => b.name === '陈丽华').given).toBe(true)
    // Next year is a new year.
    const nextYear = new Date(Date.now() + 366 * 86400_000).toISOString()
    expect((await w.desk.post('/api/birthday-gifts', { site: w.site, member: m.id, givenAt: nextYear })).status).toBe(201)
    // The year is the server's.
    expect((await w.desk.post('/api/birthday-gifts', { site: w.site, member: m.id, year: 1999 })).status).toBe(403)
  })
})
