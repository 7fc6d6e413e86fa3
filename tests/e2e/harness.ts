/**
 * Browser tests: the real server (production build, as `npm start` runs it) on the run's database,
 * and Debian's Chromium driven by playwright-core.
 */
import { chromium, type Browser } from 'playwright-core'

export { startAppServer, type AppServer } from '../../src/dev/appServer'

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
