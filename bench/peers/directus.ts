/**
 * Directus on its own database of the bench's PostgreSQL: bootstrapped, a collection of reception
 * records with the same fields, and a desk user whose policy may create and read them (not an
 * administrator: Directus checks its permissions as this app checks its access rules). Its activity
 * log (its audit trail) is on, as it is by default; caching and rate limiting off.
 */
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { freePort } from '../../src/db/embedded'
import { installed, startServer } from './install'
import { filterOf, ok, recordOf, type PeerSetup } from './types'

// 12.4.1 asks for @directus/app 18.0.1, which the npm registry reached here does not have.
const VERSION = process.env.PEERS_DIRECTUS_VERSION ?? '12.4.0'

export const directusPeer: PeerSetup = async (db) => {
  const install = await installed('directus', [`directus@${VERSION}`], 'directus')
  if ('skipped' in install) return install
  const databaseUrl = await db.createDatabase('peer_directus')
  const port = await freePort()
  const env = {
    NODE_ENV: 'production',
    DB_CLIENT: 'pg',
    DB_CONNECTION_STRING: databaseUrl,
    KEY: 'bench-peers-directus-key',
    SECRET: 'bench-peers-directus-secret-0123456789',
    ADMIN_EMAIL: 'admin@peer.local',
    ADMIN_PASSWORD: 'peer-password',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    TELEMETRY: 'false',
    CACHE_ENABLED: 'false',
    RATE_LIMITER_ENABLED: 'false',
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
      await call(admin, 'POST', '/users', { email: 'desk@peer.local', password: 'peer-password', status: 'active', policies: [{ policy: policy.data.id }] })
    }
    const token = await signIn('desk@peer.local', 'peer-password')
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
