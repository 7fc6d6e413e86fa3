/**
 * Issue 11 item 4: approvers see what they decide — the value now beside the value asked for (declared
 * by the form's `approval.compare`), and every earlier signature with its comment — in the inbox's data
 * (WF-07), the approval e-mail received by a real SMTP peer (WF-06) and the phone page behind its link.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { waitingFor } from '../../src/admin/workflow/data'
import { approveLink, get, inbox, post } from './links'
import { feeChain, feeChainHolders, feeChainStaff, feeChange, makeElder, type FeeChain } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld({ mail: true, holders: feeChainHolders, staff: feeChainStaff })

let home: FeeChain

beforeAll(async () => {
  home = await feeChain(w)
})

const deliver = () => w.mail!.deliver()
const userOf = (id: number) => w.payload.findByID({ collection: 'staff', id, depth: 0, overrideAccess: true })
/** The newest approval mail to `email` about record `id`. */
const mailTo = async (email: string, id: number) => (await inbox(w.mail!.peer)).filter((m) => m.to.includes(email) && /\/approve\//.test(m.text) && m.text.includes(`#${id}`)).at(-1)!

/** A fee change of a fresh elder paying `fee` now, asking for `asked`; the mails delivered. */
async function feeChangeOf(name: string, fee: number, asked: number) {
  const elder = await makeElder(w.payload, home.site.id, name, { nursingFee: fee })
  const desk = await home.client(home.desk)
  const res = await desk.post('/api/fee-changes', { ...feeChange({ site: home.site, elder }, asked) })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  await deliver()
  return { id: res.body.doc.id as number, elder }
}

describe('Issue 11 item 4: approvers see what they decide', () => {
  it('WF-05 WF-06 WF-07 Issue 11 item 4 the first approver sees the current fee beside the new one and that nobody signed before', async () => {
    const { id } = await feeChangeOf('周玉兰', 2800, 3500)
    const mail = await mailTo(home.supervisor.email, id)
    expect(mail.text).toContain('护理费(元/月): 现在 2800 → 变更为 3500')
    expect(mail.text).toContain('您是第一位审批人')
    expect(mail.html).toMatch(/data-compare[\s\S]*2800[\s\S]*3500/)
    const page = await get(await approveLink(w.mail!.peer, home.supervisor.email, id))
    expect(page.status).toBe(200)
    expect(page.html).toMatch(/变更前后对照[\s\S]*<th>护理费\(元\/月\)<\/th><td>2800<\/td><td class="changed">3500<\/td>/)
    expect(page.html).toContain('您是第一位审批人')
    const [waiting] = (await waitingFor(w.payload, (await userOf(home.supervisor.id)) as never)).filter((x) => x.id === id)
    expect(waiting.compare).toEqual([{ label: '护理费(元/月)', current: '2800', next: '3500', changed: true }])
    expect(waiting.signatures).toEqual([])
  })

  it('WF-05 WF-06 WF-07 Issue 11 item 4 later approvers see every earlier signature with its comment, in their own language', async () => {
    const { id } = await feeChangeOf('孙桂芝', 3000, 3900)
    expect((await post(await approveLink(w.mail!.peer, home.supervisor.email, id), 'approved', '失能等级已复评,同意')).status).toBe(200)
    await deliver()
    // The admin director reads English: the comparison and the supervisor's signature, comment as written.
    const toDirector = await mailTo(home.director.email, id)
    expect(toDirector.text).toContain('Nursing fee (元/month): Now 3000 → Asked for 3900')
    expect(toDirector.text).toMatch(/Earlier signatures:\n {2}Health-care supervisor 赵敏 · Approved · [^\n]*\d{2}:\d{2}: 失能等级已复评,同意/)
    expect(toDirector.html).toMatch(/data-signatures[\s\S]*赵敏[\s\S]*失能等级已复评,同意/)
    expect((await post(await approveLink(w.mail!.peer, home.director.email, id), 'approved', 'Budget OK')).status).toBe(200)
    await deliver()
    // The dean sees both signatures in order, on the mail, the page and the inbox.
    const toDean = await mailTo(home.dean.email, id)
    expect(toDean.text).toMatch(/赵敏 · 同意 · [^\n]*: 失能等级已复评,同意\n[^\n]*Liu Xiaomei · 同意 · [^\n]*: Budget OK/)
    const page = await get(await approveLink(w.mail!.peer, home.dean.email, id))
    expect(page.html).toMatch(/此前的签批[\s\S]*<li>[^<]*赵敏 · 同意[^<]*失能等级已复评,同意<\/li><li>[^<]*Liu Xiaomei · 同意[^<]*Budget OK<\/li>/)
    const [waiting] = (await waitingFor(w.payload, (await userOf(home.dean.id)) as never)).filter((x) => x.id === id)
    expect(waiting.signatures.map((s) => [s.signer, s.decision, s.decisionLabel, s.comment])).toEqual([
      ['赵敏', 'approved', '同意', '失能等级已复评,同意'],
      ['Liu Xiaomei', 'approved', '同意', 'Budget OK'],
    ])
    expect(waiting.signatures[0].position).toBe(
      (await w.payload.find({ collection: 'positions', where: { slug: { equals: 'health-care-supervisor' } }, overrideAccess: true })).docs[0].name,
    )
    // Times in the site's zone, 24-hour.
    expect(waiting.signatures[0].at).toMatch(/\d{1,2}:\d{2}$/)
    expect(waiting.signatures[0].at).not.toMatch(/[上下]午|AM|PM/)
  })

  it('WF-05 WF-07 Issue 11 item 4 the current value is read as it is now, not as it was when the form was filled', async () => {
    const { id, elder } = await feeChangeOf('吴秀珍', 2500, 3200)
    await w.payload.update({ collection: 'elders', id: elder.id, data: { nursingFee: 2600 } as never, overrideAccess: true })
    const [waiting] = (await waitingFor(w.payload, (await userOf(home.supervisor.id)) as never)).filter((x) => x.id === id)
    expect(waiting.compare.map((c) => [c.current, c.next])).toEqual([['2600', '3200']])
  })

  it('WF-05 WF-06 Issue 11 item 4 after a rejection and resubmission the first approver sees the earlier round with its reason', async () => {
    const { id } = await feeChangeOf('郑淑华', 3000, 4500)
    expect((await post(await approveLink(w.mail!.peer, home.supervisor.email, id), 'rejected', '涨幅过大,请先做评估')).status).toBe(200)
    const desk = await home.client(home.desk)
    expect((await desk.post(`/api/fee-changes/${id}/resubmit`, {})).status).toBe(200)
    await deliver()
    const mail = await mailTo(home.supervisor.email, id)
    expect(mail.text).toMatch(/第 1 轮 · [^\n]*赵敏 · 驳回 · [^\n]*: 涨幅过大,请先做评估/)
  })

  it('WF-05 WF-07 Issue 11 item 4 a bed change shows the elder\'s bed now beside the bed asked for', async () => {
    const [fromId, toId] = [w.beds[0], w.beds[3]]
    const elder = await makeElder(w.payload, home.site.id, '冯桂英')
    await w.payload.update({ collection: 'beds', id: fromId, data: { status: 'occupied', elder: elder.id } as never, overrideAccess: true })
    await w.payload.update({ collection: 'elders', id: elder.id, data: { bed: fromId } as never, overrideAccess: true })
    const [from, to] = await Promise.all([fromId, toId].map((id) => w.payload.findByID({ collection: 'beds', id, depth: 0, overrideAccess: true })))
    const desk = await home.client(home.desk)
    const res = await desk.post('/api/bed-changes', { site: home.site.id, elder: elder.id, toBed: toId, reason: '需要靠近护士站' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    await deliver()
    const [waiting] = (await waitingFor(w.payload, (await userOf(home.supervisor.id)) as never)).filter((x) => x.slug === 'bed-changes' && x.id === res.body.doc.id)
    // Each bed by its title (building, room and bed), the one now and the one asked for.
    expect(waiting.compare).toEqual([{ label: '床位', current: expect.stringContaining(String(from.code)), next: expect.stringContaining(String(to.code)), changed: true }])
    const page = await get(await approveLink(w.mail!.peer, home.supervisor.email, res.body.doc.id))
    expect(page.html).toContain(`<th>床位</th><td>${waiting.compare[0].current}</td><td class="changed">${waiting.compare[0].next}</td>`)
  })
})
