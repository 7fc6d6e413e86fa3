/** WF-07 and WF-02 in the admin panel, in a browser: the supervisor sees and decides the form waiting for them. */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import config from '../../payload.config'
import { resetDatabase } from '../helpers/boot'
import { signIn } from '../helpers/people'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { launchBrowser, signInToAdmin, startAppServer, type AppServer } from '../e2e/harness'

let payload: Payload
let server: AppServer
let browser: Browser
let page: Page

beforeAll(async () => {
  payload = await getPayload({ config, cron: false })
  await resetDatabase(payload) // the server seeds the demo care home into the empty database
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('WF-07 approval inbox in the admin panel', () => {
  it('WF-07 the supervisor sees the waiting form with its summary and approves it from the inbox', async () => {
    const site = (await payload.find({ collection: 'sites', where: { code: { equals: 'qianhe' } }, overrideAccess: true })).docs[0]
    const elder = await payload.create({ collection: 'elders', data: { name: '李淑芬', gender: 'female', birthDate: '1938-02-03', site: site.id, nursingFee: 2800 } as never })
    const desk = await signIn(server.url, 'front-desk@care.demo.local', DEMO_PASSWORD)
    const created = await desk.post('/api/fee-changes', { site: site.id, elder: elder.id, newFee: 3300, reason: '护理等级调整' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number

    await signInToAdmin(page, server.url, 'health-care-supervisor@care.demo.local', DEMO_PASSWORD)
    await page.getByText('待我审批 (1)').first().waitFor({ timeout: 60_000 })
    await page.goto(`${server.url}/admin/approvals`, { waitUntil: 'load', timeout: 90_000 })
    await page.getByText('李淑芬').first().waitFor()
    expect(await page.locator('section table').first().innerText()).toContain('3300')
    await page.fill('section textarea[name=comment]', '同意,按新等级收费')
    await Promise.all([page.waitForURL(/\/admin\/approvals\?done=1/), page.click('section button[value=approved]')])
    await page.getByText('目前没有等您审批的表单').first().waitFor()
    const doc = await payload.findByID({ collection: 'fee-changes', id, overrideAccess: true, depth: 0 })
    expect(doc.approvalPosition).toBe('admin-director')
    const sig = await payload.find({ collection: 'approvals', where: { form: { equals: 'fee-changes' }, recordId: { equals: String(id) } }, overrideAccess: true, depth: 0 })
    expect(sig.docs.map((s) => [s.decision, s.channel, s.comment])).toEqual([['approved', 'admin', '同意,按新等级收费']])
  }, 300_000)

  it('WF-02 the desk sees its published tasks with who has not confirmed', async () => {
    const desk = await signIn(server.url, 'front-desk@care.demo.local', DEMO_PASSWORD)
    const dean = (await payload.find({ collection: 'positions', where: { slug: { equals: 'dean' } }, overrideAccess: true })).docs[0]
    const site = (await payload.find({ collection: 'sites', where: { code: { equals: 'qianhe' } }, overrideAccess: true })).docs[0]
    expect((await desk.post('/api/messages', { site: site.id, title: '明早院务会', toPositions: [dean.id] })).status).toBe(201)
    await page.context().clearCookies()
    await signInToAdmin(page, server.url, 'front-desk@care.demo.local', DEMO_PASSWORD)
    await page.goto(`${server.url}/admin/tasks`, { waitUntil: 'load', timeout: 90_000 })
    const row = page.locator('tr', { hasText: '明早院务会' })
    await row.waitFor({ timeout: 60_000 })
    expect(await row.innerText()).toContain('王建国')
  }, 300_000)
})
