/**
 * This app: the production server (src/dev/appServer.ts, as `npm start` runs it: audit, site scoping,
 * the scheduler and the admin panel in the process) on its own database of the bench's PostgreSQL,
 * with the demo data; REST as the care desk's front-desk user, reception records.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startAppServer } from '../../src/dev/appServer'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { filterOf, ok, recordOf, type Peer } from './types'

export type AppPeer = Peer & { site: number; staff: number; databaseUrl: string }

export async function appPeer(databaseUrl: string): Promise<AppPeer> {
  const panelOff = process.env.PEERS_ADMIN_PANEL === 'off'
  if (panelOff) process.env.SKIP_BUILD = '1' // no production build needed
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-peers-app-'))
  const server = await startAppServer({
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'bench-peers-secret-0123456789abcdef0123456789',
    LOGIN_RATE_LIMIT: '1000',
    // PEERS_ADMIN_PANEL=off: without Next in the process (no production build needed; REST never goes through Next).
    ADMIN_PANEL: panelOff ? 'off' : undefined,
  })
  const login = await fetch(`${server.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'front-desk@care.demo.local', password: DEMO_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`app sign-in: ${login.status} ${await login.text()}`)
  const { token, user } = (await login.json()) as { token: string; user: { id: number; sites: { site: number | { id: number } }[] } }
  const first = user.sites[0].site
  const site = typeof first === 'object' ? first.id : first
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  return {
    name: `this app (REST, desk user${panelOff ? ', admin panel off' : ''})`,
    pid: server.pid,
    site,
    staff: user.id,
    databaseUrl,
    create: async (i) => {
      const response = await fetch(`${server.url}/api/reception-records`, { method: 'POST', headers, body: JSON.stringify({ ...recordOf(i), site }) })
      await ok(response, 201, 'app create')
    },
    list: async (i) => {
      const response = await fetch(`${server.url}/api/reception-records?limit=10&where[visitorName][contains]=${encodeURIComponent(filterOf(i))}`, { headers })
      await ok(response, 200, 'app list')
    },
    stop: async () => {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
