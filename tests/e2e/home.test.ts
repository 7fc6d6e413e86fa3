/**
 * The desk home in the browser (issue 11, item 1): a zh desk person of the demo care home signs in,
 * sees the home with readable due sentences, clicks one and lands on the list filtered to exactly
 * those records; the navigation shows only the care desk's group, administration last, and the
 * dashboard has no tiles for sites, departments, positions or staff.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import config from '../../payload.config'
import { resetDatabase } from '../helpers/boot'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { sweepDeadline } from '../../hooks/deadlines'
import { launchBrowser, startAppServer, type AppServer } from './harness'

let payload: Payload
let server: AppServer
let browser: Browser
let page: Page
let overdueIds: number[] = []

const hour = 3600_000

beforeAll(async () => {
  payload = await getPayload({ config, cron: false })
  await resetDatabase(payload) // the server seeds the demo into the empty database
  server = await startAppServer()
  for (const end = Date.now() + 180_000; Date.now() < end; await new Promise((r) => setTimeout(r, 1000))) {
    if ((await payload.count({ collection: 'staff', where: { email: { equals: 'front-desk@care.demo.local' } }, overrideAccess: true })).totalDocs > 0) break
  }
  // Two elders of the care home are out past their expected return.
  const care = (await payload.find({ collection: 'sites', where: { code: { equals: 'qianhe' } }, depth: 0, overrideAccess: true })).docs[0]
  const { docs: elders } = await payload.find({ collection: 'elders', where: { site: { equals: care.id }, status: { equals: 'admitted' } }, depth: 0, limit: 2, overrideAccess: true })
  expect(elders.length).toBe(2)
  const now = Date.now()
  for (const [i, elder] of elders.entries()) {
    await payload.create({
      collection: 'outings',
      data: { site: care.id, elder: elder.id, leftAt: new Date(now - (6 + i) * hour).toISOString(), expectedReturn: new Date(now - (2 + i) * hour).toISOString(), companion: '陈刚', companionPhone: '13600001111' } as never,
      overrideAccess: true,
    })
  }
  await sweepDeadline(payload, 'outings', 'return', new Date())
  overdueIds = (await payload.find({ collection: 'outings', where: { site: { equals: care.id }, overdue: { equals: true }, status: { equals: 'out' } }, depth: 0, overrideAccess: true })).docs.map((d) => d.id as number)
  expect(overdueIds.length).toBeGreaterThanOrEqual(2)

  browser = await launchBrowser()
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
  // Signed in as the demo desk person (the login form itself is covered by admin.test.ts), in zh.
  const login = await fetch(`${server.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'front-desk@care.demo.local', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  await context.addCookies([
    { name: 'payload-token', value: token, url: server.url },
    { name: 'payload-lng', value: 'zh', url: server.url },
  ])
  page = await context.newPage()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the desk home in the browser', () => {
  it('issue 11 a zh desk person sees readable due sentences; one click lands on the list filtered to exactly those records', async () => {
    await page.goto(`${server.url}/admin`)
    const overdue = page.locator('.desk-home [data-due="outings.return:overdue"] a')
    await overdue.waitFor({ timeout: 120_000 })
    const sentence = (await overdue.innerText()).trim()
    const shown = Number(/\d+/.exec(sentence)![0])
    const care = (await payload.find({ collection: 'sites', where: { code: { equals: 'qianhe' } }, depth: 0, overrideAccess: true })).docs[0]
    const flagged = await payload.count({ collection: 'outings', where: { site: { equals: care.id }, overdue: { equals: true }, status: { equals: 'out' } }, overrideAccess: true })
    expect(shown).toBe(flagged.totalDocs)
    expect(shown).toBeGreaterThanOrEqual(overdueIds.length)
    const dueTexts = await page.locator('.desk-home [data-due] a').allInnerTexts()
    for (const text of dueTexts) expect(text).not.toMatch(/[A-Za-z]{2,}/) // no job names, no English
    // The quick actions of the care desk.
    expect(await page.locator('.desk-home__quick').innerText()).toContain('登记来电')
    await overdue.click()
    await page.waitForURL((u) => u.pathname.endsWith('/collections/outings'), { timeout: 60_000 })
    await page.locator('.collection-list table tbody tr').first().waitFor({ timeout: 60_000 })
    const rows = await page.locator('.collection-list table tbody tr').count()
    expect(rows).toBe(Math.min(shown, 10))
  }, 300_000)

  it('issue 11 the navigation shows only the care desk’s group (administration last) and the home has no organisation tiles', async () => {
    await page.goto(`${server.url}/admin`)
    await page.locator('.desk-home').waitFor({ timeout: 120_000 })
    const groups = (await page.locator('.nav-group__label').allInnerTexts()).map((t) => t.trim()).filter(Boolean)
    expect(groups).toContain('养老院前台')
    expect(groups).not.toContain('物业客户中心')
    expect(groups).not.toContain('会员服务')
    expect(groups[groups.length - 1]).toBe('系统管理')
    expect(groups.indexOf('养老院前台')).toBe(0)
    // The care desk's views are in the navigation, before the groups.
    await page.locator('nav a[href$="/admin/bed-map"]').first().waitFor({ timeout: 30_000 })
    // No tiles for the organisation's records.
    await page.locator('.collections__card-list, .dashboard').first().waitFor({ timeout: 60_000 })
    for (const slug of ['sites', 'departments', 'positions', 'staff']) expect(await page.locator(`#card-${slug}`).count()).toBe(0)
  }, 300_000)
})
