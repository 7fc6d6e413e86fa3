/** The admin panel as a desk user meets it: sign in, switch language, create a record, find it. */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { resetDatabase } from '../helpers/boot'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { chooseOption, fillStable, launchBrowser, signInToAdmin, startAppServer, type AppServer } from './harness'

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
    await signInToAdmin(page, server.url, 'front-desk@care.demo.local', DEMO_PASSWORD)
    await page.getByText('接待记录').first().waitFor({ timeout: 30_000 })
  }, 120_000)

  const chooseLanguage = async (option: string, saveLabel: string) => {
    await page.goto(`${server.url}/admin/account`, { waitUntil: 'load' })
    await chooseOption(page, '#field-language .rs__control', option)
    const saved = page.waitForResponse((r) => r.url().includes('/api/staff/') && r.request().method() === 'PATCH')
    await page.getByRole('button', { name: saveLabel }).first().click()
    expect((await saved).status()).toBe(200)
  }

  it('CORE-03 choosing English as one’s language switches the panel to English', async () => {
    await chooseLanguage('English', '保存')
    await page.goto(`${server.url}/admin`, { waitUntil: 'load' })
    await page.getByText('Reception records').first().waitFor({ timeout: 30_000 })
    await chooseLanguage('简体中文', 'Save')
    await page.goto(`${server.url}/admin`, { waitUntil: 'load' })
    await page.getByText('接待记录').first().waitFor({ timeout: 30_000 })
  }, 120_000)

  it('CARE-01 creates a reception record in Chinese and finds it in the list', async () => {
    await page.goto(`${server.url}/admin/collections/reception-records/create`, { waitUntil: 'load' })
    await fillStable(page, '#field-visitorName', '赵阿姨')
    await fillStable(page, '#field-elderName', '赵德福')
    await fillStable(page, '#field-needs', '想了解失智照护')
    await page.keyboard.press('Control+s')
    await page.waitForURL(/reception-records\/\d+/, { timeout: 30_000 })
    await page.goto(`${server.url}/admin/collections/reception-records?search=赵阿姨`)
    await page.locator('table').getByText('赵阿姨').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('table tbody tr').count()).toBe(1)
  }, 120_000)

  it('CORE-04 an edit made in the panel shows in the audit trail with channel admin', async () => {
    await page.locator('table tbody tr').first().locator('a').first().click()
    await page.waitForURL(/reception-records\/\d+/)
    await page.waitForLoadState('load')
    const id = page.url().split('/').pop()!.split('?')[0]
    await fillStable(page, '#field-visitorName', '赵阿姨(女儿)')
    const saved = page.waitForResponse((r) => r.url().includes(`/api/reception-records/${id}`) && r.request().method() === 'PATCH')
    await page.keyboard.press('Control+s')
    expect((await saved).status()).toBe(200)
    await page.goto(`${server.url}/admin/collections/audit-log?where[recordId][equals]=${id}&where[action][equals]=update`, { waitUntil: 'load' })
    await page.locator('table').getByText('修改').first().waitFor({ timeout: 30_000 })
    await page.locator('table').getByText('管理后台').first().waitFor({ timeout: 30_000 })
  }, 120_000)
})
