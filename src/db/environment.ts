/**
 * Everything the app needs from its surroundings before Payload is loaded: a database URL and a
 * secret. With DATABASE_URL unset, an embedded PostgreSQL under DATA_DIR (default `.data/`).
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded'

export const dataDir = () => path.resolve(process.env.DATA_DIR ?? '.data')

export type Environment = { embedded?: EmbeddedDatabase; stop: () => Promise<void> }

async function secretFor(dir: string): Promise<string> {
  const file = path.join(dir, 'secret')
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const secret = randomBytes(32).toString('hex')
  await mkdir(dir, { recursive: true })
  await writeFile(file, secret, { mode: 0o600 })
  return secret
}

export async function prepareEnvironment({ quiet = false } = {}): Promise<Environment> {
  const production = process.env.NODE_ENV === 'production' && Boolean(process.env.DATABASE_URL)
  if (production && (!process.env.PAYLOAD_SECRET || process.env.PAYLOAD_SECRET.length < 32)) {
    throw new Error('PAYLOAD_SECRET must be set to at least 32 random characters in production (NODE_ENV=production with DATABASE_URL).')
  }
  let embedded: EmbeddedDatabase | undefined
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dir: path.join(dataDir(), 'postgres'),
      port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
      quiet,
    })
    process.env.DATABASE_URL = embedded.url
  }
  process.env.PAYLOAD_SECRET ||= await secretFor(dataDir())
  return { embedded, stop: async () => embedded?.stop() }
}
