/**
 * Issue 11 item 3, forms that fill themselves, as the demo desk person meets them in Chromium (zh):
 * 登記回訪 from the follow-up list, a visitor's time in and confirming staff member on the phone
 * confirmation, a reservation from the bed map's free bed and from a reception record (family and
 * elder carried over, only free beds offered), and pickers that tell two 张桂兰 apart.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { openDesk, type AppServer, type Desk } from './harness'

let desk: Desk
let server: AppServer
let page: Page
let payload: Payload

beforeAll(async () => {
  desk = await openDesk({ email: 'front-desk@care.demo.local' })
  ;({ payload, server, page } = desk)
}, 1_200_000)

afterAll(() => desk?.close())

const value = (selector: string) => page.locator(selector).first().inputValue().catch(() => '')
const shown = (field: string) => page.locator(`#field-${field} .rs__single-value, #field-${field} .relationship--single-value`).first().innerText().catch(() => '')

async function save() {
  await page.locator('#action-save').click()
}

describe('Issue 11 item 3: forms that fill themselves (browser)', () => {
  it('Issue 11 item 3 CARE-03 登记回访 opens a follow-up with the type, the record it follows, the person and the phone filled, and saves it', async () => {
    await page.goto(`${server.url}/admin/follow-ups`, { waitUntil: 'load' })
    const row = page.locator('tr', { hasText: '张女士' }).first()
    await row.waitFor({ timeout: 60_000 })
    await row.locator('a.follow-ups__call').click()
    await page.waitForURL(/\/admin\/collections\/reception-records\/create/, { timeout: 60_000 })
    await expect.poll(() => value('#field-visitorName'), { timeout: 60_000 }).toBe('张女士')
    await expect.poll(() => value('#field-visitorPhone'), { timeout: 30_000 }).toBe('139 8000 1111')
    await expect.poll(() => value('#field-elderName'), { timeout: 30_000 }).toBe('张桂兰')
    await expect.poll(() => shown('type'), { timeout: 30_000 }).toBe('回访')
    await expect.poll(() => shown('followUpOf'), { timeout: 30_000 }).toContain('张女士')
    // The staff member is me, the time is now (a default of the form).
    await expect.poll(() => shown('staff'), { timeout: 30_000 }).toContain('·')
    await save()
    await page.waitForURL(/\/admin\/collections\/reception-records\/\d+/, { timeout: 60_000 })
    const id = Number(/reception-records\/(\d+)/.exec(page.url())![1])
    const doc = await payload.findByID({ collection: 'reception-records', id, depth: 0, overrideAccess: true })
    expect(doc.type).toBe('follow-up')
    expect(doc.visitorName).toBe('张女士')
    expect(doc.visitorPhone).toBe('139 8000 1111')
    const of = await payload.findByID({ collection: 'reception-records', id: doc.followUpOf as number, depth: 0, overrideAccess: true })
    expect(of.visitorName).toBe('张女士')
    expect(of.type).not.toBe('follow-up')
  }, 240_000)

  it('Issue 11 item 3 CARE-04 a visitor: ticking 已电话确认 fills the time in with now and the confirming staff member with me', async () => {
    await page.goto(`${server.url}/admin/collections/visits/create`, { waitUntil: 'load' })
    await page.locator('#field-visitorName').waitFor({ timeout: 60_000 })
    expect(await value('#field-timeIn input')).toBe('')
    // Tick until the hydrated form takes it.
    await expect.poll(async () => {
      const box = page.locator('#field-phoneConfirmed')
      if (!(await box.isChecked())) await box.check({ force: true }).catch(() => undefined)
      return value('#field-timeIn input')
    }, { timeout: 60_000 }).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    await expect.poll(() => shown('confirmedBy'), { timeout: 30_000 }).toMatch(/·.*前[台臺]/)
  }, 240_000)

  it('Issue 11 item 3 CARE-12 CARE-08 the bed map\'s free bed offers 预订: the reservation opens with that bed, and the bed picker offers only free beds', async () => {
    await page.goto(`${server.url}/admin/bed-map`, { waitUntil: 'load' })
    const reserve = page.locator('a.bed-map__reserve').first()
    await reserve.waitFor({ timeout: 60_000 })
    const code = await reserve.getAttribute('data-bed')
    const freeCodes = await page.locator('.bed-map__bed--free').evaluateAll((els) => els.map((e) => e.getAttribute('data-bed')))
    expect(freeCodes).toContain(code)
    // Held beds offer 入住 (the preparation CARE-11 requires comes first), never 预订.
    expect(await page.locator('.bed-map__bed--held ~ .bed-map__actions a.bed-map__reserve').count()).toBe(0)
    await reserve.click()
    await page.waitForURL(/\/admin\/collections\/reservations\/create/, { timeout: 60_000 })
    await expect.poll(() => shown('bed'), { timeout: 60_000 }).toContain(String(code))
    // Open the picker: every option is a free bed.
    await page.locator('#field-bed .rs__control').click()
    await page.locator('.rs__option').first().waitFor({ timeout: 30_000 })
    const options = await page.locator('.rs__option').allInnerTexts()
    expect(options.length).toBeGreaterThan(0)
    for (const option of options) expect(freeCodes.some((c) => option.endsWith(` ${c}`))).toBe(true)
    await page.keyboard.press('Escape')
  }, 240_000)

  it('Issue 11 item 3 CARE-08 转预定 from a reception record carries the family and the elder over; the elder is created with the age (approximate birth date)', async () => {
    await page.goto(`${server.url}/admin/follow-ups`, { waitUntil: 'load' })
    const row = page.locator('tr', { hasText: '李先生' }).first()
    await row.waitFor({ timeout: 60_000 })
    const record = await payload.find({ collection: 'reception-records', where: { visitorName: { equals: '李先生' } }, limit: 1, depth: 0, overrideAccess: true })
    const source = record.docs[0] as { visitorName: string; visitorPhone?: string; elderName?: string; elderAge?: number }
    await row.locator('a.follow-ups__reserve').click()
    await page.waitForURL(/\/admin\/collections\/reservations\/create/, { timeout: 60_000 })
    await expect.poll(() => value('#field-familyName'), { timeout: 60_000 }).toBe('李先生')
    if (source.visitorPhone) await expect.poll(() => value('#field-familyPhone'), { timeout: 30_000 }).toBe(source.visitorPhone)
    if (source.elderName) await expect.poll(() => value('#field-newElder__name'), { timeout: 30_000 }).toBe(source.elderName)
    if (source.elderAge) await expect.poll(() => value('#field-newElder__age'), { timeout: 30_000 }).toBe(String(source.elderAge))
  }, 240_000)

  it('Issue 11 item 3 CARE-12 the elder picker tells the two 张桂兰 apart (name · age · bed)', async () => {
    await page.goto(`${server.url}/admin/collections/visits/create`, { waitUntil: 'load' })
    await page.locator('#field-elder').waitFor({ timeout: 60_000 })
    await expect.poll(async () => {
      await page.locator('#field-elder .rs__control').click().catch(() => undefined)
      await page.keyboard.type('张桂兰').catch(() => undefined)
      await page.waitForTimeout(1000)
      return (await page.locator('.rs__option', { hasText: '张桂兰' }).allInnerTexts()).length
    }, { timeout: 60_000 }).toBeGreaterThanOrEqual(2)
    const options = await page.locator('.rs__option', { hasText: '张桂兰' }).allInnerTexts()
    for (const option of options) expect(option).toMatch(/^张桂兰 · \d+岁/)
    expect(new Set(options).size).toBe(options.length)
    expect(options.some((o) => /岁 · .+/.test(o))).toBe(true) // the one with a bed shows it
  }, 240_000)
})
