/**
 * Until the first release the schema has one baseline migration, regenerated from the config:
 * `npm run migrate:baseline`. After a release, add migrations with `npm run migrate:create -- name`.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = path.resolve('src/migrations')
for (const file of readdirSync(dir)) rmSync(path.join(dir, file))
const data = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-baseline-'))
chmodSync(data, 0o755)
const env = { ...process.env, DATA_DIR: data, DATABASE_URL: '' }
delete (env as Record<string, string | undefined>).DATABASE_URL
const result = spawnSync('npx', ['tsx', 'src/cli/with-db.ts', 'payload', 'migrate:create', 'baseline'], { stdio: 'inherit', env })
rmSync(data, { recursive: true, force: true })
spawnSync('npx', ['payload', 'generate:types'], { stdio: 'inherit' })
process.exit(result.status ?? 1)
