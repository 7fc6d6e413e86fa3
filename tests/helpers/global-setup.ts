/** One real PostgreSQL for the whole run: embedded, in a fresh temporary folder, thrown away after. */
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded'

let db: EmbeddedDatabase | undefined
let dir = ''

export async function setup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL
  } else {
    dir = await mkdtemp(path.join(os.tmpdir(), 'frontdesk-test-'))
    await chmod(dir, 0o755) // PostgreSQL runs as its own user and must reach its data folder
    // An ephemeral port, so that several runs on one machine do not race for the same one.
    db = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), database: 'frontdesk_test', port: await freePort(), quiet: true, durable: false })
    process.env.DATABASE_URL = db.url
  }
  process.env.PAYLOAD_SECRET = 'test-secret-test-secret-test-secret-0123'
  process.env.DATA_DIR = dir || (await mkdtemp(path.join(os.tmpdir(), 'frontdesk-data-')))
  process.env.LOGIN_RATE_LIMIT ??= '200'
}

export async function teardown() {
  await db?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
}
