/** The reception's demo data on a company site (issue 13 item 12): it seeds through the forms' own rules. */
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { seedCompany } from '../../collections/office/company-seed'
import { seedReception } from '../../collections/office/reception-seed'
import { officeDesk } from '../../collections/office'

const w = useWorld({ sites: [{ type: 'office' }], holders: ['front-desk'] })

const all = async (collection: string, site: number) =>
  (await w.payload.find({ collection: collection as never, where: { site: { equals: site } }, pagination: false, depth: 0, overrideAccess: true, sort: 'id' })).docs as Record<string, any>[]

describe('OFFICE-01 OFFICE-02 OFFICE-04 OFFICE-07 demo data and daily actions', () => {
  it('OFFICE-01 OFFICE-02 OFFICE-04 OFFICE-07 the company site gets calls, visitors, parcels and a meeting in Chinese, each in the state its rules give it', async () => {
    const { site } = await w.freshSite({ type: 'office' })
    await seedCompany(w.payload, site)
    await seedReception(w.payload, site)
    const calls = await all('phone-log', site)
    expect(calls.map((c) => c.outcome)).toEqual(['answered', 'answered', 'missed'])
    expect(calls[0].callerName).toBe('张经理')
    // The message for 黄磊 reached him; the missed call has its call-back task.
    const messages = (await w.payload.find({ collection: 'messages', where: { and: [{ relatedCollection: { equals: 'phone-log' } }, { relatedId: { equals: String(calls[0].id) } }] }, depth: 0, overrideAccess: true })).docs
    expect(messages).toHaveLength(1)
    const tasks = (await w.payload.find({ collection: 'call-tasks', where: { and: [{ relatedCollection: { equals: 'phone-log' } }, { relatedId: { equals: String(calls[2].id) } }] }, depth: 0, overrideAccess: true })).docs
    expect(tasks).toHaveLength(1)
    const visitors = await all('visitor-log', site)
    expect(visitors.map((v) => v.status)).toEqual(['expected', 'in', 'expected'])
    expect(visitors[2]).toMatchObject({ purpose: 'interview', position: '前端开发工程师' })
    const parcels = await all('office-parcels', site)
    expect(parcels.map((p) => p.status)).toEqual(['arrived', 'held'])
    expect(parcels[1]).toMatchObject({ postagePaid: true, postage: 12 })
    const [meeting] = await all('meetings', site)
    expect(meeting).toMatchObject({ status: 'planned', importantGuests: true, room: '一号会议室' })
    expect(JSON.stringify([calls, visitors, parcels, meeting])).not.toMatch(/[們這來為說電請訪記錄]/)
  })

  it('OFFICE-01 OFFICE-02 OFFICE-04 OFFICE-07 the desk home offers 登記來電, 登記訪客, 登記快遞 and 安排會議', () => {
    const actions = (officeDesk.quickActions ?? []).map((a) => [a.label['zh-TW'], a.collection])
    expect(actions).toEqual(expect.arrayContaining([['登記來電', 'phone-log'], ['登記訪客', 'visitor-log'], ['登記快遞', 'office-parcels'], ['安排會議', 'meetings']]))
  })
})
