/** WF-06 in a real browser: the approver opens the e-mailed link in Chromium on a phone-sized screen, reads, approves. */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverOutbox } from '../../src/lib/mail'
import { launchBrowser } from '../e2e/harness'
import { approveLink } from './links'
import type { Peer } from './smtp-peer'
import { feeChain, feeChainHolders, feeChainStaff, feeChange, type FeeChain } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld({ mail: true, holders: feeChainHolders, staff: feeChainStaff })

let peer: Peer
let home: FeeChain
let browser: Browser

beforeAll(async () => {
  home = await feeChain(w)
  peer = w.mail!.peer
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('WF-06 approval link in a browser', () => {
  it('WF-06 an approver opens the link in Chromium on a phone, reads the summary, approves', async () => {
    const desk = await home.client(home.desk)
    const id = (await desk.post('/api/fee-changes', feeChange(home, 3500))).body.doc.id as number
    await deliverOutbox(w.payload, { smtpUrl: peer.url })
    const link = await approveLink(peer, home.supervisor.email, id)

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' })
    const page = await context.newPage()
    const response = await page.goto(link)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toContain('请确认您的审批')
    const summary = (await page.locator('table').allInnerTexts()).join('\n') // the record, and the fee now against the fee asked for
    expect(summary).toContain('张桂兰')
    expect(summary).toContain('3500')
    // Fits the phone screen: no sideways scrolling, buttons big enough to tap.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    const box = await page.locator('button.approve').boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
    // Opening the page changed nothing.
    expect((await w.payload.findByID({ collection: 'fee-changes', id, overrideAccess: true })).approvalStep).toBe(0)

    await page.fill('textarea[name=comment]', '已电话核实,同意')
    await Promise.all([page.waitForNavigation(), page.click('button.approve')])
    await expect(page.locator('h1').textContent()).resolves.toContain('已同意')
    const doc = await w.payload.findByID({ collection: 'fee-changes', id, overrideAccess: true, depth: 0 })
    expect(doc.approvalPosition).toBe('admin-director')
    const sig = (await w.payload.find({ collection: 'approvals', where: { recordId: { equals: String(id) } }, overrideAccess: true, depth: 0 })).docs
    expect(sig.map((s) => [s.signer, s.channel, s.comment])).toEqual([[home.supervisor.id, 'email', '已电话核实,同意']])

    // Back and submit again: the used link says so.
    await page.goBack()
    const again = await page.goto(link)
    expect(again?.status()).toBe(410)
    await context.close()
  })
})
