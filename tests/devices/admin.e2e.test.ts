/**
 * The device panel and the call pop-up in the browser, on the demo site, as a new desk user: open the
 * gate (state and camera beside it), swipe the demo card in the wedge field, take a simulated call.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { resetDatabase } from '../helpers/boot'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { fillStable, launchBrowser, signInToAdmin, startAppServer, type AppServer } from '../e2e/harness'

let server: AppServer
let browser: Browser
let page: Page

beforeAll(async () => {
  const payload = await getPayload({ config, cron: false })
  await resetDatabase(payload)
  server = await startAppServer({ GATE_SIM_TRAVEL_MS: '3000' })
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN' })
  await signInToAdmin(page, server.url, 'front-desk@care.demo.local', DEMO_PASSWORD)
}, 900_000)

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await page.screenshot({ path: `/tmp/devices-e2e-${context.task.name.slice(0, 6)}.png`, fullPage: true }).catch(() => {})
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('device panel in the admin panel', () => {
  it('DEV-01 a desk user opens the gate from the panel; state and camera picture beside the buttons', async () => {
    // The panel keeps a live stream open and polls the gate: the network is never idle.
    await page.goto(`${server.url}/admin/devices`, { waitUntil: 'load' })
    await page.getByText('正门电动伸缩门').first().waitFor({ timeout: 30_000 })
    const snapshot = page.locator('img[alt="正门电动伸缩门"]')
    await snapshot.waitFor()
    // The picture is fetched after the element appears; a loaded image has a width.
    await expect.poll(() => snapshot.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 }).toBe(true)
    const sent = page.waitForResponse((r) => /\/devices\/gates\/\d+\/command/.test(r.url()))
    await page.getByRole('button', { name: '开门', exact: true }).click()
    expect((await sent).status()).toBe(200)
    await page.getByTestId('gate-state').filter({ hasText: /正在开门|已开/ }).waitFor({ timeout: 10_000 }) // DEV-01 the state in the desk's words
  }, 120_000)

  it('CARE-17 the demo card typed into the wedge field logs the visit', async () => {
    await fillStable(page, '[data-testid="wedge"]', '0001234567')
    await page.keyboard.press('Enter')
    await page.getByText('0001234567 已登记探视').waitFor({ timeout: 10_000 })
  }, 60_000)

  it('DEV-04 a simulated call pops up with the caller and known person, and the note is saved to the call log', async () => {
    const input = page.locator('input[value="13912345678"]')
    await input.fill('13980001111')
    await page.getByRole('button', { name: '模拟来电' }).click()
    const popup = page.getByTestId('call-popup')
    await popup.getByText('13980001111').waitFor({ timeout: 5_000 })
    await popup.getByText('张女士').waitFor({ timeout: 5_000 })
    await popup.locator('textarea').fill('家属询问探视时间')
    const saved = page.waitForResponse((r) => /\/api\/calls\/\d+/.test(r.url()) && r.request().method() === 'PATCH')
    await popup.getByRole('button', { name: '保存' }).click()
    expect((await saved).status()).toBe(200)
  }, 60_000)
})
