/** What a new desk user sees of the schedules module in the browser: today's routine, the figures. */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload, Where } from 'payload'
import { openDesk, type AppServer, type Desk } from './harness'

let desk: Desk
let payload: Payload
let server: AppServer
let page: Page

beforeAll(async () => {
  // The server seeds the demo sites, with their routine. Signed in as the demo desk user with a session
  // cookie (the login form itself is covered by admin.test.ts).
  desk = await openDesk({ email: 'front-desk@care.demo.local', signIn: 'cookie', context: { viewport: { width: 1280, height: 900 } } })
  ;({ payload, server, page } = desk)
  // The demo routine applies on working days; make today one of its days whatever the date of the run,
  // then let the server's scheduler create today's items (it runs the routine every minute). Wait for this
  // desk's own items: the scheduler goes site by site, and another site's items say nothing of this one's.
  await payload.update({ collection: 'routines', where: {}, data: { days: 'every' } as never, overrideAccess: true })
  const items: Where = { and: [{ site: { equals: await desk.siteId('qianhe') } }, { title: { in: ['取消呼叫转移', '整理前台桌面'] } }] }
  for (const end = Date.now() + 120_000; Date.now() < end; await new Promise((r) => setTimeout(r, 1000))) {
    if ((await payload.count({ collection: 'routine-checks', where: items, overrideAccess: true })).totalDocs >= 2) break
  }
  await page.goto(`${server.url}/admin`)
}, 600_000)

afterAll(() => desk?.close())

describe('schedules in the admin panel', () => {
  it('JOB-03 a new desk user sees today\'s routine on the dashboard and ticks an item', async () => {
    await page.locator('.today-panel').getByText('整理前台桌面').waitFor({ timeout: 120_000 })
    const text = await page.locator('.today-panel').innerText()
    expect(text).toContain('千禾颐养家苑')
    expect(text).toContain('取消呼叫转移')
    const row = page.locator('.today-routine tr', { hasText: '整理前台桌面' })
    await row.getByRole('button').click()
    await row.getByRole('button').waitFor({ state: 'detached', timeout: 120_000 })
    const { docs } = await payload.find({ collection: 'routine-checks', where: { title: { equals: '整理前台桌面' } }, depth: 0 })
    expect(docs.some((d) => d.done && d.doneBy)).toBe(true)
  }, 300_000)

  it('CARE-23 the statistics view shows the reception figures per staff member for a date range', async () => {
    await page.goto(`${server.url}/admin/statistics`)
    await page.getByRole('heading', { name: '前台接待统计' }).waitFor({ timeout: 120_000 })
    const tables = await page.locator('table').allInnerTexts()
    expect(tables.join('\n')).toContain('林小雨') // the demo desk person's records
    await page.goto(`${server.url}/admin/statistics?from=2026-99-01&to=2026-01-01`)
    await page.getByText('YYYY-MM-DD').first().waitFor({ timeout: 120_000 })
  }, 300_000)

  it('JOB-02 the working-day calendar list says which years have no published schedule', async () => {
    await page.goto(`${server.url}/admin/collections/calendar-days`)
    await page.locator('.calendar-gaps, .collection-list').first().waitFor({ timeout: 120_000 })
    const year = new Date().getFullYear()
    const text = await page.locator('body').innerText()
    if (year + 1 > 2026) expect(text).toContain(`${year + 1}`) // chinese-days 1.5.7 stops at 2026
  }, 300_000)
})
