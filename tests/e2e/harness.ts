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
