/** The admin panel as a desk user meets it: sign in, switch language, create a record, find it. */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { resetDatabase } from '../helpers/boot'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { launchBrowser, startAppServer, type AppServer } from './harness'

let server: AppServer
let browser: Browser
let page: Page

beforeAll(async () => {
  const payload = await getPayload({ config, cron: false })
  await resetDatabase(payload) // the server seeds the demo site into the empty database
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('admin panel in the browser', () => {
  it('CORE-03 a demo desk user signs in to /admin in Chinese', async () => {
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', 'front-desk@care.demo.local')
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
    await page.getByText('接待记录').first().waitFor({ timeout: 30_000 })
  }, 120_000)

  it('CORE-03 switching the language to English changes the panel', async () => {
    await page.goto(`${server.url}/admin/account`)
    await page.locator('.payload-settings__language .rs__control, #field-language .rs__control').first().click()
    await page.locator('.rs__option', { hasText: 'English' }).first().click()
    await page.waitForTimeout(1000)
    await page.goto(`${server.url}/admin`)
    await page.getByText('Reception records').first().waitFor({ timeout: 30_000 })
    // back to Chinese for the rest
    await page.goto(`${server.url}/admin/account`)
    await page.locator('.payload-settings__language .rs__control, #field-language .rs__control').first().click()
    await page.locator('.rs__option', { hasText: '简体中文' }).first().click()
    await page.waitForTimeout(1000)
  }, 120_000)

  it('CARE-01 creates a reception record in Chinese and finds it in the list', async () => {
    await page.goto(`${server.url}/admin/collections/reception-records/create`)
    await page.fill('#field-visitorName', '赵阿姨')
    await page.fill('#field-elderName', '赵德福')
    await page.fill('#field-needs', '想了解失智照护')
    await page.keyboard.press('Control+s')
    await page.waitForURL(/reception-records\/\d+/, { timeout: 30_000 })
    await page.goto(`${server.url}/admin/collections/reception-records?search=赵阿姨`)
    await page.locator('table').getByText('赵阿姨').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('table tbody tr').count()).toBe(1)
  }, 120_000)
})
