/**
 * The production build, made on the first `npm start` and again whenever the sources changed:
 * Payload's import map, then `next build`. A hash of the sources marks what a build was made from.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const sources = ['payload.config.ts', 'next.config.mjs', 'package-lock.json', 'collections', 'hooks', 'src', 'devices', 'jobs']
const stamp = path.resolve('.next', 'frontdesk-sources')

const walk = (entry: string): string[] => {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry).filter((f) => f !== 'migrations' && !f.startsWith('.')).flatMap((f) => walk(path.join(entry, f)))
}

export const sourceHash = (): string => {
  const hash = createHash('sha256')
  for (const file of sources.flatMap(walk).sort()) hash.update(file).update(readFileSync(file))
  return hash.digest('hex')
}

export const buildIsCurrent = (): boolean =>
  existsSync(path.resolve('.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash()

export function build(): void {
  const run = (args: string[]) => {
    const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } })
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed`)
  }
  const hash = sourceHash()
  run(['payload', 'generate:importmap'])
  run(['next', 'build'])
  writeFileSync(stamp, hash)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--if-stale') && buildIsCurrent()) console.log('The production build is current.')
  else build()
}
