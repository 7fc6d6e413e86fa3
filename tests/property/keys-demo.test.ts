/** PROP-12..16 demo data: the demo estate's key cabinet has keys in, lent (one to a contractor through engineering), one overdue with its 借匙催还单, in simplified Chinese. */
import { describe, expect, it } from 'vitest'
import { keyCabinet } from '../../collections/property/keys/cabinet'
import { useWorld } from '../helpers/world'

const w = useWorld({ demo: true, sites: [{ type: 'property' }] })

describe('PROP-12 demo keys', () => {
  it('PROP-12 PROP-14 the demo cabinet: keys in and lent, one overdue with its reminder, a lost one, this month’s count sheet', async () => {
    const site = (await w.payload.find({ collection: 'sites', where: { code: { equals: 'xiangdi' } }, depth: 0, overrideAccess: true })).docs[0]
    const cabinets = await keyCabinet(w.payload, site.id as number)
    const slots = cabinets.flatMap((c) => c.slots)
    const count = (state: string) => slots.filter((s) => s.state === state).length
    expect(count('in')).toBeGreaterThanOrEqual(3)
    expect(count('out')).toBe(2)
    expect(count('overdue')).toBe(1)
    expect(count('lost')).toBe(1)
    const overdue = slots.find((s) => s.state === 'overdue')!
    expect(overdue.loan?.borrower).toBe('李师傅')
    const reminders = await w.payload.find({ collection: 'key-reminders', where: { site: { equals: site.id } }, depth: 0, overrideAccess: true })
    expect(reminders.docs).toHaveLength(1)
    expect(reminders.docs[0].daysOut).toBe(9)
    const loans = await w.payload.find({ collection: 'key-loans', where: { site: { equals: site.id } }, depth: 0, overrideAccess: true })
    const contractor = loans.docs.find((l) => l.borrowerKind === 'contractor' && l.status === 'out')!
    expect(contractor.contractor).toBe('成都安居水电安装公司')
    // Simplified Chinese: no traditional characters in what the demo wrote.
    expect(JSON.stringify(loans.docs.map((l) => [l.purpose, l.contractor, l.departmentName]))).not.toMatch(/[廠衛門補業鑰維]/)
    const counts = await w.payload.find({ collection: 'key-counts', where: { site: { equals: site.id } }, depth: 0, overrideAccess: true })
    expect(counts.docs).toHaveLength(1)
    expect((counts.docs[0].rows as unknown[]).length).toBeGreaterThanOrEqual(slots.length - 1)
  })
})
