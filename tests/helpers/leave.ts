/** OFFICE-10 / WF-05 leave-slip helpers for the approval tests: departments, slips, and who is named where. */
import { expect } from 'vitest'
import { waitingFor } from '../../src/admin/workflow/data'
import type { HomeUser } from '../../src/admin/home/data'
import { inbox } from '../workflow/links'
import type { Person, World } from './world'

export type StoredSlip = { approvalStatus: string; approvalPosition: string | null; approvalStep: number; approvalRound: number; approvalVersion: number; department: number | null }

export function leaveSlips(w: World) {
  const department = async (name: string, headStaff?: number, site = w.site) =>
    (await w.payload.create({ collection: 'departments', data: { name, site, head: w.positions.get('department-head'), headStaff } as never, overrideAccess: true })).id as number
  const joins = (person: Person, dep: number) => w.payload.update({ collection: 'staff', id: person.id, data: { department: dep } as never, overrideAccess: true })
  const slip = async (person: Person, fromDay = '2026-12-07', toDay = '2026-12-08') => {
    const res = await w.desk.post('/api/leave-slips', { site: w.site, person: person.id, kind: 'personal', fromDay, toDay, reason: '家中有事' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = res.body.doc as { id: number; department: unknown; approvalPosition: string }
    return { ...doc, department: doc.department && typeof doc.department === 'object' ? (doc.department as { id: number }).id : (doc.department as number | null) }
  }
  /** Who got an approval e-mail about this slip (its title is 请假条 #id). */
  const mailedAbout = async (id: number) =>
    (await inbox(w.mail!.peer)).filter((m) => /\/approve\//.test(m.text) && new RegExp(`#${id}(?!\\d)`).test(m.text)).map((m) => m.to)
  /** Whom the engine issued a link for, per step (and round, when given). */
  const tokensOf = async (id: number, step: number, round?: number) =>
    (
      await w.payload.find({
        collection: 'approval-tokens',
        where: { and: [{ form: { equals: 'leave-slips' } }, { recordId: { equals: String(id) } }, { step: { equals: step } }, ...(round == null ? [] : [{ round: { equals: round } }])] },
        depth: 0,
        overrideAccess: true,
      })
    ).docs
      .map((t) => Number(t.approver))
      .sort((a, b) => a - b)
  const userOf = async (person: Person) => (await w.payload.findByID({ collection: 'staff', id: person.id, depth: 0, overrideAccess: true })) as unknown as HomeUser
  const inboxOf = async (person: Person) => (await waitingFor(w.payload, (await userOf(person)) as never, 50, false)).filter((x) => x.slug === 'leave-slips').map((x) => x.id)
  const barActions = async (person: Person, id: number) => {
    const res = await (await w.as(person)).get(`/api/leave-slips/${id}/workflow`)
    expect(res.status).toBe(200)
    return ((res.body.actions ?? []) as { key: string }[]).map((a) => a.key)
  }
  const decide = async (person: Person, id: number, decision = 'approved', comment = '同意') => (await w.as(person)).post(`/api/leave-slips/${id}/decide`, { decision, comment })
  const stored = (id: number) => w.payload.findByID({ collection: 'leave-slips', id, depth: 0, overrideAccess: true }) as unknown as Promise<StoredSlip>
  const signers = async (id: number) =>
    (await w.payload.find({ collection: 'approvals', where: { and: [{ form: { equals: 'leave-slips' } }, { recordId: { equals: String(id) } }] }, sort: 'createdAt', depth: 0, overrideAccess: true })).docs.map((s) => [Number(s.signer), s.step, s.decision])
  return { department, joins, slip, mailedAbout, tokensOf, userOf, inboxOf, barActions, decide, stored, signers }
}
