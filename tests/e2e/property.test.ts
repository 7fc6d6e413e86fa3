/**
 * The property desk (香堤左岸) in the browser, as its desk person meets it on the demo estate: the home
 * with today's due follow-ups and the key cabinet one click away, the key cabinet (PROP-12), the
 * follow-up rates page with its chart (PROP-10), the owner signing a follow-up on screen (PROP-09),
 * and finance's arrears list imported with a row-level preview (PROP-04).
 */
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { localDay } from '../../src/lib/calendar'
import { openDesk, type AppServer, type Desk } from './harness'

let desk: Desk
let payload: Payload
let server: AppServer
let page: Page
let site: number

beforeAll(async () => {
  desk = await openDesk({ email: 'cs-assistant@property.demo.local', context: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } })
  ;({ payload, server, page } = desk)
  site = await desk.siteId('xiangdi')
}, 900_000)

afterAll(() => desk?.close())

describe('the property desk in the browser', () => {
  it('PROP-08 PROP-12 the home shows the follow-ups due and overdue as sentences and opens the key cabinet in one click', async () => {
    await page.goto(`${server.url}/admin`, { waitUntil: 'load' })
    await page.locator('.desk-home').waitFor({ timeout: 120_000 })
    const overdue = await payload.count({ collection: 'follow-ups', where: { site: { equals: site }, overdue: { equals: true } }, overrideAccess: true })
    expect(overdue.totalDocs).toBeGreaterThan(0) // the demo has late follow-ups
    const due = page.locator('.desk-home [data-due^="follow-ups"] a')
    await due.first().waitFor({ timeout: 60_000 })
    const sentences = await due.allInnerTexts()
    expect(sentences.join(' ')).toContain('回访')
    for (const s of sentences) expect(s).not.toMatch(/[A-Za-z]{2,}/)
    const groups = (await page.locator('.nav-group__label').allInnerTexts()).map((t) => t.trim()).filter(Boolean)
    expect(groups[0]).toBe('物业客户中心')
    expect(groups).not.toContain('养老院前台')
    await page.locator('.desk-home__quick a[href$="/admin/key-cabinet"]').click()
    await page.waitForURL((u) => u.pathname.endsWith('/admin/key-cabinet'), { timeout: 60_000 })
  }, 300_000)

  it('PROP-12 PROP-14 the key cabinet shows each slot in, out, overdue or lost as the register has it; a slot opens its key', async () => {
    await page.goto(`${server.url}/admin/key-cabinet`, { waitUntil: 'load' })
    await page.getByRole('heading', { name: '钥匙柜' }).waitFor({ timeout: 60_000 })
    const slots = page.locator('.key-cabinet__slot')
    await slots.first().waitFor({ timeout: 30_000 })
    const shown = await slots.evaluateAll((els) => els.map((e) => ({ slot: e.getAttribute('data-slot'), state: e.getAttribute('data-state'), href: e.getAttribute('href') })))
    const keys = (await payload.find({ collection: 'keys', where: { site: { equals: site } }, depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs
    // Every key of the register that belongs in the cabinet, and not the ones handed over to their owners.
    const inCabinet = keys.filter((k) => ['in', 'out', 'overdue', 'lost'].includes(String(k.status)))
    expect(keys.length).toBeGreaterThan(inCabinet.length)
    expect(shown.map((s) => s.href).sort()).toEqual(inCabinet.map((k) => `/admin/collections/keys/${k.id}`).sort())
    expect(new Set(shown.map((s) => s.state))).toEqual(new Set(['in', 'out', 'overdue', 'lost']))
    // Each overdue slot is a key lent more than 7 days ago and not returned.
    const open = (await payload.find({ collection: 'key-loans', where: { site: { equals: site }, returnedAt: { exists: false } }, depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs
    const lateKeys = new Set(open.filter((l) => Date.now() - new Date(l.lentAt as string).getTime() > 7 * 86_400_000).map((l) => Number(l.key)))
    const overdueSlots = shown.filter((s) => s.state === 'overdue')
    expect(overdueSlots.length).toBe(lateKeys.size)
    expect(await page.locator('.key-cabinet__slot--overdue').first().innerText()).toContain('李师傅')
    // A click opens the key's record.
    const target = overdueSlots[0]!
    await page.locator(`.key-cabinet__slot[data-slot="${target.slot}"]`).click()
    await page.waitForURL(/\/admin\/collections\/keys\/\d+/, { timeout: 60_000 })
    const id = Number(/keys\/(\d+)/.exec(page.url())![1])
    expect(lateKeys.has(id)).toBe(true)
  }, 300_000)

  it('PROP-10 PROP-11 the follow-up rates page shows each kind against its target with a chart, for the range chosen', async () => {
    await page.goto(`${server.url}/admin/follow-up-rates`, { waitUntil: 'load' })
    await page.getByRole('heading', { name: '回访率' }).first().waitFor({ timeout: 60_000 })
    const rows = page.locator('table.follow-up-rates tbody tr')
    await rows.first().waitFor({ timeout: 30_000 })
    const text = await page.locator('table.follow-up-rates').innerText()
    expect(text).toContain('投诉')
    expect(text).toMatch(/100%/) // the complaints' target
    expect(text).toMatch(/95%/) // repairs, special work and help
    expect(await page.locator('svg[role="img"] rect').count()).toBeGreaterThan(0)
    // Another range: a from after the to is refused with a sentence, not a crash.
    const today = localDay(new Date(), 'Asia/Shanghai')
    await page.goto(`${server.url}/admin/follow-up-rates?site=${site}&from=${today}&to=2020-01-01`, { waitUntil: 'load' })
    await page.getByRole('heading', { name: '回访率' }).first().waitFor({ timeout: 60_000 })
    expect(await page.locator('table.follow-up-rates').count()).toBe(0)
    expect(await page.locator('body').innerText()).not.toMatch(/Error|错误 500|Application error/)
  }, 300_000)

  it('PROP-09 the owner signs a follow-up on screen: the drawing is stored as an image of the site and kept on the record', async () => {
    const open = (await payload.find({ collection: 'follow-ups', where: { site: { equals: site }, status: { not_equals: 'done' } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!
    expect(open).toBeTruthy()
    await page.goto(`${server.url}/admin/collections/follow-ups/${open.id}`, { waitUntil: 'load' })
    const canvas = page.locator('.signature-pad[data-target="ownerSignature"] canvas')
    await canvas.waitFor({ timeout: 60_000 })
    await canvas.scrollIntoViewIfNeeded()
    await page.waitForTimeout(1000) // hydrated
    const box = (await canvas.boundingBox())!
    await page.mouse.move(box.x + 40, box.y + 120)
    await page.mouse.down()
    for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + 40 + i * 15, box.y + 120 - Math.sin(i / 3) * 60, { steps: 2 })
    await page.mouse.up()
    const before = await payload.count({ collection: 'documents', where: { site: { equals: site } }, overrideAccess: true })
    await page.locator('.signature-pad[data-target="ownerSignature"] button', { hasText: '保存签名' }).click()
    await page.getByText('签名已保存').first().waitFor({ timeout: 30_000 })
    const after = await payload.find({ collection: 'documents', where: { site: { equals: site } }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs + 1)
    expect(after.docs[0]!.mimeType).toBe('image/png')
    expect(Number(after.docs[0]!.filesize)).toBeGreaterThan(1000) // a drawing, not a blank image
    // Saved with the record.
    await page.keyboard.press('Control+s')
    await expect
      .poll(async () => (await payload.findByID({ collection: 'follow-ups', id: open.id, depth: 0, overrideAccess: true })).ownerSignature, { timeout: 30_000 })
      .toBe(after.docs[0]!.id)
  }, 300_000)

  it('PROP-04 finance’s arrears list: the preview names each wrong row and saving is refused until the file is right', async () => {
    const past = '2026-09-01'
    const dir = tmpdir()
    const wrong = path.join(dir, `arrears-wrong-${process.pid}.csv`)
    const right = path.join(dir, `arrears-right-${process.pid}.csv`)
    await writeFile(wrong, ['单元,业主,费用类型,金额,欠费起始日,备注', `1-2-601,,物业管理费,860,${past},`, `9-9-999,某人,物业管理费,100,${past},`].join('\n'))
    await writeFile(right, ['单元,业主,费用类型,金额,欠费起始日,备注', `1-2-601,,物业管理费,860,${past},九月起未缴`, `2-1-201,,水电费,215.5,${past},`].join('\n'))
    const count = async () => (await payload.count({ collection: 'arrears', where: { site: { equals: site } }, overrideAccess: true })).totalDocs
    const before = await count()
    await page.goto(`${server.url}/admin/arrears-import`, { waitUntil: 'load' })
    await page.getByRole('heading', { name: '导入欠费清单' }).waitFor({ timeout: 60_000 })
    await page.waitForTimeout(1000)
    const save = page.locator('button', { hasText: '保存全部' })
    await page.setInputFiles('input[type="file"]', wrong)
    await page.locator('button', { hasText: '预览并检查' }).click()
    await page.getByText('1 行有错误').waitFor({ timeout: 30_000 })
    const bad = page.locator('table tbody tr', { hasText: '9-9-999' })
    expect((await bad.innerText()).length).toBeGreaterThan('9-9-999'.length + 10) // the error is written on the row
    expect(await save.isDisabled()).toBe(true)
    expect(await count()).toBe(before)
    await page.setInputFiles('input[type="file"]', right)
    await page.locator('button', { hasText: '预览并检查' }).click()
    await page.getByText('全部行检查通过').waitFor({ timeout: 30_000 })
    await save.click()
    await page.getByText('已保存 2 条欠费记录').waitFor({ timeout: 30_000 })
    expect(await count()).toBe(before + 2)
  }, 300_000)
})
