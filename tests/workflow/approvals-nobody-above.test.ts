/**
 * OFFICE-10 / WF-05 (docs/DECISIONS.md "Nobody signs their own record"): when a step's only holder is the
 * record's own person and nobody else holds a position above (`approval.above`: general manager, chairman)
 * at the site, the refusal names those missing positions, in the person's language — not the step's own
 * position, whose holder exists. On submission the slip is not created; at a later step the previous
 * approver's decision is refused the same way and rolled back (nothing signed, the slip waits at its step),
 * and goes through once someone holds a position above.
 */
import { describe, expect, it } from 'vitest'
import { useWorld, type Person } from '../helpers/world'

const w = useWorld({ sites: [{ type: 'office' }], holders: ['front-desk'] })

const department = async (site: number, name: string, headStaff: number) =>
  (await w.payload.create({ collection: 'departments', data: { name, site, head: w.positions.get('department-head'), headStaff } as never, overrideAccess: true })).id as number
const joins = (person: Person, dep: number) => w.payload.update({ collection: 'staff', id: person.id, data: { department: dep } as never, overrideAccess: true })
const slipData = (site: number, person: Person, day: string) => ({ site, person: person.id, kind: 'personal', fromDay: day, toDay: day, reason: '家中有事' })
const message = (body: unknown) => JSON.stringify(body)
const countAt = async (site: number) => (await w.payload.count({ collection: 'leave-slips', where: { site: { equals: site } }, overrideAccess: true })).totalDocs
const signatures = async (id: number) =>
  (await w.payload.count({ collection: 'approvals', where: { and: [{ form: { equals: 'leave-slips' } }, { recordId: { equals: String(id) } }] }, overrideAccess: true })).totalDocs
const tokensOf = async (id: number, step: number) =>
  (
    await w.payload.find({
      collection: 'approval-tokens',
      where: { and: [{ form: { equals: 'leave-slips' } }, { recordId: { equals: String(id) } }, { step: { equals: step } }] },
      depth: 0,
      overrideAccess: true,
    })
  ).docs.map((t) => Number(t.approver))
const holds = (person: Person, slugs: ('general-manager' | 'chairman')[]) =>
  w.payload.update({ collection: 'staff', id: person.id, data: { positions: slugs.map((s) => w.positions.get(s)) } as never, overrideAccess: true })

describe('OFFICE-10 WF-05 nobody above to sign one’s own record', () => {
  it('OFFICE-10 WF-05 a head’s own slip with no general manager or chairman at the site is refused naming those positions (zh and en labels), not the head’s own position', async () => {
    const fresh = await w.freshSite({ type: 'office' })
    await fresh.holder('hr')
    const head = await fresh.holder('department-head')
    await joins(head, await department(fresh.site, '甲部', head.id))

    const zh = await fresh.desk.post('/api/leave-slips', slipData(fresh.site, head, '2026-12-07'))
    expect(zh.status, message(zh.body)).toBe(409)
    expect(message(zh.body)).toContain('总经理')
    expect(message(zh.body)).toContain('董事长')
    expect(message(zh.body)).not.toContain('部门主管')
    expect(message(zh.body)).not.toContain('general-manager')

    const enDesk = await w.hire({ sites: [fresh.site], positions: ['front-desk'], language: 'en' })
    const en = await (await w.as(enDesk)).post('/api/leave-slips', slipData(fresh.site, head, '2026-12-07'))
    expect(en.status, message(en.body)).toBe(409)
    expect(message(en.body)).toContain('General manager')
    expect(message(en.body)).toContain('Chairman')
    expect(message(en.body)).not.toContain('Department head')
    expect(message(en.body)).not.toContain('chairman"')
    expect(await countAt(fresh.site)).toBe(0)
  })

  it('OFFICE-10 WF-05 at a later step (HR’s own slip at HR’s step) with nobody above any more, the head’s approval is refused naming the positions above; nothing signed, the slip waits; once a general manager is there it goes on', async () => {
    const fresh = await w.freshSite({ type: 'office' })
    const hr = await fresh.holder('hr')
    const head = await fresh.holder('department-head')
    const gm = await fresh.holder('general-manager')
    await joins(hr, await department(fresh.site, '人力资源部', head.id))

    const created = await fresh.desk.post('/api/leave-slips', slipData(fresh.site, hr, '2026-12-08'))
    expect(created.status, message(created.body)).toBe(201)
    const id = created.body.doc.id as number
    expect(await tokensOf(id, 0)).toEqual([head.id])

    // The general manager leaves the position after submission; the site has no chairman either.
    await holds(gm, [])
    const headClient = await w.as(head)
    const refused = await headClient.post(`/api/leave-slips/${id}/decide`, { decision: 'approved', comment: '同意' })
    expect(refused.status, message(refused.body)).toBe(409)
    expect(message(refused.body)).toContain('总经理')
    expect(message(refused.body)).toContain('董事长')
    expect(message(refused.body)).not.toContain('人力资源部')
    const waiting = (await w.payload.findByID({ collection: 'leave-slips', id, depth: 0, overrideAccess: true })) as unknown as { approvalStatus: string; approvalStep: number }
    expect([waiting.approvalStatus, waiting.approvalStep]).toEqual(['pending', 0])
    expect(await signatures(id)).toBe(0)
    expect(await tokensOf(id, 1)).toEqual([])

    await holds(gm, ['general-manager'])
    const approved = await headClient.post(`/api/leave-slips/${id}/decide`, { decision: 'approved', comment: '同意' })
    expect(approved.status, message(approved.body)).toBe(200)
    expect(await tokensOf(id, 1)).toEqual([gm.id])
  })
})
