/**
 * The salon's desk in the browser, as its desk person meets it on the demo: the day starts on the home
 * with today's birthdays (the tier's gift) and the morning's targets (MEMBER-02/03); the daily reports of
 * any range on their page (MEMBER-04); a note with a forbidden phrase is not saved without the writer
 * being told, the phrase highlighted (MEMBER-06).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { localDay, shiftDay } from '../../src/lib/calendar'
import { fillStable, openDesk, type AppServer, type Desk } from './harness'

let desk: Desk
let payload: Payload
let server: AppServer
let page: Page
let salon: number

beforeAll(async () => {
  desk = await openDesk({ email: 'front-desk@salon.demo.local', context: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } })
  ;({ payload, server, page } = desk)
  salon = await desk.siteId('salon')
}, 900_000)

afterAll(() => desk?.close())

describe('the member desk in the browser', () => {
  it('MEMBER-02 MEMBER-03 the home starts the day with today’s birthdays and their gifts, and each staff member’s target', async () => {
    await page.goto(`${server.url}/admin`, { waitUntil: 'load' })
    const birthdays = page.locator('.desk-home__today[data-today="member.birthdays"]')
    await birthdays.waitFor({ timeout: 120_000 })
    const text = await birthdays.innerText()
    expect(text).toContain('今日生日')
    expect(text).toContain('陈丽华') // the demo's member born today
    expect(text).toMatch(/礼物:\S+/)
    const targets = await page.locator('.desk-home__today[data-today="member.targets"]').innerText()
    expect(targets).toMatch(/已到店 \d+ \/ 目标 \d+/)
    // The birthday line leads to recording the gift.
    await birthdays.locator('a', { hasText: '陈丽华' }).click()
    await page.waitForURL((u) => u.pathname.endsWith('/collections/birthday-gifts/create'), { timeout: 60_000 })
  }, 300_000)

  it('MEMBER-04 the daily reports’ page shows any range: a row per day, the totals and the chart; a wrong range is told, not failed', async () => {
    const today = localDay(new Date(), 'Asia/Shanghai')
    const from = shiftDay(today, -40)
    await page.goto(`${server.url}/admin/member-reports?site=${salon}&from=${from}&to=${today}`, { waitUntil: 'load' })
    await page.locator('table.member-reports').waitFor({ timeout: 60_000 })
    expect(await page.locator('table.member-reports tbody tr[data-day]').count()).toBe(41)
    const deals = await payload.count({ collection: 'consultations' as never, where: { and: [{ site: { equals: salon } }, { outcome: { equals: 'closed' } }, { at: { greater_than_equal: new Date(`${from}T00:00:00+08:00`).toISOString() } }] }, overrideAccess: true })
    const total = (await page.locator('.member-reports__total td').allInnerTexts()).map((s) => s.trim())
    expect(Number(total[2])).toBe(deals.totalDocs)
    expect(await page.locator('svg rect').count()).toBeGreaterThan(3)
    await page.goto(`${server.url}/admin/member-reports?site=${salon}&from=${today}&to=${from}`, { waitUntil: 'load' })
    await page.getByText(/开始不晚于结束/).waitFor({ timeout: 60_000 })
    expect(await page.locator('table.member-reports').count()).toBe(0)
  }, 300_000)

  it('MEMBER-06 a note with a forbidden phrase is not saved: the writer is told, the phrase highlighted', async () => {
    const before = await payload.count({ collection: 'consultations' as never, where: { site: { equals: salon } }, overrideAccess: true })
    await page.goto(`${server.url}/admin/collections/consultations/create`, { waitUntil: 'load' })
    await page.locator('#field-item').waitFor({ timeout: 60_000 })
    await fillStable(page, '#field-item', '面部护理')
    await fillStable(page, '#field-customerName', '路过的顾客')
    await page.locator('#field-outcome').click()
    await page.locator('.rs__option', { hasText: '成交' }).first().click()
    await fillStable(page, '#field-amount', '680')
    await fillStable(page, '#field-caseNote', '顾客问价格,我说不知道,问别人去')
    const refused = page.waitForResponse((r) => r.url().includes('/api/consultations') && r.request().method() === 'POST', { timeout: 60_000 })
    await page.locator('#action-save').click()
    const answer = await refused
    expect(answer.status(), await answer.text()).toBe(422)
    const told = page.getByText(/内容含服务忌语/).first()
    await told.waitFor({ timeout: 30_000 })
    expect(await told.innerText()).toMatch(/【(不知道|问别人去)】/)
    expect((await payload.count({ collection: 'consultations' as never, where: { site: { equals: salon } }, overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  }, 300_000)
})
