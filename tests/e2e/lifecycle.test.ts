/** `npm start` with the embedded database: seeds once, stops cleanly on SIGTERM, reuses its data. */
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { signIn } from '../helpers/people'
import { startAppServer } from './harness'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-life-'))
chmodSync(dataDir, 0o755)
const embedded = { DATA_DIR: dataDir, DATABASE_URL: undefined, PAYLOAD_SECRET: undefined }

afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const sitesSeenBy = async (url: string) => {
  const admin = await signIn(url, 'admin@demo.local', DEMO_PASSWORD)
  return (await admin.get('/api/sites?limit=100')).body.totalDocs as number
}

describe('start, stop and start again', () => {
  it('CORE-01 the first start seeds the demo, SIGTERM stops the database, the second start reuses the data', async () => {
    const first = await startAppServer(embedded)
    // The demo: the care home, the property centre, the company reception, the salon and the gym.
    expect(await sitesSeenBy(first.url)).toBe(5)
    expect(first.output()).toContain('admin@demo.local')
    await first.stop()
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
    expect(existsSync(path.join(dataDir, 'secret'))).toBe(true)

    const second = await startAppServer(embedded)
    expect(await sitesSeenBy(second.url)).toBe(5)
    expect(second.output()).not.toContain('loading the demo data')
    await second.stop()
  }, 600_000)
})
