/**
 * Until the first release the schema has one baseline migration, regenerated from the config:
 * `npm run migrate:baseline`. After a release, add migrations with `npm run migrate:create -- name`.
 * It is generated aside and swapped in, so that others reading src/migrations never see it empty.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = path.resolve('src/migrations')
const work = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-baseline-'))
chmodSync(work, 0o755)
const generated = path.join(work, 'migrations')
mkdirSync(generated)
const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: work, MIGRATION_DIR: generated }
delete env.DATABASE_URL
const result = spawnSync('npx', ['tsx', 'src/cli/with-db.ts', 'payload', 'migrate:create', 'baseline'], { stdio: 'inherit', env: env as NodeJS.ProcessEnv })
if (result.status === 0) {
  const fresh = readdirSync(generated)
  for (const file of readdirSync(dir)) if (!fresh.includes(file)) rmSync(path.join(dir, file))
  for (const file of fresh) copyFileSync(path.join(generated, file), path.join(dir, file))
  spawnSync('npx', ['payload', 'generate:types'], { stdio: 'inherit' })
}
rmSync(work, { recursive: true, force: true })
process.exit(result.status ?? 1)
