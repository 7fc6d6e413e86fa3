/**
 * OFFICE-10 / WF-05: a leave slip is signed first by the head of the applicant's own department (the
 * chain step `{ position: 'department-head', of: 'department' }`, hooks/approval/approvers.ts), then by
 * HR. Only that head gets the e-mail and its link, sees the slip in the inbox, on the home and in the
 * workflow bar, and may sign; another department's head (who holds the same position) is refused
 * exactly like anyone else who is not the step's approver. A department without a head (or whose head
 * no longer works at the site) falls back to the site's department heads.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { leaveSlips } from '../helpers/leave'
import { useWorld, type Person } from '../helpers/world'
import { approveLink, get, post } from '../workflow/links'
import { homeFor } from '../../src/admin/home/data'
import { officeEmail, seedCompany } from '../../collections/office/company-seed'
import { seedPeople } from '../../collections/office/people-seed'

const w = useWorld({ sites: [{ type: 'office' }], mail: true })

let headA: Person
let headB: Person
let depA: number
let depB: number
let employeeA: Person

const { department, joins, slip, mailedAbout, tokensOf, userOf, inboxOf, barActions, decide, stored, signers } = leaveSlips(w)

beforeAll(async () => {
  headA = await w.hire({ name: '甲部主管', positions: ['department-head'] })
  headB = await w.hire({ name: '乙部主管', positions: ['department-head'] })
  depA = await department('甲部', headA.id)
  depB = await department('乙部', headB.id)
  await joins(headA, depA)
  await joins(headB, depB)
  employeeA = await w.hire({ name: '甲部员工' })
  await joins(employeeA, depA)
})

describe('OFFICE-10 leave slips go to the head of the applicant’s own department', () => {
  it('OFFICE-10 WF-05 a slip of department A goes to A’s head only (e-mail, link, inbox, home, workflow bar); B’s head is refused like any non-approver; then HR signs', async () => {
    const doc = await slip(employeeA)
    expect(doc.department).toBe(depA)
    expect(doc.approvalPosition).toBe('department-head')
    await w.mail!.deliver()

    // The e-mail with its signed link goes to A's head only: not to B's head, nor to the site's other department head.
    expect(await mailedAbout(doc.id)).toEqual([headA.email])
    expect(await tokensOf(doc.id, 0)).toEqual([headA.id])
    // The inbox, the home and the workflow bar follow the same rule.
    expect(await inboxOf(headA)).toContain(doc.id)
    expect(await inboxOf(headB)).not.toContain(doc.id)
    expect(await inboxOf(w.staff['department-head'])).not.toContain(doc.id)
    const homeA = await homeFor(w.payload, await userOf(headA))
    expect(homeA.waiting.map((x) => x.id)).toContain(doc.id)
    expect(homeA.roles.approver).toBe(true)
    expect((await homeFor(w.payload, await userOf(headB))).waiting.map((x) => x.id)).not.toContain(doc.id)
    expect(await barActions(headA, doc.id)).toContain('approve')
    expect(await barActions(headB, doc.id)).not.toContain('approve')

    // B's head holds the same position, yet gets exactly the answer of someone who is no approver at all.
    const byB = await decide(headB, doc.id)
    const byCashier = await decide(w.staff.cashier, doc.id)
    const byHolder = await decide(w.staff['department-head'], doc.id)
    expect(byB.status).toBe(403)
    expect(byB).toEqual(byCashier)
    expect(byB).toEqual(byHolder)
    // HR cannot sign before A's head either.
    expect((await decide(w.staff.hr, doc.id)).status).toBe(403)
    expect(await signers(doc.id)).toEqual([])
    expect((await stored(doc.id)).approvalStep).toBe(0)

    // A's head signs through the e-mailed link (the confirmation page first); then it is HR's turn.
    const link = await approveLink(w.mail!.peer, headA.email, doc.id)
    expect((await get(link)).status).toBe(200)
    const signed = await post(link, 'approved', '同意,注意交接')
    expect(signed.status).toBe(200)
    const mid = await stored(doc.id)
    expect([mid.approvalStatus, mid.approvalPosition, mid.approvalStep]).toEqual(['pending', 'hr', 1])
    await w.mail!.deliver()
    expect((await mailedAbout(doc.id)).filter((to) => to !== headA.email)).toEqual([w.staff.hr.email])
    expect(await tokensOf(doc.id, 1)).toEqual([w.staff.hr.id])
    expect(await inboxOf(headA)).not.toContain(doc.id)
    expect(await inboxOf(w.staff.hr)).toContain(doc.id)
    // A's head cannot sign HR's step.
    expect((await decide(headA, doc.id)).status).toBe(403)
    expect((await decide(w.staff.hr, doc.id, 'approved', '准假')).status).toBe(200)
    expect((await stored(doc.id)).approvalStatus).toBe('approved')
    expect(await signers(doc.id)).toEqual([
      [headA.id, 0, 'approved'],
      [w.staff.hr.id, 1, 'approved'],
    ])
  })

  it('OFFICE-10 WF-05 a slip of department B goes to B’s head, and A’s head is refused; a rejection returns it to its author', async () => {
    const employeeB = await w.hire({ name: '乙部员工' })
    await joins(employeeB, depB)
    const doc = await slip(employeeB, '2026-12-09', '2026-12-09')
    expect(doc.department).toBe(depB)
    await w.mail!.deliver()
    expect(await mailedAbout(doc.id)).toEqual([headB.email])
    expect((await decide(headA, doc.id)).status).toBe(403)
    expect((await decide(headB, doc.id, 'rejected', '月底项目上线,请改期')).status).toBe(200)
    expect((await stored(doc.id)).approvalStatus).toBe('rejected')
  })

  it('OFFICE-10 WF-05 fall-back: a department without a head, a head who no longer works at the site, or no department at all goes to the site’s department heads', async () => {
    const depC = await department('丙部')
    const employeeC = await w.hire({ name: '丙部员工' })
    await joins(employeeC, depC)
    const holders = [headA.id, headB.id, w.staff['department-head'].id].sort((a, b) => a - b)
    const noHead = await slip(employeeC)
    expect(noHead.department).toBe(depC)
    expect(await tokensOf(noHead.id, 0)).toEqual(holders)
    await w.mail!.deliver()
    expect((await mailedAbout(noHead.id)).sort()).toEqual([headA.email, headB.email, w.staff['department-head'].email].sort())
    expect(await inboxOf(headB)).toContain(noHead.id)
    expect(await inboxOf(w.staff['department-head'])).toContain(noHead.id)
    // Anyone who is not a department head still gets the refusal.
    expect((await decide(w.staff.cashier, noHead.id)).status).toBe(403)
    expect((await decide(headB, noHead.id)).status).toBe(200)
    expect((await stored(noHead.id)).approvalPosition).toBe('hr')

    // The head left (inactive): the step falls back to the position's holders.
    const gone = await w.hire({ name: '离职主管' })
    const depD = await department('丁部', gone.id)
    const employeeD = await w.hire({ name: '丁部员工' })
    await joins(employeeD, depD)
    await w.payload.update({ collection: 'staff', id: gone.id, data: { active: false } as never, overrideAccess: true })
    expect(await tokensOf((await slip(employeeD)).id, 0)).toEqual(holders)

    // No department: the same.
    const loner = await w.hire({ name: '无部门员工' })
    const none = await slip(loner)
    expect(none.department).toBeNull()
    expect(await tokensOf(none.id, 0)).toEqual(holders)
  })

  it('OFFICE-10 the department is read only on the slip’s site: an employee whose department belongs to another site falls back, and that site’s head is never asked', async () => {
    const otherHead = await w.other('department-head')
    const foreign = await department('外站部门', otherHead.id, w.otherSite)
    const commuter = await w.hire({ name: '两站员工', sites: [w.site, w.otherSite] })
    await joins(commuter, foreign)
    const doc = await slip(commuter)
    expect(doc.department).toBeNull()
    const tokens = await tokensOf(doc.id, 0)
    expect(tokens).not.toContain(otherHead.id)
    expect(tokens).toContain(headA.id)
  })

  it('OFFICE-10 a head who holds no chain position still finds the slip in the inbox and on the home, and signs it', async () => {
    const boss = await w.hire({ name: '总经办主管' })
    const depE = await department('总经办', boss.id)
    const clerk = await w.hire({ name: '总经办文员' })
    await joins(clerk, depE)
    const doc = await slip(clerk, '2026-12-14', '2026-12-14')
    expect(await tokensOf(doc.id, 0)).toEqual([boss.id])
    const home = await homeFor(w.payload, await userOf(boss))
    expect(home.roles.approver).toBe(true)
    expect(home.waiting.map((x) => x.id)).toContain(doc.id)
    expect((await decide(headA, doc.id)).status).toBe(403)
    expect((await decide(boss, doc.id)).status).toBe(200)
    expect((await stored(doc.id)).approvalPosition).toBe('hr')
  })

  it('OFFICE-10 WF-05 with nobody to sign (no head, no department head at the site) the slip is refused, naming the position', async () => {
    const fresh = await w.freshSite()
    await fresh.holder('hr')
    const lonely = await w.hire({ name: '新站员工', sites: [fresh.site] })
    const res = await fresh.desk.post('/api/leave-slips', { site: fresh.site, person: lonely.id, kind: 'personal', fromDay: '2026-12-07', toDay: '2026-12-07', reason: '家中有事' })
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toContain('部门主管')
    expect((await w.payload.count({ collection: 'leave-slips', where: { site: { equals: fresh.site } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('OFFICE-10 a department’s head is a staff member of its site: another site’s person is answered like a missing one', async () => {
    const admin = await w.as('admin')
    const outsider = await w.other('front-desk')
    const foreign = await admin.patch(`/api/departments/${depA}`, { headStaff: outsider.id })
    const missing = await admin.patch(`/api/departments/${depA}`, { headStaff: 2_000_000_000 })
    expect(foreign.status).toBeGreaterThanOrEqual(400)
    expect(foreign.status).toBeLessThan(500)
    expect(foreign.status).toBe(missing.status)
    const kept = await w.payload.findByID({ collection: 'departments', id: depA, depth: 0, overrideAccess: true })
    expect(kept.headStaff).toBe(headA.id)
  })

  it('OFFICE-10 the demo company gives its departments heads: 杨帆’s waiting slip went to 黄磊 (市场部) only, 宋雪’s to 马超 (技术部) only', async () => {
    const fresh = await w.freshSite({ name: '新华速汇演示' })
    await seedCompany(w.payload, fresh.site)
    await seedPeople(w.payload, fresh.site)
    const person = async (login: string) => (await w.payload.find({ collection: 'staff', where: { email: { equals: officeEmail(login) } }, depth: 0, limit: 1, overrideAccess: true })).docs[0].id as number
    const { docs: departments } = await w.payload.find({ collection: 'departments', where: { site: { equals: fresh.site } }, depth: 0, pagination: false, overrideAccess: true })
    expect(departments.length).toBeGreaterThan(0)
    expect(departments.every((d) => d.headStaff != null)).toBe(true)
    const slipOf = async (login: string) =>
      (await w.payload.find({ collection: 'leave-slips', where: { and: [{ site: { equals: fresh.site } }, { person: { equals: await person(login) } }] }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
    const waiting = await slipOf('market-1')
    expect(waiting.approvalStatus).toBe('pending')
    expect(await tokensOf(waiting.id as number, 0)).toEqual([await person('market-head')])
    expect(await tokensOf((await slipOf('tech-2')).id as number, 0)).toEqual([await person('tech-head')])
  })
})
