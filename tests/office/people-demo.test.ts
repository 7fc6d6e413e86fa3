/**
 * OFFICE-08 to OFFICE-11 demo data of the company (新华速汇): cards issued to several staff, a leaver
 * whose card is out (flagged, and her checklist blocked by it), paper attendance, leave slips and
 * personnel files that only HR (周敏) reads.
 */
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { signIn } from '../helpers/people'
import { sweepDeadline } from '../../hooks/deadlines'
import { officeEmail } from '../../collections/office/company-seed'

const w = useWorld({ sites: [{ type: 'office' }], demo: true, holders: ['front-desk'] })

const demoSite = async () => (await w.payload.find({ collection: 'sites', where: { code: { equals: 'xinhua' } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!.id as number
const demo = (login: string) => signIn(w.url, officeEmail(login), 'demo1234')

describe('people demo', () => {
  it('OFFICE-08 the demo company has cards issued to several staff; 何琳 has left with her access card out: flagged, and her checklist cannot be completed', async () => {
    const site = await demoSite()
    const cards = await w.payload.find({ collection: 'access-cards', where: { site: { equals: site } }, depth: 1, limit: 100, overrideAccess: true })
    expect(cards.docs.filter((c) => c.status === 'issued').length).toBeGreaterThanOrEqual(5)
    await sweepDeadline(w.payload, 'access-cards', 'leaver', new Date())
    const flagged = await w.payload.find({ collection: 'access-cards', where: { and: [{ site: { equals: site } }, { leaverOutstanding: { equals: true } }] }, depth: 1, overrideAccess: true })
    expect(flagged.docs.map((c) => (c.holder as { name: string }).name)).toEqual(['何琳'])
    const desk = await demo('front-desk')
    const list = await desk.get(`/api/leaving-checklists?where[site][equals]=${site}`)
    const checklist = list.body.docs.find((d: { personName: string }) => d.personName === '何琳')
    expect(checklist.outstanding).toContain('MJ-0012')
    expect(checklist.outstanding).not.toContain('DT-0012')
    const done = await desk.post(`/api/leaving-checklists/${checklist.id}/transition`, { to: 'completed' })
    expect(done.status).toBe(409)
    expect(done.body.errors[0].message).toContain('MJ-0012')
  })

  it('OFFICE-10 OFFICE-11 the demo has paper attendance, leave slips, and personnel files only 周敏 (HR) reads', async () => {
    const site = await demoSite()
    expect((await w.payload.count({ collection: 'attendance', where: { site: { equals: site } }, overrideAccess: true })).totalDocs).toBeGreaterThanOrEqual(12)
    const slips = await w.payload.find({ collection: 'leave-slips', where: { site: { equals: site } }, depth: 0, overrideAccess: true })
    expect(slips.docs.map((s) => s.approvalStatus).sort()).toEqual(['approved', 'pending'])
    const hr = await demo('hr')
    const files = await hr.get(`/api/personnel-files?where[site][equals]=${site}&limit=50`)
    expect(files.body.totalDocs).toBe(6)
    expect(files.body.docs.map((f: { fileNumber: string }) => f.fileNumber)).toEqual(expect.arrayContaining(['市场部-001', '技术部-001']))
    for (const login of ['front-desk', 'general-manager', 'admin-director']) {
      const other = await (await demo(login)).get(`/api/personnel-files?where[site][equals]=${site}`)
      expect(other.body.totalDocs).toBe(0)
    }
    const admin = await signIn(w.url, 'admin@demo.local', 'demo1234')
    expect((await admin.get(`/api/personnel-files?where[site][equals]=${site}`)).body.totalDocs).toBe(0)
  })
})
