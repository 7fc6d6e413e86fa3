/**
 * OFFICE-10 / WF-05: nobody signs their own leave slip. A department head's own slip goes to the person
 * above (the site's general manager; the general manager's own to the chairman), and so does HR's own
 * slip at HR's step — one rule (hooks/approval/approvers.ts) for the e-mails and links, the inbox, the
 * home, the workflow bar and every decision door; a head who tries their own slip through any door (REST,
 * a signed link bound to them, the inbox's form post) is refused and nothing is signed. A returned or
 * withdrawn slip goes round again to the head of the department the employee is in now.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { leaveSlips } from '../helpers/leave'
import { useWorld, type Person } from '../helpers/world'
import { get, post } from '../workflow/links'
import { homeFor } from '../../src/admin/home/data'
import { issueToken } from '../../hooks/approval/tokens'

const w = useWorld({ sites: [{ type: 'office' }], mail: true })

let headA: Person
let headB: Person
let depA: number
let depB: number

const { department, joins, slip, mailedAbout, userOf, inboxOf, barActions, decide, stored, signers, ...slips } = leaveSlips(w)
const tokensOf = (id: number, step: number, round = 1) => slips.tokensOf(id, step, round)

beforeAll(async () => {
  headA = await w.hire({ name: '甲部主管', positions: ['department-head'] })
  headB = await w.hire({ name: '乙部主管', positions: ['department-head'] })
  depA = await department('甲部', headA.id)
  depB = await department('乙部', headB.id)
  await joins(headA, depA)
  await joins(headB, depB)
})

describe('OFFICE-10 WF-05 nobody signs their own leave slip', () => {
  it('OFFICE-10 WF-05 a department head’s own slip goes to the general manager (e-mail, link, inbox, home, workflow bar), not to the head; then HR', async () => {
    const gm = w.staff['general-manager']
    const doc = await slip(headA)
    expect(doc.approvalPosition).toBe('department-head')
    await w.mail!.deliver()
    expect(await tokensOf(doc.id, 0)).toEqual([gm.id])
    expect(await mailedAbout(doc.id)).toEqual([gm.email])
    expect(await inboxOf(gm)).toContain(doc.id)
    expect(await inboxOf(headA)).not.toContain(doc.id)
    expect(await inboxOf(headB)).not.toContain(doc.id)
    expect((await homeFor(w.payload, await userOf(gm))).waiting.map((x) => x.id)).toContain(doc.id)
    expect((await homeFor(w.payload, await userOf(headA))).waiting.map((x) => x.id)).not.toContain(doc.id)
    expect(await barActions(gm, doc.id)).toContain('approve')
    expect(await barActions(headA, doc.id)).not.toContain('approve')
    // Another department head (a peer, not the person above) is refused like anyone else.
    expect((await decide(headB, doc.id)).status).toBe(403)

    expect((await decide(gm, doc.id, 'approved', '同意')).status).toBe(200)
    expect((await stored(doc.id)).approvalPosition).toBe('hr')
    expect((await decide(w.staff.hr, doc.id, 'approved', '准假')).status).toBe(200)
    expect((await stored(doc.id)).approvalStatus).toBe('approved')
    expect(await signers(doc.id)).toEqual([
      [gm.id, 0, 'approved'],
      [w.staff.hr.id, 1, 'approved'],
    ])
  })

  it('WF-05 OFFICE-10 the head cannot sign their own slip through any door: REST, a signed e-mail link bound to them, the inbox’s form post', async () => {
    const doc = await slip(headA, '2026-12-10', '2026-12-10')
    const cashier = await decide(w.staff.cashier, doc.id)
    // REST decision endpoint: the same refusal as someone who is no approver at all.
    const rest = await decide(headA, doc.id)
    expect(rest.status).toBe(403)
    expect(rest).toEqual(cashier)
    // A signed link bound to the head for this very step and version (as if one had been issued): refused, nothing signed.
    const s = await stored(doc.id)
    const token = await issueToken(w.payload, { approver: headA.id, form: 'leave-slips', recordId: doc.id, round: s.approvalRound, step: s.approvalStep, version: s.approvalVersion })
    const link = `${w.url}/approve/${token}?d=approve`
    expect((await get(link)).status).toBe(200) // the confirmation page changes nothing
    const byLink = await post(link, 'approved', '自己批')
    expect(byLink.status).toBe(403)
    // The inbox's form post: back to the inbox with the refusal, nothing signed.
    const client = await w.as(headA)
    const form = await fetch(`${w.url}/api/leave-slips/${doc.id}/decide`, {
      method: 'POST',
      redirect: 'manual',
      headers: { authorization: `JWT ${client.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ decision: 'approved', comment: '自己批', round: String(s.approvalRound), step: String(s.approvalStep) }).toString(),
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toContain('error=')
    expect(await signers(doc.id)).toEqual([])
    const after = await stored(doc.id)
    expect([after.approvalStatus, after.approvalStep]).toEqual(['pending', 0])
  })

  it('OFFICE-10 WF-05 the general manager’s own slip goes to the chairman; HR’s own slip goes to the general manager at HR’s step', async () => {
    const gm = w.staff['general-manager']
    const office = await department('总经办', gm.id)
    await joins(gm, office)
    const own = await slip(gm, '2026-12-14', '2026-12-14')
    expect(await tokensOf(own.id, 0)).toEqual([w.staff.chairman.id])
    expect((await decide(gm, own.id)).status).toBe(403)
    expect(await inboxOf(w.staff.chairman)).toContain(own.id)

    const hrDep = await department('人力资源部', headB.id)
    await joins(w.staff.hr, hrDep)
    const hrSlip = await slip(w.staff.hr, '2026-12-15', '2026-12-15')
    expect(await tokensOf(hrSlip.id, 0)).toEqual([headB.id])
    expect((await decide(headB, hrSlip.id)).status).toBe(200)
    // HR's step: the only HR holder is the applicant, so the general manager signs it.
    expect(await tokensOf(hrSlip.id, 1)).toEqual([gm.id])
    expect(await inboxOf(gm)).toContain(hrSlip.id)
    expect(await inboxOf(w.staff.hr)).not.toContain(hrSlip.id)
    expect((await decide(w.staff.hr, hrSlip.id)).status).toBe(403)
    expect(await barActions(w.staff.hr, hrSlip.id)).not.toContain('approve')
    expect((await decide(gm, hrSlip.id)).status).toBe(200)
    expect((await stored(hrSlip.id)).approvalStatus).toBe('approved')
    expect(await signers(hrSlip.id)).toEqual([
      [headB.id, 0, 'approved'],
      [gm.id, 1, 'approved'],
    ])
  })

  it('OFFICE-10 WF-05 an ordinary employee’s slip still goes to their own head, who is not the person above', async () => {
    const employee = await w.hire({ name: '甲部员工' })
    await joins(employee, depA)
    const doc = await slip(employee, '2026-12-16', '2026-12-16')
    expect(await tokensOf(doc.id, 0)).toEqual([headA.id])
    expect((await decide(w.staff['general-manager'], doc.id)).status).toBe(403)
  })
})

describe('OFFICE-10 a resubmitted slip goes to the head of the department the employee is in now', () => {
  it('OFFICE-10 WF-05 a returned slip, edited after the employee moved from A to B and resubmitted, goes to B’s head (not A’s)', async () => {
    const mover = await w.hire({ name: '调岗员工' })
    await joins(mover, depA)
    const doc = await slip(mover, '2026-12-17', '2026-12-17')
    expect(await tokensOf(doc.id, 0)).toEqual([headA.id])
    expect((await decide(headA, doc.id, 'rejected', '请改期')).status).toBe(200)
    await joins(mover, depB)
    const edited = await w.desk.patch(`/api/leave-slips/${doc.id}`, { reason: '家中有事,改期' })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    const res = await w.desk.post(`/api/leave-slips/${doc.id}/resubmit`, {})
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const s = await stored(doc.id)
    expect([s.approvalStatus, s.approvalRound, s.department]).toEqual(['pending', 2, depB])
    expect(await tokensOf(doc.id, 0, 2)).toEqual([headB.id])
    expect((await decide(headA, doc.id)).status).toBe(403)
    expect((await decide(headB, doc.id)).status).toBe(200)
  })

  it('OFFICE-10 WF-05 a withdrawn slip resubmitted unchanged after the employee moved goes to the new department’s head; the department stays server-owned', async () => {
    const mover = await w.hire({ name: '调岗员工二' })
    await joins(mover, depA)
    const doc = await slip(mover, '2026-12-18', '2026-12-18')
    expect((await w.desk.post(`/api/leave-slips/${doc.id}/withdraw`, {})).status).toBe(200)
    // The desk cannot point the slip at another department by hand.
    expect((await w.desk.patch(`/api/leave-slips/${doc.id}`, { department: depB })).status).toBe(403)
    await joins(mover, depB)
    expect((await w.desk.post(`/api/leave-slips/${doc.id}/resubmit`, {})).status).toBe(200)
    expect((await stored(doc.id)).department).toBe(depB)
    expect(await tokensOf(doc.id, 0, 2)).toEqual([headB.id])
  })
})
