/** CARE-13 end to end: the nursing-fee change, with every approval decided by following the e-mailed links. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { approveLink, get, inbox, post } from '../workflow/links'
import type { Peer } from '../workflow/smtp-peer'
import { feeChain, feeChainHolders, feeChainStaff, feeChange, ownElder, type FeeChain } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld({ mail: true, holders: feeChainHolders, staff: feeChainStaff })

let peer: Peer
let chain: FeeChain
let home: FeeChain

beforeAll(async () => {
  chain = await feeChain(w)
  peer = w.mail!.peer
})
// Each test changes the fee or the bed of an elder of its own (3000 a month to begin with), whatever ran before it.
beforeEach(async () => {
  home = await ownElder(w, chain)
})

const deliver = () => w.mail!.deliver()
const fee = async () => (await w.payload.findByID({ collection: 'elders', id: home.elder.id, overrideAccess: true })).nursingFee
const transitions = async (id: number) =>
  (await w.payload.find({
    collection: 'audit-log',
    where: { and: [{ collection: { equals: 'fee-changes' } }, { recordId: { equals: String(id) } }, { action: { equals: 'transition' } }] },
    sort: 'id',
    depth: 0,
    overrideAccess: true,
  })).docs.map((t) => [t.to, t.channel, t.actor])

/** Open the link like the approver would (GET shows the page), then confirm (POST). */
async function decideByMail(email: string, id: number, decision: 'approved' | 'rejected', comment = '') {
  await deliver()
  const link = await approveLink(peer, email, id)
  const page = await get(decision === 'approved' ? link : link.replace('d=approve', 'd=reject'))
  expect(page.status).toBe(200)
  const res = await post(link, decision, comment)
  expect(res.status, res.html).toBe(200)
}

describe('CARE-13 nursing-fee change', () => {
  it('CARE-13 create → e-mail to the supervisor cc the dean and a call task → three approvals by e-mailed links → the fee changes, audited with channel email', async () => {
    const desk = await home.client(home.desk)
    const created = await desk.post('/api/fee-changes', feeChange(home, 3800))
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    await deliver()
    const notice = (await inbox(peer)).findLast((m) => m.subject.includes('护理费用变更:张桂兰') && m.to.includes(home.supervisor.email))!
    expect(notice.cc).toContain(home.dean.email)
    expect(notice.text).toContain('30 分钟')
    const calls = await w.payload.find({ collection: 'call-tasks', where: { relatedId: { equals: String(id) } }, overrideAccess: true, depth: 0 })
    expect(calls.docs.map((c) => c.callee)).toContain(home.supervisor.id)
    // WF-09: nothing sent twice.
    expect(await deliver()).toEqual({ sent: 0, failed: 0 })

    expect(await fee()).toBe(3000)
    await decideByMail(home.supervisor.email, id, 'approved', '评估后同意')
    expect(await fee()).toBe(3000)
    await decideByMail(home.director.email, id, 'approved', 'Agreed')
    await decideByMail(home.dean.email, id, 'approved')
    expect(await fee()).toBe(3800)
    const doc = await w.payload.findByID({ collection: 'fee-changes', id, overrideAccess: true, depth: 0 })
    expect(doc.approvalStatus).toBe('approved')

    expect(await transitions(id)).toEqual([
      ['pending:health-care-supervisor', 'api', home.desk.id],
      ['pending:admin-director', 'email', home.supervisor.id],
      ['pending:dean', 'email', home.director.id],
      ['approved', 'email', home.dean.id],
    ])
    const elderTrail = await w.payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'elders' } }, { recordId: { equals: String(home.elder.id) } }, { action: { equals: 'update' } }] }, overrideAccess: true, depth: 0 })
    expect(elderTrail.docs.at(-1)?.channel).toBe('email')
    expect(elderTrail.docs.at(-1)?.changes).toMatchObject({ nursingFee: { from: 3000, to: 3800 } })

    // The cashier gets the approved copy the same day; every mail went out exactly once.
    await deliver()
    const mails = await inbox(peer)
    expect(mails.some((m) => m.to.includes(home.cashier.email) && m.subject.includes('已批准'))).toBe(true)
    const ids = peer.received.map((r) => r.raw.match(/X-Outbox-Id: (\d+)/i)?.[1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('CARE-13 the same flow with a rejection at the second step: the chain ends, the fee stays, the author is told why', async () => {
    const before = await fee()
    const desk = await home.client(home.desk)
    const id = (await desk.post('/api/fee-changes', feeChange(home, 5000))).body.doc.id as number
    await decideByMail(home.supervisor.email, id, 'approved')
    await decideByMail(home.director.email, id, 'rejected', 'The increase needs a new assessment')
    const doc = await w.payload.findByID({ collection: 'fee-changes', id, overrideAccess: true, depth: 0 })
    expect([doc.approvalStatus, doc.returnReason]).toEqual(['rejected', 'The increase needs a new assessment'])
    expect(await fee()).toBe(before)
    expect((await transitions(id)).slice(1)).toEqual([
      ['pending:admin-director', 'email', home.supervisor.id],
      ['rejected', 'email', home.director.id],
    ])
    await deliver()
    const toAuthor = (await inbox(peer)).find((m) => m.to.includes(home.desk.email) && m.text.includes('The increase needs a new assessment'))
    expect(toAuthor?.subject).toContain('已驳回')
    // The dean is never asked.
    // (This fee change's mails: a bed change of the same number is another form.)
    const thisForm = new RegExp(`(护理费用变更书|護理費用變更書|Nursing-fee change) #${id}(?!\\d)`)
    expect((await inbox(peer)).some((m) => m.to.includes(home.director.email) && thisForm.test(m.text) && /\/approve\//.test(m.text))).toBe(true)
    expect((await inbox(peer)).some((m) => m.to.includes(home.dean.email) && thisForm.test(m.text) && /\/approve\//.test(m.text))).toBe(false)
  })

  it('CARE-13 nobody can set the nursing fee directly', async () => {
    const admin = await home.client(home.desk)
    const res = await admin.patch(`/api/elders/${home.elder.id}`, { nursingFee: 1 })
    expect(res.status).toBe(403)
    expect(await fee()).not.toBe(1)
  })
})

describe('CARE-14 bed change', () => {
  it('CARE-14 on approval the elder moves bed and the old bed is freed', async () => {
    const { payload } = w
    const site = home.site.id
    const building = await payload.create({ collection: 'buildings', data: { name: '1号楼', site } as never })
    const bed = (room: string) => payload.create({ collection: 'beds', data: { building: building.id, floor: 1, room, bedNo: '1', site } as never })
    const from = await bed('101')
    const to = await bed('102')
    await payload.update({ collection: 'beds', id: from.id, data: { status: 'occupied', elder: home.elder.id } as never, overrideAccess: true })
    await payload.update({ collection: 'elders', id: home.elder.id, data: { bed: from.id } as never, overrideAccess: true })
    const desk = await home.client(home.desk)
    const res = await desk.post('/api/bed-changes', { site, elder: home.elder.id, toBed: to.id, reason: '需要靠近护士站' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id as number
    expect(res.body.doc.fromBed.id ?? res.body.doc.fromBed).toBe(from.id)
    for (const who of [home.supervisor, home.director, home.dean]) {
      await deliver()
      const link = await approveLink(peer, who.email, id)
      expect((await post(link, 'approved')).status).toBe(200)
    }
    const elder = await payload.findByID({ collection: 'elders', id: home.elder.id, overrideAccess: true, depth: 0 })
    expect(elder.bed).toBe(to.id)
    const [oldBed, newBed] = await Promise.all([from, to].map((b) => payload.findByID({ collection: 'beds', id: b.id, overrideAccess: true, depth: 0 })))
    expect([oldBed.status, oldBed.elder ?? null]).toEqual(['free', null])
    expect([newBed.status, newBed.elder]).toEqual(['occupied', home.elder.id])
  })
})
