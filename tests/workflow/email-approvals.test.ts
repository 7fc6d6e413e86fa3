import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { hashToken } from '../../hooks/approval/tokens'
import { approveLink, get, post, tokenOf } from './links'
import type { Peer } from './smtp-peer'
import { feeChain, feeChainHolders, feeChainStaff, feeChange, type FeeChain } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld({ mail: true, holders: feeChainHolders, staff: feeChainStaff })

let peer: Peer
let home: FeeChain

beforeAll(async () => {
  home = await feeChain(w)
  peer = w.mail!.peer
})

const deliver = () => w.mail!.deliver()
const form = (id: number) => w.payload.findByID({ collection: 'fee-changes', id, depth: 0, overrideAccess: true })
const signatureCount = async (id: number) =>
  (await w.payload.count({ collection: 'approvals', where: { recordId: { equals: String(id) } }, overrideAccess: true })).totalDocs
const storedToken = async (link: string) =>
  (await w.payload.find({ collection: 'approval-tokens', where: { hash: { equals: hashToken(tokenOf(link)) } }, overrideAccess: true, depth: 0 })).docs[0]

/** A fresh fee change, mailed; returns its id and the supervisor's Approve link. */
async function submitted() {
  const desk = await home.client(home.desk)
  const { body } = await desk.post('/api/fee-changes', feeChange(home))
  await deliver()
  return { id: body.doc.id as number, link: await approveLink(peer, home.supervisor.email, body.doc.id) }
}

/** Nothing about the form moved: same state, no signature, link unused. */
async function unchanged(id: number, link: string, before: { approvalStatus?: unknown; approvalStep?: unknown; approvalRound?: unknown }) {
  const now = await form(id)
  expect([now.approvalStatus, now.approvalStep, now.approvalRound]).toEqual([before.approvalStatus, before.approvalStep, before.approvalRound])
  expect(await signatureCount(id)).toBe(0)
  expect((await storedToken(link))?.usedAt ?? null).toBeNull()
}

describe('WF-06 e-mail approvals', () => {
  let id: number
  let link: string
  beforeEach(async () => {
    ;({ id, link } = await submitted())
  })

  it('WF-06 the e-mail carries the summary and Approve / Reject links; the token is stored only hashed', async () => {
    const token = tokenOf(link)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    const stored = await storedToken(link)
    expect(stored.hash).toBe(hashToken(token))
    expect(JSON.stringify(stored)).not.toContain(token)
    const days = (new Date(stored.expiresAt as string).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    expect(days).toBeLessThanOrEqual(7)
  })

  it('WF-06 GET shows the confirmation page with the summary and a comment box, and changes nothing', async () => {
    const before = await form(id)
    for (let i = 0; i < 3; i++) {
      const page = await get(link)
      expect(page.status).toBe(200)
      expect(page.html).toContain('张桂兰')
      expect(page.html).toContain('3600')
      expect(page.html).toContain('<textarea')
      expect(page.html).toContain('name="viewport"')
      expect(page.html).toContain('确认同意')
    }
    await unchanged(id, link, before)
  })

  it('WF-06 POST decides, through the e-mail channel', async () => {
    const res = await post(link, 'approved', '同意调整')
    expect(res.status).toBe(200)
    expect(res.html).toContain('已同意')
    const doc = await form(id)
    expect(doc.approvalPosition).toBe('admin-director')
    const sig = (await w.payload.find({ collection: 'approvals', where: { recordId: { equals: String(id) } }, overrideAccess: true, depth: 0 })).docs
    expect(sig.map((s) => [s.signer, s.decision, s.channel, s.comment])).toEqual([[home.supervisor.id, 'approved', 'email', '同意调整']])
    expect((await storedToken(link)).usedAt).toBeTruthy()
  })

  it('WF-06 a reused link shows a clear page and changes nothing', async () => {
    expect((await post(link, 'approved')).status).toBe(200)
    const before = await form(id)
    const again = await post(link, 'rejected', '改主意了')
    expect(again.status).toBe(410)
    expect(again.html).toContain('已经使用过')
    expect((await get(link)).status).toBe(410)
    const after = await form(id)
    expect([after.approvalStatus, after.approvalStep]).toEqual([before.approvalStatus, before.approvalStep])
    expect(await signatureCount(id)).toBe(1)
  })

  it('WF-06 an expired link shows a clear page and changes nothing', async () => {
    const before = await form(id)
    const stored = await storedToken(link)
    await w.payload.update({ collection: 'approval-tokens', id: stored.id, data: { expiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    const page = await get(link)
    expect(page.status).toBe(410)
    expect(page.html).toContain('已过期')
    expect((await post(link, 'approved')).status).toBe(410)
    await unchanged(id, link, before)
  })

  it('WF-06 a tampered link shows a clear page and changes nothing', async () => {
    const before = await form(id)
    const token = tokenOf(link)
    const tampered = link.replace(token, (token[0] === 'A' ? 'B' : 'A') + token.slice(1))
    const page = await get(tampered)
    expect(page.status).toBe(404)
    expect(page.html).toContain('无效')
    expect((await post(tampered, 'approved')).status).toBe(404)
    expect((await post(link.replace(token, token.slice(0, 20)), 'approved')).status).toBe(404)
    await unchanged(id, link, before)
  })

  it("WF-06 another approver's link: refused when someone else is signed in, and refused once the step is decided", async () => {
    const before = await form(id)
    const director = await home.client(home.director)
    const asOther = await post(link, 'approved', '', { authorization: `JWT ${director.token}` })
    expect(asOther.status).toBe(403)
    expect(asOther.html).toContain(home.supervisor.name)
    await unchanged(id, link, before)
    // The second holder of the position got their own link; once the first decides, it is dead.
    const second = await approveLink(peer, home.supervisor2.email, id)
    expect((await post(link, 'approved')).status).toBe(200)
    const late = await post(second, 'rejected', '不同意')
    expect(late.status).toBe(409)
    expect(late.html).toContain('已經由 赵敏')
    expect((await get(second)).status).toBe(409)
    expect(await signatureCount(id)).toBe(1)
    expect((await form(id)).approvalPosition).toBe('admin-director')
  })

  it('WF-06 a link to a record edited after the mail shows a clear page and changes nothing', async () => {
    await w.payload.update({ collection: 'fee-changes', id, data: { newFee: 3900 }, overrideAccess: true })
    const before = await form(id)
    expect(before.approvalVersion).toBe(2)
    const page = await get(link)
    expect(page.status).toBe(409)
    expect(page.html).toContain('已被修改')
    expect((await post(link, 'approved')).status).toBe(409)
    await unchanged(id, link, before)
  })

  it('WF-06 after withdraw, edit and resubmit, the first round’s links are dead and the new ones work', async () => {
    const desk = await home.client(home.desk)
    expect((await desk.post(`/api/fee-changes/${id}/withdraw`, {})).status).toBe(200)
    expect((await get(link)).status).toBe(409)
    expect((await desk.patch(`/api/fee-changes/${id}`, { newFee: 3700 })).status).toBe(200)
    expect((await desk.post(`/api/fee-changes/${id}/resubmit`, {})).status).toBe(200)
    await deliver()
    const old = await post(link, 'approved')
    expect(old.status).toBe(409)
    expect(await signatureCount(id)).toBe(0)
    const fresh = await approveLink(peer, home.supervisor.email, id)
    expect(fresh).not.toBe(link)
    expect((await post(fresh, 'approved')).status).toBe(200)
  })

  it('WF-06 bad input gets a 4xx page and the link stays usable', async () => {
    const before = await form(id)
    expect((await post(link, 'maybe')).status).toBe(400)
    const noReason = await post(link, 'rejected', '  ')
    expect(noReason.status).toBe(400)
    expect(noReason.html).toContain('原因')
    await unchanged(id, link, before)
    expect((await post(link, 'rejected', '请补充评估报告')).status).toBe(200)
  })

  it('WF-06 the pages are in the approver’s language', async () => {
    expect((await post(link, 'approved')).status).toBe(200)
    await deliver()
    const en = await approveLink(peer, home.director.email, id)
    const page = await get(en)
    expect(page.status).toBe(200)
    expect(page.html).toContain('<html lang="en">')
    expect(page.html).toContain('Confirm your decision')
    expect(page.html).toContain('New fee')
    const tw = await get(await approveLink(peer, home.supervisor2.email, (await submitted()).id))
    expect(tw.html).toContain('確認同意')
    expect(tw.html).toContain('新護理費')
  })
})
