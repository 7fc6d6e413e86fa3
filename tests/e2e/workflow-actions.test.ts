/**
 * WF-05 in the admin panel, in a browser: the workflow bar of a form's edit view (withdraw, resubmit,
 * approve/reject with a comment), its print button and its history panel, on a nursing-fee change
 * (CARE-13) of the demo care home.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { signIn } from '../helpers/people'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { fillStable, openDesk, type AppServer, type Desk } from './harness'

let demo: Desk
let payload: Payload
let server: AppServer

/** Open a record's edit view and wait for its workflow bar (the print button is always there). */
async function openRecord(page: Page, id: number) {
  await page.goto(`${server.url}/admin/collections/fee-changes/${id}`, { waitUntil: 'load', timeout: 90_000 })
  await page.locator('[data-action=print]').first().waitFor({ timeout: 60_000 })
}

/** Click an action of the bar and wait for the view to reload with the new state. */
async function act(page: Page, action: string, comment?: string) {
  await page.evaluate(() => ((window as unknown as { beforeAction?: boolean }).beforeAction = true))
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/fee-changes\/\d+\/(withdraw|resubmit|decide)$/.test(r.url()), { timeout: 60_000 })
  await page.locator(`[data-action=${action}]`).first().click()
  if (comment !== undefined) {
    await page.locator('#workflow-comment').waitFor()
    await page.fill('#workflow-comment', comment)
    await page.locator('dialog [data-action=confirm]').click()
  }
  const response = await answered
  if (response.status() !== 200) expect(response.status(), await response.text().catch(() => '')).toBe(200)
  // The bar reloads the view: wait for the new page, then for its bar.
  await page.waitForFunction(() => !(window as unknown as { beforeAction?: boolean }).beforeAction, undefined, { timeout: 60_000 })
  await page.waitForLoadState('load')
  await page.locator('[data-action=print]').first().waitFor({ timeout: 60_000 })
}

/** Choose a related record in a relationship field by typing its title (the first page may not list it). */
async function pickRelated(page: Page, field: string, title: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.locator(`${field} .rs__control`).click()
    await page.locator(`${field} input`).first().fill(title)
    const option = page.locator('.rs__option', { hasText: title }).first()
    if (await option.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) return option.click()
    await page.keyboard.press('Escape')
    await page.waitForTimeout(250)
  }
  throw new Error(`${field} does not offer ${title}`)
}

const form = (id: number) => payload.findByID({ collection: 'fee-changes', id, overrideAccess: true, depth: 0 })

/** What the site's clock said (Asia/Shanghai, 24-hour) at a moment. */
const shanghai = (at: string) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(at))
      .map((x) => [x.type, x.value]),
  )
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

beforeAll(async () => {
  // The people sign in one by one as the test goes, each in a browser context of their own (panelOf).
  demo = await openDesk({ context: { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' } })
  ;({ payload, server } = demo)
}, 900_000)

afterAll(() => demo?.close())

describe('WF-05 the workflow in the admin panel', () => {
  it('WF-05 a fee change is withdrawn, edited and resubmitted from the bar, approved with comments, printed, and its history tells who signed what', async () => {
    const site = (await payload.find({ collection: 'sites', where: { code: { equals: 'qianhe' } }, overrideAccess: true })).docs[0]
    await payload.create({ collection: 'elders', data: { name: '周秀英', gender: 'female', birthDate: '1937-08-12', site: site.id, nursingFee: 2800 } as never })

    // The desk (Simplified Chinese) records the family's request in the panel.
    const desk = await demo.panelOf('front-desk@care.demo.local')
    await desk.goto(`${server.url}/admin/collections/fee-changes/create`, { waitUntil: 'load', timeout: 90_000 })
    await desk.locator('#field-elder .rs__control').waitFor({ timeout: 90_000 })
    await pickRelated(desk, '#field-elder', '周秀英')
    await fillStable(desk, '#field-newFee', '3300')
    await fillStable(desk, '#field-reason', '护理等级由二级调为一级')
    await desk.keyboard.press('Control+s')
    await desk.waitForURL(/fee-changes\/\d+/, { timeout: 60_000 })
    const id = Number(new URL(desk.url()).pathname.split('/').pop())
    expect((await form(id)).approvalStatus).toBe('pending')

    await openRecord(desk, id)
    // Pending: the position waits as its name, the fields are read-only, no Save; the author may withdraw, not decide.
    expect(await desk.inputValue('#field-approvalPosition')).toBe('健康照料部主管')
    expect(await desk.locator('#field-newFee').isDisabled()).toBe(true)
    expect(await desk.locator('#action-save').count()).toBe(0)
    expect(await desk.locator('[data-action=approve]').count()).toBe(0)
    expect(await desk.locator('[data-action=withdraw]').innerText()).toBe('撤回')

    // Withdraw from the bar; the form opens for editing again.
    await act(desk, 'withdraw')
    expect((await form(id)).approvalStatus).toBe('withdrawn')
    await desk.locator('[data-action=resubmit]').waitFor()
    expect(await desk.locator('#field-newFee').isDisabled()).toBe(false)

    // Edit the fee and save it, then resubmit from the bar.
    await fillStable(desk, '#field-newFee', '3500')
    const saved = desk.waitForResponse((r) => r.url().includes(`/api/fee-changes/${id}`) && r.request().method() === 'PATCH')
    await desk.keyboard.press('Control+s')
    expect((await saved).status()).toBe(200)
    await desk.waitForFunction(() => !(document.querySelector('[data-action=resubmit]') as HTMLButtonElement | null)?.disabled, undefined, { timeout: 30_000 })
    await act(desk, 'resubmit')
    const resubmitted = await form(id)
    expect([resubmitted.approvalStatus, resubmitted.approvalRound, resubmitted.newFee]).toEqual(['pending', 2, 3500])
    expect(await desk.inputValue('#field-approvalPosition')).toBe('健康照料部主管')

    // The health-care supervisor and the admin director sign in the panel, with comments.
    const supervisor = await demo.panelOf('health-care-supervisor@care.demo.local')
    await openRecord(supervisor, id)
    expect(await supervisor.locator('[data-action=withdraw]').count()).toBe(0)
    await act(supervisor, 'approve', '已电话核实,同意调整')
    expect((await form(id)).approvalPosition).toBe('admin-director')

    const director = await demo.panelOf('admin-director@care.demo.local')
    await openRecord(director, id)
    expect(await director.inputValue('#field-approvalPosition')).toBe('综合行政部主任')
    // Rejecting needs a reason: the dialog does not send without one.
    await director.locator('[data-action=reject]').click()
    await director.locator('#workflow-comment').waitFor()
    expect(await director.locator('dialog [data-action=confirm]').isDisabled()).toBe(true)
    await director.keyboard.press('Escape')
    await act(director, 'approve', '费用核对无误')
    expect((await form(id)).approvalPosition).toBe('dean')

    // The dean decides through the API (channel: API).
    const dean = await signIn(server.url, 'dean@care.demo.local', DEMO_PASSWORD)
    const decided = await dean.post(`/api/fee-changes/${id}/decide`, { decision: 'approved', comment: '同意,下月起执行' })
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    expect((await form(id)).approvalStatus).toBe('approved')
    // The bar's data is the person's own: another site's staff gets exactly the answer of a missing record.
    const stranger = await signIn(server.url, 'cs-assistant@property.demo.local', DEMO_PASSWORD)
    const theirs = await stranger.get(`/api/fee-changes/${id}/workflow`)
    const missing = await stranger.get('/api/fee-changes/999999/workflow')
    expect([theirs.status, theirs.body]).toEqual([missing.status, missing.body])
    expect(theirs.status).toBe(404)

    // Approved: read-only, nothing left to do but print.
    await openRecord(desk, id)
    await desk.locator('.workflow-history__entry', { hasText: '同意,下月起执行' }).waitFor({ timeout: 30_000 })
    expect(await desk.locator('#field-newFee').isDisabled()).toBe(true)
    expect(await desk.locator('#action-save').count()).toBe(0)
    expect(await desk.locator('[data-action=withdraw], [data-action=resubmit], [data-action=approve]').count()).toBe(0)

    // The print button opens the record as a PDF.
    const printed = desk.context().waitForEvent('response', { predicate: (r) => r.url().endsWith(`/api/fee-changes/${id}/print`), timeout: 60_000 })
    await desk.locator('[data-action=print]').click()
    const pdf = await printed
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    // The bytes (the browser hands the PDF to its viewer): the same link, fetched with the same session.
    const bytes = await (await desk.context().request.get(pdf.url())).body()
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')

    // The history: every step, who, position (named), decision, comment, site time, channel, and the fees.
    const history = await desk.locator('.workflow-history').innerText()
    for (const text of ['历史记录', '新建', '撤回', '重新提交', '已电话核实,同意调整', '费用核对无误', '同意,下月起执行', '健康照料部主管', '综合行政部主任', '院长', '管理后台', '接口']) {
      expect(history).toContain(text)
    }
    expect(history).not.toMatch(/health-care-supervisor|admin-director|pending/)
    // The old and the new fee: 2800 when recorded, 3300 asked, then changed to 3500.
    expect(history).toMatch(/原护理费\(元\/月\): 2800/)
    expect(history).toMatch(/新护理费\(元\/月\): 3300 → 3500/)
    const entries = desk.locator('.workflow-history__entry')
    const signatures = (await payload.find({ collection: 'approvals', where: { form: { equals: 'fee-changes' }, recordId: { equals: String(id) } }, sort: 'createdAt', overrideAccess: true, depth: 0 })).docs
    expect(signatures.map((s) => [s.decision, s.channel, s.comment])).toEqual([
      ['approved', 'admin', '已电话核实,同意调整'],
      ['approved', 'admin', '费用核对无误'],
      ['approved', 'api', '同意,下月起执行'],
    ])
    for (const [signature, who, position, channel] of [
      [signatures[0], '赵敏', '健康照料部主管', '管理后台'],
      [signatures[1], '刘晓梅', '综合行政部主任', '管理后台'],
      [signatures[2], '王建国', '院长', '接口'],
    ] as const) {
      const entry = entries.filter({ hasText: String(signature.comment) })
      expect(await entry.count()).toBe(1)
      const text = await entry.innerText()
      expect(text).toContain(`${who}(${position})`)
      expect(text).toContain('同意')
      expect(text).toContain(channel)
      expect(text).toContain(shanghai(String(signature.createdAt)))
    }
    // A waiting position is named in the list too.
    const api = await signIn(server.url, 'front-desk@care.demo.local', DEMO_PASSWORD)
    const elder = (await payload.find({ collection: 'elders', where: { name: { equals: '周秀英' } }, overrideAccess: true })).docs[0]
    expect((await api.post('/api/fee-changes', { site: site.id, elder: elder.id, newFee: 3600, reason: '加护' })).status).toBe(201)
    await desk.goto(`${server.url}/admin/collections/fee-changes?limit=10&sort=-createdAt`, { waitUntil: 'load', timeout: 90_000 })
    const row = desk.locator('table tbody tr').first()
    await row.getByText('健康照料部主管').waitFor({ timeout: 30_000 })
    expect(await desk.locator('table').innerText()).not.toContain('health-care-supervisor')
  }, 600_000)
})
