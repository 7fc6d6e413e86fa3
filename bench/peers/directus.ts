/**
 * Directus on its own database of the bench's PostgreSQL: bootstrapped, a collection of reception
 * records with the same fields, and a desk user whose policy may create and read them (not an
 * administrator: Directus checks its permissions as this app checks its access rules). Its activity
 * log (its audit trail) is on, as it is by default; caching, rate limiting and load shedding off.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { freePort } from '../../src/db/embedded'
import { installed, runNice, startServer } from './install'
import { filterOf, ok, recordOf, type PeerSetup } from './types'

// The newest Directus whose whole tree the npm registry reached here serves: 12.4.1 asks for
// @directus/app 18.0.1, which it does not have (it has 18.0.0). Directus 12 declares Node >= 22; it
// bootstraps and serves REST on Node 20 as well (measured here on 20.20).
const VERSION = process.env.PEERS_DIRECTUS_VERSION ?? '12.4.0'

/**
 * npm install with --ignore-scripts, then only the one native build Directus needs to start. A plain
 * `npm install directus` runs every install script at once: isolated-vm's `node-gyp rebuild -j max`
 * (after its prebuilt download, which cannot be reached here, fails) takes both cores for 20+ minutes
 * on a shared machine and did not finish in 25. The other scripts are not needed: argon2 ships
 * prebuilds in its package (node-gyp-build loads them), sharp's binaries are the @img/* packages,
 * esbuild's the @esbuild/* ones (its postinstall only checks it), protobufjs's postinstall only warns,
 * braintrust's fetches its CLI only when optional packages were left out, and sqlite3/oracledb are
 * optional drivers of other databases. isolated-vm (flows' script operation and sandboxed
 * extensions) is imported when Directus starts, so it is built here: one compile job, at nice 10,
 * against the headers of the Node that runs it (7–8 min here at load 9–17; the folder is then reused).
 */
const buildIsolatedVm = async (dir: string): Promise<string | undefined> => {
  const module = path.join(dir, 'node_modules', 'isolated-vm')
  const npmRoot = spawnSync('npm', ['root', '-g'], { encoding: 'utf8' }).stdout.trim()
  const gyp = path.join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  if (!existsSync(gyp)) return `node-gyp (npm's own) not found at ${gyp}: isolated-vm cannot be built`
  // Headers of the running Node where it ships them (Debian/NodeSource: /usr/include/node); node-gyp would otherwise download them.
  const prefix = path.resolve(path.dirname(process.execPath), '..')
  const nodedir = existsSync(path.join(prefix, 'include', 'node', 'common.gypi')) ? [`--nodedir=${prefix}`] : []
  const minutes = Number(process.env.PEERS_BUILD_MINUTES ?? 45)
  console.log(`building isolated-vm for Directus (node-gyp, one job, at most ${minutes} min)…`)
  const build = await runNice(['node', gyp, 'rebuild', '--release', '-j', '1', ...nodedir], { cwd: module, minutes, env: { JOBS: '1' } })
  if (build.code !== 0) return `isolated-vm (needed by Directus to start) did not build (${build.code}): ${build.output.trim().split('\n').slice(-4).join(' / ')}`
  const load = spawnSync('node', ['-e', "require('isolated-vm')"], { cwd: dir, encoding: 'utf8' })
  if (load.status !== 0) return `isolated-vm built but does not load: ${load.stderr.slice(-300)}`
  return undefined
}

export const directusPeer: PeerSetup = async (db) => {
  const install = await installed('directus', [`directus@${VERSION}`], 'directus', { flags: ['--ignore-scripts'], after: buildIsolatedVm })
  if ('skipped' in install) return install
  const databaseUrl = await db.createDatabase('peer_directus')
  const port = await freePort()
  const env = {
    NODE_ENV: 'production',
    DB_CLIENT: 'pg',
    DB_CONNECTION_STRING: databaseUrl,
    KEY: 'bench-peers-directus-key',
    SECRET: 'bench-peers-directus-secret-0123456789',
    // Directus's e-mail validation refuses a .local domain (bootstrap failed with FAILED_VALIDATION on admin@peer.local).
    ADMIN_EMAIL: 'admin@example.com',
    ADMIN_PASSWORD: 'peer-password',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    TELEMETRY: 'false',
    CACHE_ENABLED: 'false',
    RATE_LIMITER_ENABLED: 'false',
    // Its load shedding answers 503 "Under pressure" when the event loop lags, as it does on a busy bench machine.
    PRESSURE_LIMITER_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    ACCESS_TOKEN_TTL: '1d',
  }
  const cli = path.join(install.dir, 'node_modules', 'directus', 'cli.js')
  const boot = spawnSync('node', [cli, 'bootstrap'], { cwd: install.dir, env: { ...process.env, ...env } as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 300_000 })
  if (boot.status !== 0) return { skipped: `directus bootstrap failed: ${(boot.stderr || boot.stdout || '').slice(-500)}` }
  const proc = await startServer(['node', cli, 'start'], { cwd: install.dir, env: { ...env, LOG_LEVEL: 'info' }, ready: /Server started|listening|started at/i })
  const url = `http://127.0.0.1:${port}`
  const call = async (token: string, method: string, p: string, body?: unknown) => {
    const response = await fetch(`${url}${p}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await response.text()
    if (!response.ok) throw new Error(`directus ${method} ${p}: ${response.status} ${text.slice(0, 500)}`)
    return text ? (JSON.parse(text) as { data: Record<string, unknown> }) : { data: {} }
  }
  const signIn = async (email: string, password: string) => {
    const response = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
    if (!response.ok) throw new Error(`directus sign-in ${email}: ${response.status} ${await response.text()}`)
    return ((await response.json()) as { data: { access_token: string } }).data.access_token
  }
  try {
    const admin = await signIn(env.ADMIN_EMAIL, env.ADMIN_PASSWORD)
    const exists = await fetch(`${url}/collections/reception_records`, { headers: { authorization: `Bearer ${admin}` } })
    if (exists.status !== 200) {
      await call(admin, 'POST', '/collections', {
        collection: 'reception_records',
        meta: {},
        schema: {},
        fields: [
          { field: 'id', type: 'integer', meta: { hidden: true }, schema: { is_primary_key: true, has_auto_increment: true } },
          { field: 'type', type: 'string', schema: { is_nullable: false, default_value: 'phone' } },
          { field: 'received_at', type: 'timestamp', meta: { special: ['date-created'] } },
          { field: 'visitor_name', type: 'string', schema: { is_nullable: false } },
          { field: 'elder_name', type: 'string' },
          { field: 'rating', type: 'string' },
          { field: 'staff', type: 'uuid', meta: { special: ['user-created'] } },
          { field: 'date_created', type: 'timestamp', meta: { special: ['date-created'] } },
        ],
      })
      const policy = await call(admin, 'POST', '/policies', { name: 'desk', admin_access: false, app_access: false })
      for (const action of ['create', 'read']) {
        await call(admin, 'POST', '/permissions', { policy: policy.data.id, collection: 'reception_records', action, fields: ['*'], permissions: {}, validation: {} })
      }
      await call(admin, 'POST', '/users', { email: 'desk@example.com', password: 'peer-password', status: 'active', policies: [{ policy: policy.data.id }] })
    }
    const token = await signIn('desk@example.com', 'peer-password')
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
    const fields = (i: number) => {
      const r = recordOf(i)
      return { type: r.type, visitor_name: r.visitorName, elder_name: r.elderName, rating: r.rating }
    }
    return {
      name: `Directus ${VERSION}`,
      pid: proc.pid,
      create: async (i) => ok(await fetch(`${url}/items/reception_records`, { method: 'POST', headers, body: JSON.stringify(fields(i)) }), 200, 'directus create'),
      list: async (i) =>
        ok(
          await fetch(`${url}/items/reception_records?limit=10&sort=-date_created&meta=filter_count&filter[visitor_name][_icontains]=${encodeURIComponent(filterOf(i))}`, { headers }),
          200,
          'directus list',
        ),
      stop: proc.stop,
    }
  } catch (error) {
    await proc.stop()
    return { skipped: `directus setup failed: ${(error as Error).message.slice(0, 500)}` }
  }
}
