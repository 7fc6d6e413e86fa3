/**
 * Browser tests: the real server (production build, as `npm start` runs it) on the run's database,
 * and Debian's Chromium driven by playwright-core. `openDesk` is the usual start of a file: the demo
 * seeded, the server up, a person signed in.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { getPayload, type Payload } from 'payload'
import config from '../../payload.config'
import { startAppServer, type AppServer } from '../../src/dev/appServer'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { resetDatabase } from '../helpers/boot'
import { signIn } from '../helpers/people'

export { startAppServer, type AppServer }

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })

/** Fill a field once the page has hydrated (a fill before hydration is wiped by React). */
export async function fillStable(page: import('playwright-core').Page, selector: string, value: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.fill(selector, value)
    await page.waitForTimeout(250)
    if ((await page.inputValue(selector)) === value) return
  }
  throw new Error(`${selector} does not keep its value`)
}

/** Sign in to the admin panel and wait for the dashboard. */
export async function signInToAdmin(page: import('playwright-core').Page, url: string, email: string, password: string) {
  // Not 'networkidle': signed-in pages keep the live-events stream open.
  await page.goto(`${url}/admin/login`, { waitUntil: 'load' })
  // On a loaded machine a late hydration can still wipe what was typed: type again until the form leaves.
  for (let attempt = 1; ; attempt++) {
    await fillStable(page, 'input[name="email"]', email)
    await fillStable(page, 'input[name="password"]', password)
    await page.click('button[type="submit"]')
    try {
      await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
      return
    } catch (error) {
      if (attempt === 4) throw error
    }
  }
}

/** Open a react-select and pick an option, retrying while the page is still hydrating. */
export async function chooseOption(page: import('playwright-core').Page, control: string, option: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.locator(control).click()
    const item = page.locator('.rs__option', { hasText: option }).first()
    if (await item.isVisible({ timeout: 1000 }).catch(() => false)) return item.click()
    await page.waitForTimeout(250)
  }
  throw new Error(`${control} does not offer ${option}`)
}

export type DeskOptions = {
  /** The demo person whose panel `page` is; without one, `page` is a blank page (open panels with `panelOf`). */
  email?: string
  /** Through the login form (default), or with a session cookie and the language cookie (zh) set, no page opened. */
  signIn?: 'form' | 'cookie'
  /** The browser context of `page` (and of every `panelOf`): viewport 1366×900 unless given. */
  context?: BrowserContextOptions
  /** Extra environment of the app server. */
  env?: Record<string, string | undefined>
}

export type Desk = {
  payload: Payload
  server: AppServer
  browser: Browser
  page: Page
  /** A demo person's admin panel in a context of their own (closed with the desk), signed in through the form. */
  panelOf: (email: string, context?: BrowserContextOptions) => Promise<Page>
  /** The id of a demo site by its code. */
  siteId: (code: string) => Promise<number>
  close: () => Promise<void>
}

/**
 * The demo as a desk person meets it: an empty database (the server seeds the demo into it), the real
 * server, Chromium, and `page` signed in as `email`. Whatever started is stopped again if a later step
 * fails, and by `close()`.
 */
export async function openDesk(options: DeskOptions = {}): Promise<Desk> {
  const payload = await getPayload({ config, cron: false })
  await resetDatabase(payload)
  const server = await startAppServer(options.env)
  let browser: Browser | undefined
  const close = async () => {
    await browser?.close().catch(() => undefined)
    await server.stop()
  }
  try {
    browser = await launchBrowser()
    const contextOf = (extra?: BrowserContextOptions) => browser!.newContext({ viewport: { width: 1366, height: 900 }, ...options.context, ...extra })
    const panelOf = async (email: string, extra?: BrowserContextOptions) => {
      const page = await (await contextOf(extra)).newPage()
      for (let attempt = 1; ; attempt++) {
        try {
          await signInToAdmin(page, server.url, email, DEMO_PASSWORD)
          return page
        } catch (error) {
          // A late hydration can wipe a field filled before it: sign in again.
          if (attempt >= 3 || !page.url().endsWith('/login')) throw error
        }
      }
    }
    let page: Page
    if (options.email && options.signIn === 'cookie') {
      const context = await contextOf()
      const { token } = await signIn(server.url, options.email, DEMO_PASSWORD)
      await context.addCookies([
        { name: 'payload-token', value: token, url: server.url },
        { name: 'payload-lng', value: 'zh', url: server.url }, // the language the demo people chose
      ])
      page = await context.newPage()
    } else if (options.email) page = await panelOf(options.email)
    else page = await (await contextOf()).newPage()
    const siteId = async (code: string) =>
      (await payload.find({ collection: 'sites', where: { code: { equals: code } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!.id
    return { payload, server, browser, page, panelOf, siteId, close }
  } catch (error) {
    await close()
    throw error
  }
}
