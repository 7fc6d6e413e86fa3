/**
 * The company reception (新华速汇) in the browser, as its desk person (刘晓雨) meets it on the demo
 * company, in zh at 1366×900: a travel request filled from the leader's stored preferences as soon as
 * the leader is chosen and its itinerary text queued on booking; a leader without preferences asked
 * once, the answers saved and filled in the next time (OFFICE-03); the quarter's supplies per
 * department, approved, issued and remaining (OFFICE-05); the month's attendance per person (OFFICE-10).
 * Figures come from the demo data and from records this file makes through REST first.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { addMonths, format, parseISO } from 'date-fns'
import { signIn, type Client } from '../helpers/people'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { localDay, SiteCalendar } from '../../src/lib/calendar'
import { chooseOption, fillStable, openDesk, type AppServer } from './harness'

const TZ = 'Asia/Shanghai'
const email = (login: string) => `${login}@office.demo.local`

let payload: Payload
let server: AppServer
let page: Page
let site: number
let desk: Client
let close: () => Promise<void> = async () => {}

beforeAll(async () => {
  const opened = await openDesk({ email: email('front-desk'), context: { locale: 'zh-CN', timezoneId: TZ } })
  ;({ payload, server, page, close } = opened)
  site = (await opened.siteId('xinhua')) as number
  desk = await signIn(server.url, email('front-desk'), DEMO_PASSWORD)
}, 1_200_000)

afterAll(async () => {
  await close()
})

const staffId = async (login: string) => (await payload.find({ collection: 'staff', where: { email: { equals: email(login) } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!.id as number
const preferencesOf = async (staff: number) => (await payload.find({ collection: 'travel-preferences', where: { staff: { equals: staff } }, depth: 0, overrideAccess: true })).docs as unknown as Record<string, unknown>[]

/** What a select (react-select) of the form shows, and an input's value. */
const shown = (field: string) => page.locator(`#field-${field} .rs__single-value, #field-${field} .relationship--single-value`).first().innerText({ timeout: 2000 }).catch(() => '')
const value = (selector: string) => page.locator(selector).first().inputValue({ timeout: 5000 }).catch(() => '')

/** A date-and-time field typed as the desk would (yyyy-MM-dd HH:mm), until the picker keeps it. */
async function typeDateTime(field: string, wall: string) {
  const input = `#field-${field} input`
  await expect.poll(async () => {
    await page.locator(input).first().click()
    await page.locator(input).first().fill(wall)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    return value(input)
  }, { timeout: 60_000 }).toBe(wall)
}

/** A new travel request with `leader` chosen; the fill note once the leader's profile was read. */
async function newRequestFor(leader: string) {
  await page.goto(`${server.url}/admin/collections/travel-requests/create`, { waitUntil: 'load' })
  await page.locator('#field-leader .rs__control').waitFor({ timeout: 120_000 })
  await chooseOption(page, '#field-leader .rs__control', leader)
  await expect.poll(() => shown('leader'), { timeout: 30_000 }).toContain(leader)
  const note = page.locator('.travel-preferences-fill')
  await note.waitFor({ timeout: 30_000 })
  return note
}

/** Save the form and return the new record's id. */
async function saveNew(): Promise<number> {
  await page.locator('#action-save').click()
  await page.waitForURL(/\/admin\/collections\/travel-requests\/\d+/, { timeout: 60_000 })
  return Number(/travel-requests\/(\d+)/.exec(page.url())![1])
}

/** The wall-clock time `days` from now at `hhmm`, in the site's zone. */
const wallIn = (days: number, hhmm: string) => `${localDay(new Date(Date.now() + days * 86_400_000), TZ)} ${hhmm}`

describe('the company reception in the browser', () => {
  it('OFFICE-03 choosing a leader with stored preferences fills seat class, window/aisle, plane position, check-in and hotel; booking queues the itinerary text', async () => {
    const chairman = await staffId('chairman')
    expect(await preferencesOf(chairman)).toHaveLength(1) // the demo stored 王建国's preferences once
    const note = await newRequestFor('王建国')
    expect(await note.innerText()).toContain('已从领导的出行偏好档案带出')
    await expect.poll(() => shown('preferences__trainSeat'), { timeout: 30_000 }).toBe('一等座')
    expect(await shown('preferences__seatSide')).toBe('靠窗')
    expect(await shown('preferences__planeZone')).toBe('前部')
    expect(await shown('preferences__checkIn')).toBe('订好后由前台代办值机')
    expect(await value('#field-preferences__hotel')).toBe('全季酒店,大床房,高楼层,无烟')
    // The trip itself: a train to Shanghai in five days.
    await fillStable(page, '#field-origin', '成都东')
    await fillStable(page, '#field-destination', '上海虹桥')
    await typeDateTime('departAt', wallIn(5, '07:45'))
    await fillStable(page, '#field-bookingRef', 'G1976')
    await fillStable(page, '#field-seat', '02车 6F')
    const id = await saveNew()
    const saved = (await payload.findByID({ collection: 'travel-requests', id, depth: 0, overrideAccess: true })) as unknown as Record<string, any>
    expect(saved.preferences).toMatchObject({ trainSeat: 'first', seatSide: 'window', planeZone: 'front', checkIn: 'desk' })
    expect(saved.preferencesFrom).toBe('profile')
    expect(saved.status).toBe('requested')
    // Booking it (the action bar) queues the itinerary as a text to the chairman's phone.
    await page.locator('[data-action="to:booked"]').first().waitFor({ timeout: 60_000 })
    expect(await page.locator('[data-action="to:booked"]').first().innerText()).toContain('已订好,发送行程短信')
    await page.locator('[data-action="to:booked"]').first().click()
    await page.locator('dialog [data-action=confirm]').click()
    await expect.poll(async () => ((await payload.findByID({ collection: 'travel-requests', id, depth: 0, overrideAccess: true })) as unknown as { status: string }).status, { timeout: 60_000 }).toBe('booked')
    const booked = (await payload.findByID({ collection: 'travel-requests', id, depth: 0, overrideAccess: true })) as unknown as { itinerary: string; sms: number }
    expect(booked.itinerary).toContain('王建国您好')
    expect(booked.itinerary).toContain('G1976次 成都东→上海虹桥')
    expect(booked.itinerary).toContain('一等座 靠窗 座位02车 6F')
    const sms = (await payload.findByID({ collection: 'sms', id: booked.sms, depth: 0, overrideAccess: true })) as unknown as { to: string; text: string; status: string }
    expect(sms).toMatchObject({ to: '136 0000 8001', text: booked.itinerary, status: 'queued' })
    // The reloaded record shows the text in its sidebar.
    await expect.poll(() => value('#field-itinerary'), { timeout: 60_000 }).toBe(booked.itinerary)
  }, 300_000)

  it('OFFICE-03 a leader without preferences is asked once: the form says so, saving without them is refused naming what to ask, the answers are saved and filled in the next time', async () => {
    const manager = await staffId('general-manager')
    expect(await preferencesOf(manager)).toHaveLength(0)
    const note = await newRequestFor('李志远')
    expect(await note.innerText()).toContain('这位领导还没有登记出行偏好')
    expect(await shown('preferences__seatSide')).toBe('')
    // A flight to Beijing; saved without asking, the server names what to ask.
    await chooseOption(page, '#field-kind .rs__control', '机票')
    await fillStable(page, '#field-origin', '成都天府')
    await fillStable(page, '#field-destination', '北京首都')
    await typeDateTime('departAt', wallIn(6, '09:20'))
    await page.locator('#action-save').click()
    const refusal = page.locator('.payload-toast-container li', { hasText: '李志远的出行偏好还没有登记' }).first()
    await refusal.waitFor({ timeout: 60_000 })
    expect(await refusal.innerText()).toContain('靠窗/靠过道')
    expect(await refusal.innerText()).toContain('飞机座位位置')
    expect(await preferencesOf(manager)).toHaveLength(0)
    // Asked once: the answers go into the form, and saving stores them in his profile.
    await chooseOption(page, '#field-preferences__seatSide .rs__control', '靠过道')
    await chooseOption(page, '#field-preferences__planeZone .rs__control', '中部')
    await chooseOption(page, '#field-preferences__checkIn .rs__control', '本人自行值机')
    const id = await saveNew()
    const saved = (await payload.findByID({ collection: 'travel-requests', id, depth: 0, overrideAccess: true })) as unknown as Record<string, any>
    expect(saved.preferencesFrom).toBe('saved')
    const stored = await preferencesOf(manager)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ seatSide: 'aisle', planeZone: 'middle', checkIn: 'self' })
    // The next request for him asks nothing: the form fills what he answered.
    const again = await newRequestFor('李志远')
    expect(await again.innerText()).toContain('已从领导的出行偏好档案带出')
    await expect.poll(() => shown('preferences__seatSide'), { timeout: 30_000 }).toBe('靠过道')
    expect(await shown('preferences__planeZone')).toBe('中部')
    expect(await shown('preferences__checkIn')).toBe('本人自行值机')
  }, 300_000)

  it('OFFICE-05 the supplies summary shows the quarter per department: planned, approved, issued and remaining', async () => {
    const quarter = `${localDay(new Date(), TZ).slice(0, 4)}-Q${Math.ceil(Number(localDay(new Date(), TZ).slice(5, 7)) / 3)}`
    // 技术部 draws 4 of its 12 approved whiteboard markers (REST, as the desk).
    const tech = (await desk.get(`/api/departments?where[name][equals]=${encodeURIComponent('技术部')}&depth=0`)).body.docs[0].id as number
    const issue = await desk.post('/api/supply-issues', { site, quarter, department: tech, items: [{ item: '白板笔', unit: '支', quantity: 4 }], receivedBy: '林涛' })
    expect(issue.status).toBe(201)
    await page.goto(`${server.url}/admin/supply-summary`, { waitUntil: 'load' })
    await page.getByRole('heading', { name: '办公用品季度汇总' }).waitFor({ timeout: 120_000 })
    // This quarter by default, for the company.
    expect(await value('input[name=quarter]')).toBe(quarter)
    expect(await page.locator('select[name=site] option:checked').textContent()).toBe('新华速汇公司前台')
    const table = page.locator('table.supply-summary')
    await table.waitFor({ timeout: 30_000 })
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['部门', '物品', '单位', '计划数量', '批准数量', '已领用', '剩余'])
    const row = async (department: string, item: string) =>
      (await table.locator('tbody tr').filter({ has: page.locator('td', { hasText: department }) }).filter({ has: page.locator('td', { hasText: item }) }).first().locator('td').allInnerTexts()).map((t) => t.trim())
    // The demo: 市场部 planned 20 packs of paper, approved and bought, 5 issued; 技术部 12 markers, 4 issued just now.
    expect(await row('市场部', 'A4复印纸')).toEqual(['市场部', 'A4复印纸', '包', '20', '20', '5', '15'])
    expect(await row('市场部', '签字笔')).toEqual(['市场部', '签字笔', '支', '50', '50', '10', '40'])
    expect(await row('技术部', '白板笔')).toEqual(['技术部', '白板笔', '支', '12', '12', '4', '8'])
    expect(await row('技术部', 'A4复印纸')).toEqual(['技术部', 'A4复印纸', '包', '10', '10', '0', '10'])
    const departments = new Set((await table.locator('tbody tr td:first-child').allInnerTexts()).map((t) => t.trim()))
    expect(departments).toEqual(new Set(['市场部', '技术部']))
    // Another quarter, chosen in the form: nothing planned there yet.
    const [year, q] = quarter.split('-Q').map(Number)
    const earlier = q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`
    await fillStable(page, 'input[name=quarter]', earlier)
    await page.locator('form[method=get] button[type=submit]', { hasText: '查询' }).click()
    await page.waitForURL((u) => u.searchParams.get('quarter') === earlier, { timeout: 60_000 })
    await page.getByText('这个季度还没有计划、批准或领用记录').waitFor({ timeout: 60_000 })
    // A quarter that is none is said so, in Chinese.
    await page.goto(`${server.url}/admin/supply-summary?quarter=${year}-Q5`, { waitUntil: 'load' })
    await page.getByText('季度的格式是「年份-Q季度」').waitFor({ timeout: 60_000 })
    expect(await page.locator('table.supply-summary').count()).toBe(0)
  }, 300_000)

  it('OFFICE-10 the attendance summary shows a month per person: days present, late and leave days', async () => {
    // Two months back: no demo attendance there. 林涛 signed the paper register three days (one late) and took an approved leave.
    const month = format(addMonths(parseISO(`${localDay(new Date(), TZ).slice(0, 7)}-01`), -2), 'yyyy-MM')
    const calendar = new SiteCalendar(payload, site, TZ)
    const person = await staffId('tech-1')
    for (const [day, time] of [['05', '08:12'], ['06', '09:05'], ['07', '08:25']] as const) {
      const res = await desk.post('/api/attendance', { site, person, signedInAt: calendar.at(`${month}-${day}`, time).toISOString(), signedOutAt: calendar.at(`${month}-${day}`, '17:40').toISOString(), reason: 'screen-down' })
      expect(res.status).toBe(201)
    }
    const slip = await desk.post('/api/leave-slips', { site, person, kind: 'personal', fromDay: `${month}-20`, toDay: `${month}-24`, reason: '办理私事' })
    expect(slip.status).toBe(201)
    const leaveDays = slip.body.doc.days as number
    expect(leaveDays).toBeGreaterThan(0)
    for (const signer of ['tech-head', 'hr']) {
      const decided = await (await signIn(server.url, email(signer), DEMO_PASSWORD)).post(`/api/leave-slips/${slip.body.doc.id}/decide`, { decision: 'approved', comment: '同意' })
      expect(decided.status).toBe(200)
    }
    await page.goto(`${server.url}/admin/attendance-summary`, { waitUntil: 'load' })
    await page.getByRole('heading', { name: '考勤月汇总' }).waitFor({ timeout: 120_000 })
    expect(await value('input[name=month]')).toBe(localDay(new Date(), TZ).slice(0, 7))
    // The month chosen in the form.
    await fillStable(page, 'input[name=month]', month)
    await page.locator('form[method=get] button[type=submit]', { hasText: '查询' }).click()
    await page.waitForURL((u) => u.searchParams.get('month') === month, { timeout: 60_000 })
    const table = page.locator('table.attendance-summary')
    await table.waitFor({ timeout: 60_000 })
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['部门', '姓名', '出勤天数(纸本登记)', '迟到次数', '请假天数'])
    const row = async (name: string) => (await table.locator('tbody tr').filter({ has: page.locator('td', { hasText: name }) }).first().locator('td').allInnerTexts()).map((t) => t.trim())
    expect(await row('林涛')).toEqual(['技术部', '林涛', '3', '1', String(leaveDays)])
    expect(await row('宋雪')).toEqual(['技术部', '宋雪', '0', '0', '0'])
    // One row per person of the company.
    const names = (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map((t) => t.trim())
    expect(new Set(names).size).toBe(names.length)
    for (const name of ['王建国', '刘晓雨', '周敏', '马超']) expect(names).toContain(name)
    expect(await page.locator('a', { hasText: '下载 XLSX' }).getAttribute('href')).toBe(`/api/attendance/summary?site=${site}&month=${month}&format=xlsx`)
    // A month that is none is said so, in Chinese.
    await page.goto(`${server.url}/admin/attendance-summary?month=${month.slice(0, 4)}-13`, { waitUntil: 'load' })
    await page.getByText('月份的格式是 YYYY-MM').waitFor({ timeout: 60_000 })
    expect(await page.locator('table.attendance-summary').count()).toBe(0)
  }, 300_000)
})
