import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { makeStaff } from '../helpers/people'
import { feeChain, feeChainHolders, feeChainStaff, feeChange, ownElder, type FeeChain } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: feeChainHolders, staff: feeChainStaff })

let chain: FeeChain
let home: FeeChain

beforeAll(async () => {
  chain = await feeChain(w)
})
// Each test changes the fee of an elder of its own (3000 a month to begin with), whatever ran before it.
beforeEach(async () => {
  home = await ownElder(w, chain)
})

const form = (id: number) => w.payload.findByID({ collection: 'fee-changes', id, depth: 0, overrideAccess: true })
const signatures = (id: number) =>
  w.payload.find({ collection: 'approvals', where: { recordId: { equals: String(id) } }, sort: 'id', depth: 0, overrideAccess: true }).then((r) => r.docs)

describe('WF-05 approval chains', () => {
  it('WF-05 a new form goes to the first position of its chain', async () => {
    const desk = await home.client(home.desk)
    const res = await desk.post('/api/fee-changes', feeChange(home))
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.approvalStatus).toBe('pending')
    expect(doc.approvalPosition).toBe('health-care-supervisor')
    expect(doc.submittedBy.id ?? doc.submittedBy).toBe(home.desk.id)
    expect(doc.currentFee).toBe(3000)
    // Both holders of the position are asked.
    const asked = await w.payload.find({ collection: 'approval-tokens', where: { recordId: { equals: String(doc.id) } }, overrideAccess: true, depth: 0 })
    expect(asked.docs.map((t) => t.approver).sort()).toEqual([home.supervisor.id, home.supervisor2.id].sort())
  })

  it('WF-05 a client cannot set the approval state through REST or GraphQL, nor edit a pending form', async () => {
    const desk = await home.client(home.desk)
    const { body } = await desk.post('/api/fee-changes', feeChange(home))
    const id = body.doc.id
    const forced = await desk.patch(`/api/fee-changes/${id}`, { approvalStatus: 'approved' })
    expect(forced.status).toBe(403)
    expect(JSON.stringify(forced.body)).toMatch(/審批狀態|审批状态/)
    const edited = await desk.patch(`/api/fee-changes/${id}`, { newFee: 1 })
    expect(edited.status).toBe(409)
    expect(JSON.stringify(edited.body)).toMatch(/撤回/)
    const created = await desk.post('/api/fee-changes', { ...feeChange(home), approvalStatus: 'approved' })
    expect(created.status).toBe(403)
    const gql = await desk.post('/api/graphql', { query: `mutation { updateFeeChange(id: ${id}, data: { approvalStatus: approved }) { id approvalStatus } }` })
    expect(JSON.stringify(gql.body)).toMatch(/審批狀態|审批状态/)
    const del = await desk.delete(`/api/fee-changes/${id}`)
    expect(del.status).toBeGreaterThanOrEqual(400)
    expect(del.status).toBeLessThan(500)
    const still = await form(id)
    expect(still.approvalStatus).toBe('pending')
    expect(still.newFee).toBe(3600)
  })

  it('WF-05 each signature is a record and the chain runs in order; on approval the fee changes (CARE-13)', async () => {
    const desk = await home.client(home.desk)
    const { body } = await desk.post('/api/fee-changes', feeChange(home, 4200))
    const id = body.doc.id
    // The dean cannot sign before it is their turn.
    const early = await (await home.client(home.dean)).post(`/api/fee-changes/${id}/decide`, { decision: 'approved' })
    expect(early.status).toBe(403)
    expect((await signatures(id))).toHaveLength(0)
    for (const who of [home.supervisor2, home.director, home.dean]) {
      const res = await (await home.client(who)).post(`/api/fee-changes/${id}/decide`, { decision: 'approved', comment: `同意 ${who.name}` })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
    const sigs = await signatures(id)
    expect(sigs.map((s) => [s.signer, s.step, s.decision, s.channel])).toEqual([
      [home.supervisor2.id, 0, 'approved', 'api'],
      [home.director.id, 1, 'approved', 'api'],
      [home.dean.id, 2, 'approved', 'api'],
    ])
    expect(sigs[0].comment).toBe(`同意 ${home.supervisor2.name}`)
    expect((await form(id)).approvalStatus).toBe('approved')
    const elder = await w.payload.findByID({ collection: 'elders', id: home.elder.id, overrideAccess: true })
    expect(elder.nursingFee).toBe(4200)
    // An approved form is final.
    expect((await desk.patch(`/api/fee-changes/${id}`, { newFee: 1 })).status).toBe(409)
  })

  it('WF-05 two holders deciding the same step at once: exactly one wins', async () => {
    const desk = await home.client(home.desk)
    const { body } = await desk.post('/api/fee-changes', feeChange(home))
    const id = body.doc.id
    const [a, b] = await Promise.all([home.client(home.supervisor), home.client(home.supervisor2)])
    const results = await Promise.all([
      a.post(`/api/fee-changes/${id}/decide`, { decision: 'approved', round: 1, step: 0 }),
      b.post(`/api/fee-changes/${id}/decide`, { decision: 'rejected', comment: '不同意', round: 1, step: 0 }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const loser = results.find((r) => r.status === 409)!
    expect(JSON.stringify(loser.body)).toMatch(/已經由|已经由/)
    expect(await signatures(id)).toHaveLength(1)
    const doc = await form(id)
    const winner = (await signatures(id))[0]
    if (winner.decision === 'approved') expect(doc.approvalPosition).toBe('admin-director')
    else expect(doc.approvalStatus).toBe('rejected')
  })

  it('WF-05 rejection ends the chain and returns the form to its author with the reason; the author edits and resubmits', async () => {
    const desk = await home.client(home.desk)
    const { body } = await desk.post('/api/fee-changes', feeChange(home))
    const id = body.doc.id
    const supervisor = await home.client(home.supervisor)
    const noReason = await supervisor.post(`/api/fee-changes/${id}/decide`, { decision: 'rejected' })
    expect(noReason.status).toBe(400)
    const res = await supervisor.post(`/api/fee-changes/${id}/decide`, { decision: 'rejected', comment: '请先做护理评估' })
    expect(res.status).toBe(200)
    const doc = await form(id)
    expect(doc.approvalStatus).toBe('rejected')
    expect(doc.returnReason).toBe('请先做护理评估')
    const told = await w.payload.find({ collection: 'message-receipts', where: { recipient: { equals: home.desk.id } }, overrideAccess: true })
    expect(told.docs.some((r) => String(r.title).includes('已驳回'))).toBe(true)
    // Returned to the author: editable now, and back into the chain from the first position.
    expect((await desk.patch(`/api/fee-changes/${id}`, { newFee: 3300 })).status).toBe(200)
    const again = await desk.post(`/api/fee-changes/${id}/resubmit`, {})
    expect(again.status).toBe(200)
    const resubmitted = await form(id)
    expect([resubmitted.approvalStatus, resubmitted.approvalRound, resubmitted.approvalPosition]).toEqual(['pending', 2, 'health-care-supervisor'])
    expect((await supervisor.post(`/api/fee-changes/${id}/decide`, { decision: 'approved' })).status).toBe(200)
  })

  it('WF-05 the author can withdraw a pending form; others cannot', async () => {
    const desk = await home.client(home.desk)
    const { body } = await desk.post('/api/fee-changes', feeChange(home))
    const id = body.doc.id
    const other = await home.client(home.cashier)
    expect((await other.post(`/api/fee-changes/${id}/withdraw`, {})).status).toBe(403)
    const res = await desk.post(`/api/fee-changes/${id}/withdraw`, {})
    expect(res.status).toBe(200)
    expect((await form(id)).approvalStatus).toBe('withdrawn')
    expect((await (await home.client(home.supervisor)).post(`/api/fee-changes/${id}/decide`, { decision: 'approved' })).status).toBe(409)
    const trail = await w.payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'fee-changes' } }, { recordId: { equals: String(id) } }, { action: { equals: 'transition' } }] }, overrideAccess: true, sort: 'id' })
    expect(trail.docs.map((t) => t.to)).toEqual(['pending:health-care-supervisor', 'withdrawn'])
  })

  it('WF-05 a position with no holder at the site stops submission, naming the position', async () => {
    const { payload, positions } = w
    const lonely = await feeChain(w, 'other')
    await payload.update({ collection: 'staff', id: lonely.dean.id, data: { positions: [positions.get('cashier')!] } })
    const desk = await lonely.client(lonely.desk)
    const res = await desk.post('/api/fee-changes', feeChange(lonely))
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toContain('院长')
    const en = await makeStaff(payload, { sites: [lonely.site.id], language: 'en' })
    const enRes = await (await lonely.client(en as never)).post('/api/fee-changes', feeChange(lonely))
    expect(JSON.stringify(enRes.body)).toContain('Dean')
    expect((await payload.count({ collection: 'fee-changes', where: { site: { equals: lonely.site.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
