/** CARE-12 the bed map and CARE-03 the follow-up list in the admin panel, as the demo desk user meets them. */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { resetDatabase } from '../helpers/boot'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { launchBrowser, signInToAdmin, startAppServer, type AppServer } from './harness'

let server: AppServer
let browser: Browser
let page: Page

beforeAll(async () => {
  const payload = await getPayload({ config, cron: false })
  await resetDatabase(payload) // the server seeds the demo site into the empty database
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await signInToAdmin(page, server.url, 'front-desk@care.demo.local', DEMO_PASSWORD)
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('CARE-12 bed map in the browser', () => {
  it('CARE-12 shows both buildings by floor with free, held, occupied, out and closed beds and the elder names', async () => {
    await page.goto(`${server.url}/admin/bed-map`, { waitUntil: 'load' })
    await page.getByRole('heading', { name: '床位图' }).waitFor({ timeout: 30_000 })
    expect(await page.locator('.bed-map__building').evaluateAll((els) => els.map((e) => e.getAttribute('data-building')))).toEqual(['1号楼', '2号楼'])
    expect(await page.locator('.bed-map__building[data-building="1号楼"] .bed-map__floor').count()).toBe(3)
    const states = new Set(await page.locator('.bed-map__bed').evaluateAll((els) => els.map((e) => e.getAttribute('data-state'))))
    expect([...states].sort()).toEqual(['closed', 'free', 'held', 'occupied', 'out'])
    await expect.poll(() => page.locator('.bed-map__bed--out').first().innerText()).toContain('周国强')
    await expect.poll(() => page.locator('.bed-map__bed--out').first().innerText()).toContain('外出')
  }, 120_000)

  it('CARE-12 clicking an occupied bed opens the elder; a held bed opens the reservation', async () => {
    await page.locator('.bed-map__bed--occupied', { hasText: '王淑芬' }).click()
    await page.waitForURL(/\/admin\/collections\/elders\/\d+/, { timeout: 30_000 })
    await expect.poll(async () => page.locator('#field-name').inputValue(), { timeout: 30_000 }).toBe('王淑芬')
    await page.goto(`${server.url}/admin/bed-map`, { waitUntil: 'load' })
    await page.locator('.bed-map__bed--held', { hasText: '张桂兰' }).click()
    await page.waitForURL(/\/admin\/collections\/reservations\/\d+/, { timeout: 30_000 })
    await page.getByText('SJ20261120-01').first().or(page.locator('input[value="SJ20261120-01"]')).first().waitFor({ timeout: 30_000 })
  }, 120_000)

  it('CARE-03 the follow-up list shows the promising inquiries and today’s progress', async () => {
    await page.goto(`${server.url}/admin/follow-ups`, { waitUntil: 'load' })
    await page.getByRole('heading', { name: '回访列表' }).waitFor({ timeout: 30_000 })
    const table = page.locator('table')
    await table.getByText('张女士').waitFor({ timeout: 30_000 })
    await table.getByText('李先生').waitFor()
    expect(await table.getByText('王阿姨').count()).toBe(0) // rated 一般: not followed up
    expect(await page.locator('.follow-ups__progress').innerText()).toMatch(/今日回访:0 \/ 10|今天不是工作日/)
  }, 120_000)
})
