import { beforeAll, describe, expect, it } from 'vitest'
import { publishedBy, unreadCount, waitingFor } from '../../src/admin/workflow/data'
import { sendMessage } from '../../hooks/notify/messages'
import { feeChain, feeChainHolders, feeChainStaff, feeChange, type FeeChain } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: feeChainHolders, staff: feeChainStaff })

let home: FeeChain
let other: FeeChain

beforeAll(async () => {
  home = await feeChain(w)
  other = await feeChain(w, 'other')
})

const userOf = (id: number) => w.payload.findByID({ collection: 'staff', id, depth: 0, overrideAccess: true })

describe('WF-07 approval inbox', () => {
  it('WF-07 each approver sees the forms waiting for them at their sites, with the summary', async () => {
    // A home of its own: what other tests left waiting at `site` is not in these inboxes.
    const home = await feeChain(w, await w.freshSite())
    const desk = await home.client(home.desk)
    const id = (await desk.post('/api/fee-changes', feeChange(home, 4100))).body.doc.id
    await (await other.client(other.desk)).post('/api/fee-changes', feeChange(other))
    const mine = await waitingFor(w.payload, (await userOf(home.supervisor.id)) as never)
    expect(mine.map((w) => [w.slug, w.id])).toEqual([['fee-changes', id]])
    expect(mine[0].rows.find((r) => r.label === '新护理费(元/月)')?.value).toBe('4100')
    expect(await waitingFor(w.payload, (await userOf(home.director.id)) as never)).toEqual([])
    expect(await waitingFor(w.payload, null)).toEqual([])
  })

  it('WF-07 deciding from the inbox: a form post from the admin panel decides and returns to the inbox', async () => {
    const desk = await home.client(home.desk)
    const id = (await desk.post('/api/fee-changes', feeChange(home))).body.doc.id
    const supervisor = await home.client(home.supervisor)
    const form = (body: Record<string, string>) =>
      fetch(`${w.url}/api/fee-changes/${id}/decide`, {
        method: 'POST',
        redirect: 'manual',
        headers: { authorization: `JWT ${supervisor.token}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(body).toString(),
      })
    const bad = await form({ decision: 'rejected', comment: '', round: '1', step: '0' })
    expect(bad.status).toBe(303)
    expect(decodeURIComponent(bad.headers.get('location')!)).toMatch(/\/admin\/approvals\?error=.*原因/)
    const ok = await form({ decision: 'approved', comment: '同意', round: '1', step: '0' })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe('/admin/approvals?done=1')
    const doc = await w.payload.findByID({ collection: 'fee-changes', id, overrideAccess: true })
    expect(doc.approvalPosition).toBe('admin-director')
    const sig = await w.payload.find({ collection: 'approvals', where: { recordId: { equals: String(id) } }, overrideAccess: true, depth: 0 })
    expect(sig.docs.map((s) => [s.signer, s.channel])).toEqual([[home.supervisor.id, 'api']])
    expect((await waitingFor(w.payload, (await userOf(home.director.id)) as never)).map((w) => w.id)).toContain(id)
  })
})

describe('WF-02 published tasks view and WF-01 unread count', () => {
  it('WF-02 the published-tasks view lists my messages with who has not confirmed; WF-01 the unread count follows', async () => {
    const { payload } = w
    const before = await unreadCount(payload, (await userOf(home.cashier.id)) as never)
    const sent = await sendMessage(payload, { site: home.site.id, title: '盘点库房', to: [{ staff: home.cashier.id }, { staff: home.dean.id }], from: home.director.id })
    expect(await unreadCount(payload, (await userOf(home.cashier.id)) as never)).toBe(before + 1)
    const receipt = (await payload.find({ collection: 'message-receipts', where: { and: [{ message: { equals: sent.messages[0].id } }, { recipient: { equals: home.cashier.id } }] }, overrideAccess: true })).docs[0]
    await payload.update({ collection: 'message-receipts', id: receipt.id, data: { state: 'confirmed' }, overrideAccess: true })
    expect(await unreadCount(payload, (await userOf(home.cashier.id)) as never)).toBe(before)
    const published = await publishedBy(payload, (await userOf(home.director.id)) as never)
    expect(published.find((p) => p.id === sent.messages[0].id)).toMatchObject({ title: '盘点库房', recipients: 2, pending: ['王建国'] })
    expect(await publishedBy(payload, (await userOf(home.cashier.id)) as never)).toEqual([])
  })
})
