/**
 * Issue 11 in the browser: a zh desk person of the care home (then of the property centre and of the
 * salon) opens every list and edit view of their desk, the workflow lists they use and the custom views, with every request that leaves the
 * machine blocked (an offline site), and the server in UTC while the desk is in Asia/Shanghai.
 * Fails on:
 * - any request to a non-loopback address (the panel must work offline: no CDN, no fonts, no avatars);
 * - any visible Latin-letter word (2+ letters) that is neither in the short allow-list below nor part
 *   of a value a person entered (e-mail addresses and web addresses are such values);
 * - any time shown in UTC (the server's zone) instead of the site's, and any 12-hour time;
 * - the date picker's time column headed in English or listing 12-hour times.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { desks } from '../../collections'
import { resetDatabase } from '../helpers/boot'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { queueMail } from '../../src/lib/mail'
import { launchBrowser, signInToAdmin, startAppServer, type AppServer } from './harness'

/**
 * Latin words a zh desk may see. Reviewed; keep it short and say why each is here.
 */
const ALLOWED = new Set([
  'ID', // Payload's id column ("ID: 12") and 身份證/ID copies on the admission checklist: the word the desk uses
  'PDF', // the paper version's format name (打印 PDF)
  'XLSX', 'CSV', // export formats (CORE-08)
  'SMS', // 短信 forms name the channel so in the procedure documents
  'TV', // 電視 in routine items as the seed writes them (大堂 TV)
  'USB', // the keyboard-wedge card reader (USB 讀卡器), a product term
  'Modbus', 'TCP', 'ZKTeco', 'Asterisk', 'AMI', // driver names: proper nouns of the hardware
  'mm', // the unit of the ID photo (155mm×193mm), as the procedure writes it
  'LED', // the reception's LED screen (LED 顯示屏), as the procedure writes it
  'Excel', // the spreadsheet the archive index and summaries are exported to (導出 Excel), as the procedure writes it
])

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

let payload: Awaited<ReturnType<typeof getPayload>>
let server: AppServer
let browser: Browser
let context: BrowserContext
let page: Page
const outside: string[] = []
const startedAt = new Date()

beforeAll(async () => {
  payload = await getPayload({ config, cron: false })
  await resetDatabase(payload) // the server seeds the demo data into the empty database
  server = await startAppServer({ TZ: 'UTC' })
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' })
  // An offline site: anything but this machine is refused, and remembered.
  await context.route('**/*', (route) => {
    const url = route.request().url()
    let host = ''
    try {
      const u = new URL(url)
      if (u.protocol === 'data:' || u.protocol === 'blob:') return route.continue()
      host = u.hostname
    } catch {
      return route.continue()
    }
    if (LOOPBACK.has(host)) return route.continue()
    outside.push(url)
    return route.abort('internetdisconnected')
  })
  page = await context.newPage()
  await signInToAdmin(page, server.url, 'front-desk@care.demo.local', DEMO_PASSWORD)
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Finding = { page: string; what: string; context: string }
const findings: Finding[] = []

/** The clock times (HH:mm) of the minutes between the start and now in a zone. */
function clockTimes(timeZone: string): Set<string> {
  const out = new Set<string>()
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  for (let t = startedAt.getTime() - 5 * 60_000; t <= Date.now() + 60_000; t += 60_000) out.add(fmt.format(new Date(t)))
  return out
}

/** The calendar days (yyyy-MM-dd) of the minutes between the start and now in a zone. */
function clockDays(timeZone: string): Set<string> {
  const out = new Set<string>()
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  for (let t = startedAt.getTime() - 5 * 60_000; t <= Date.now() + 60_000; t += 60_000) out.add(fmt.format(new Date(t)))
  return out
}

/** Let the page settle: the list or document is drawn and nothing says 加载中 any more. */
async function settle() {
  await page.waitForLoadState('load')
  for (let i = 0; i < 20; i++) {
    const loading = await page.evaluate(() => /加载中|載入中|Loading/.test(document.body.innerText)).catch(() => true)
    if (!loading) break
    await page.waitForTimeout(250)
  }
  await page.waitForTimeout(600)
}

/** Everything a person sees as text on the page: rendered text, placeholders, titles of buttons. */
async function visibleText(): Promise<string> {
  return page.evaluate(() => {
    const visible = (e: Element) => {
      const r = (e as HTMLElement).getBoundingClientRect()
      const s = getComputedStyle(e)
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'
    }
    const placeholders = [...document.querySelectorAll('[placeholder]')].filter(visible).map((e) => e.getAttribute('placeholder') ?? '')
    return [document.body.innerText, ...placeholders].join('\n')
  })
}

/** Latin words, times in UTC, 12-hour times and raw ISO instants on the current page. */
function inspect(where: string, text: string, { times = true } = {}) {
  const cleaned = text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ') // e-mail addresses (values people entered)
    .replace(/https?:\/\/\S+/g, ' ') // web addresses
    .replace(/\b[A-Z]{1,4}-?\d[\w-]*/g, ' ') // receipt, dispatch and bed numbers people entered (YJ-0003, SJ20261124-03, B202-2)
  for (const m of cleaned.matchAll(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g)) {
    if (ALLOWED.has(m[0])) continue
    const at = m.index ?? 0
    findings.push({ page: where, what: `word "${m[0]}"`, context: cleaned.slice(Math.max(0, at - 30), at + m[0].length + 30).replace(/\s+/g, ' ') })
  }
  if (!times) return
  const utc = clockTimes('UTC')
  const local = clockTimes('Asia/Shanghai')
  // A clock time of a schedule (a routine's 17:25–17:30, opening hours) is a setting, not an instant.
  const instants = text.replace(/\d{1,2}:\d{2}\s*[–~-]\s*\d{1,2}:\d{2}/g, ' ')
  // An instant shown in UTC carries today's UTC date, if any: a time after another date (2026-11-29 20:02) is not one.
  const utcDays = new Set([...clockDays('UTC')])
  for (const m of instants.matchAll(/(?<![\d:])(\d{1,2}):(\d{2})(?![\d])/g)) {
    const hhmm = `${m[1].padStart(2, '0')}:${m[2]}`
    // A booking on the hour or half hour (the salon's 16:00 appointment) is a local time the desk chose;
    // near that UTC clock it would read as a leak. Instants stamped during the run fall on every minute.
    if (Number(m[2]) % 30 === 0) continue
    const dated = /(\d{4}-)?(\d{2})-(\d{2})\s*$/.exec(instants.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0))
    if (dated && ![...utcDays].some((d) => d.endsWith(`${dated[2]}-${dated[3]}`))) continue
    if (utc.has(hhmm) && !local.has(hhmm)) {
      const at = m.index ?? 0
      findings.push({ page: where, what: `time ${hhmm} in UTC`, context: instants.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ') })
    }
  }
  for (const m of text.matchAll(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{1,2}:\d{2}\s*(上午|下午)|(上午|下午)\s*\d{1,2}:\d{2}/g)) {
    const at = m.index ?? 0
    findings.push({ page: where, what: `raw or 12-hour time "${m[0]}"`, context: text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ') })
  }
}

async function visit(path: string) {
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' })
  await settle()
  inspect(path, await visibleText())
}

const care = desks.find((d) => d.slug === 'care')!
/** The care desk's forms and the workflow lists a desk person works with. */
const lists = [...care.forms.map((f) => f.slug), 'messages', 'message-receipts', 'call-tasks', 'approvals', 'calls', 'documents', 'scripts']
/** The custom views: the desk's own and the shared ones. */
const views = ['/admin', ...Object.values(care.admin?.views ?? {}).map((v) => `/admin${v.path}`), '/admin/approvals', '/admin/tasks', '/admin/statistics', '/admin/devices', '/admin/account']

describe('Issue 11: the zh panel speaks Chinese and works offline', () => {
  it('CORE-01 CARE-12 DEV-01 every custom view of the care desk: no English word, no UTC time, nothing from the internet', async () => {
    for (const v of views) await visit(v)
    expect(outside, outside.join('\n')).toEqual([])
  }, 600_000)

  it('CORE-02 CARE-01…22 WF-01…10 every list and edit view: no English word, no raw code, no UTC time, nothing from the internet', async () => {
    for (const slug of lists) {
      await visit(`/admin/collections/${slug}`)
      const href = await page
        .locator(`table tbody tr a[href*="/collections/${slug}/"]`)
        .first()
        .getAttribute('href', { timeout: 2_000 })
        .catch(() => null)
      await visit(href ? new URL(href, server.url).pathname : `/admin/collections/${slug}/create`)
    }
    expect(outside, outside.join('\n')).toEqual([])
  }, 1_500_000)

  it('CORE-07 the date picker: the time column is headed in Chinese and lists 24-hour times', async () => {
    await page.goto(`${server.url}/admin/collections/reception-records/create`, { waitUntil: 'load' })
    await settle()
    const input = page.locator('.date-time-picker input').first()
    await input.click()
    const header = page.locator('.react-datepicker-time__header').first()
    await header.waitFor({ timeout: 10_000 })
    expect(await header.innerText()).toBe('时间')
    const times = await page.locator('.react-datepicker__time-list-item').allInnerTexts()
    expect(times.length).toBeGreaterThan(24)
    expect(times.every((t) => /^\d{2}:\d{2}$/.test(t.trim())), times.slice(0, 30).join(' ')).toBe(true)
    expect(times).toContain('16:45')
    inspect('date picker', await visibleText(), { times: false }) // its list holds every time of the day
    expect(outside, outside.join('\n')).toEqual([])
  }, 120_000)

  it('WF-09 the mail outbox shows an HTML body offline (no code editor from the internet)', async () => {
    // An HTML mail that points at the internet: the view must show it without fetching anything.
    const { id } = await queueMail(payload, {
      to: 'family@example.com',
      subject: '账单通知',
      text: '您好,本月账单已出。',
      html: '<p>您好,本月账单已出。</p><img src="https://example.com/logo.png" alt="">',
      attachments: [{ filename: '账单.txt', content: Buffer.from('护理费 3000 元').toString('base64'), encoding: 'base64', contentType: 'text/plain' }],
    })
    const admin = await context.newPage()
    await context.clearCookies()
    await signInToAdmin(admin, server.url, 'admin@demo.local', DEMO_PASSWORD)
    await admin.goto(`${server.url}/admin/collections/mail-outbox/${id}`, { waitUntil: 'load' })
    const frame = admin.locator('iframe[sandbox]').first()
    await frame.waitFor({ timeout: 30_000 })
    expect(await frame.getAttribute('srcdoc')).toContain('本月账单已出')
    await admin.getByText('账单.txt').waitFor({ timeout: 10_000 })
    await admin.waitForTimeout(1500)
    expect(await admin.locator('.monaco-editor, .code-editor').count()).toBe(0)
    await admin.close()
    expect(outside, outside.join('\n')).toEqual([])
  }, 120_000)

  /**
   * The other desks, each through its own desk person (zh): every list and edit view of the desk's forms,
   * the workflow lists and the desk's custom views.
   */
  for (const { desk: slug, email } of [
    { desk: 'property', email: 'cs-assistant@property.demo.local' },
    { desk: 'member', email: 'front-desk@salon.demo.local' },
    { desk: 'office', email: 'front-desk@office.demo.local' },
  ]) {
    it(`CORE-02 WF-01…10 DEV-04 Issue 11 the ${slug} desk person sees every list, edit and custom view of the desk in Chinese, offline`, async () => {
      const desk = desks.find((d) => d.slug === slug)!
      await context.clearCookies()
      await signInToAdmin(page, server.url, email, DEMO_PASSWORD)
      for (const v of ['/admin', ...Object.values(desk.admin?.views ?? {}).map((x) => `/admin${x.path}`), '/admin/approvals', '/admin/tasks', '/admin/devices']) await visit(v)
      for (const form of [...desk.forms.map((f) => f.slug), 'messages', 'call-tasks', 'calls']) {
        await visit(`/admin/collections/${form}`)
        const href = await page
          .locator(`table tbody tr a[href*="/collections/${form}/"]`)
          .first()
          .getAttribute('href', { timeout: 2_000 })
          .catch(() => null)
        await visit(href ? new URL(href, server.url).pathname : `/admin/collections/${form}/create`)
      }
      expect(outside, outside.join('\n')).toEqual([])
    }, 1_500_000)
  }

  it('Issue 11 report: nothing English, raw or in UTC was seen', () => {
    const report = findings.map((f) => `${f.page}: ${f.what} … ${f.context}`)
    expect(report, report.join('\n')).toEqual([])
  })
})
