/**
 * The office affairs' demo data (OFFICE-03, 05, 06) on a company site: the chairman's stored
 * preferences and one booked trip with its itinerary text queued; this quarter's plans of two
 * departments, approved and bought; an issue; the numbering rule and a few archives; the quick actions.
 */
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { seedCompany, officeEmail } from '../../collections/office/company-seed'
import { seedAffairs } from '../../collections/office/affairs-seed'
import { affairs } from '../../collections/office/affairs'

const w = useWorld({ sites: [{ type: 'office' }], holders: ['front-desk'] })

describe('OFFICE-03/05/06 demo data', () => {
  it('OFFICE-03 OFFICE-05 OFFICE-06 the demo company has a leader with stored preferences and a booked trip, an approved quarter of supplies with an issue, and numbered archives', async () => {
    await seedCompany(w.payload, w.site)
    await seedAffairs(w.payload, w.site)
    const find = async (collection: string) => (await w.payload.find({ collection: collection as never, where: { site: { equals: w.site } }, pagination: false, depth: 0, overrideAccess: true })).docs as Record<string, any>[]
    const chairman = (await w.payload.find({ collection: 'staff', where: { email: { equals: officeEmail('chairman') } }, overrideAccess: true })).docs[0]
    const [prefs, trips, sms, plans, purchases, issues, archives] = await Promise.all(
      ['travel-preferences', 'travel-requests', 'sms', 'supply-plans', 'supply-purchases', 'supply-issues', 'archives'].map(find),
    )
    expect(prefs).toEqual([expect.objectContaining({ staff: chairman.id, trainSeat: 'first', seatSide: 'window' })])
    expect(trips).toEqual([expect.objectContaining({ leader: chairman.id, status: 'booked', preferencesFrom: 'profile' })])
    expect(sms).toEqual([expect.objectContaining({ kind: 'itinerary', status: 'queued', to: chairman.mobile })])
    expect(sms[0].text).toContain('王建国您好')
    expect(sms[0].text).toContain('一等座')
    expect(plans.map((p) => p.status)).toEqual(['approved', 'approved'])
    expect(purchases).toEqual([expect.objectContaining({ approvalStatus: 'approved', status: 'purchased' })])
    expect(issues).toHaveLength(1)
    expect(archives.map((a) => a.number)).toEqual(expect.arrayContaining([expect.stringMatching(/^HT-\d{4}-001$/), expect.stringMatching(/^HT-\d{4}-002$/), expect.stringMatching(/^FW-\d{4}-001$/)]))
    expect(JSON.stringify([trips, plans, archives])).not.toMatch(/[這們來為個]/) // simplified Chinese
    expect(affairs.quickActions?.map((a) => a.label.zh)).toEqual(['订票申请', '领用办公用品', '登记档案', '办公用品季度汇总'])
  })
})
