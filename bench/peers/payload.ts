/**
 * A vanilla Payload (the version this app uses) on its own database of the bench's PostgreSQL: one
 * auth collection, one collection of reception records with the same fields (no hooks, no site
 * scoping, no audit), read and create for signed-in users; REST through Payload's own
 * `handleEndpoints` on a plain node:http server (as Payload's route handlers do, without Next).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { freePort } from '../../src/db/embedded'
import { installed, startServer } from './install'
import { filterOf, ok, recordOf, type PeerSetup } from './types'

const VERSION = '3.90.1'

const server = `
import http from 'node:http'
import { buildConfig, getPayload, handleEndpoints } from 'payload'
import { postgresAdapter } from '@payloadcms/db-postgres'
const signedIn = ({ req }) => Boolean(req.user)
const config = await buildConfig({
  secret: process.env.PAYLOAD_SECRET,
  telemetry: false,
  collections: [
    { slug: 'users', auth: true, fields: [] },
    {
      slug: 'reception-records',
      access: { read: signedIn, create: signedIn },
      fields: [
        { name: 'type', type: 'select', options: ['phone', 'visit', 'follow-up'], required: true, defaultValue: 'phone' },
        { name: 'receivedAt', type: 'date', required: true, defaultValue: () => new Date().toISOString() },
        { name: 'visitorName', type: 'text', required: true },
        { name: 'elderName', type: 'text' },
        { name: 'rating', type: 'select', options: ['impossible', 'normal', 'possible', 'very-likely'] },
        { name: 'staff', type: 'relationship', relationTo: 'users', defaultValue: ({ user }) => user?.id },
      ],
    },
  ],
  db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL }, push: true }),
})
const payload = await getPayload({ config })
const email = 'desk@peer.local'
if (!(await payload.find({ collection: 'users', where: { email: { equals: email } } })).totalDocs) {
  await payload.create({ collection: 'users', data: { email, password: 'peer-password' } })
}
http.createServer(async (req, res) => {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  const body = Buffer.concat(chunks)
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
  const request = new Request('http://127.0.0.1' + req.url, { method: req.method, headers, body: body.length ? body : undefined })
  const response = await handleEndpoints({ config: Promise.resolve(config), path: req.url.split('?')[0], request })
  res.statusCode = response.status
  response.headers.forEach((value, key) => res.setHeader(key, value))
  res.end(Buffer.from(await response.arrayBuffer()))
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('peer ready'))
`

export const payloadPeer: PeerSetup = async (db) => {
  const install = await installed('payload', [`payload@${VERSION}`, `@payloadcms/db-postgres@${VERSION}`, 'graphql@16.11.0'], 'payload')
  if ('skipped' in install) return install
  writeFileSync(path.join(install.dir, 'server.mjs'), server)
  const databaseUrl = await db.createDatabase('peer_payload')
  const port = await freePort()
  const proc = await startServer(['node', 'server.mjs'], {
    cwd: install.dir,
    // Not production: Payload pushes the schema of a config it has no migrations for only in development.
    env: { NODE_ENV: 'development', DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'bench-peers-payload-secret-0123456789', PORT: String(port) },
    ready: /peer ready/,
  })
  const url = `http://127.0.0.1:${port}`
  const login = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'desk@peer.local', password: 'peer-password' }) })
  if (login.status !== 200) {
    await proc.stop()
    return { skipped: `vanilla Payload sign-in failed: ${login.status} ${await login.text()}` }
  }
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  return {
    name: `Payload ${VERSION} vanilla`,
    pid: proc.pid,
    create: async (i) => ok(await fetch(`${url}/api/reception-records`, { method: 'POST', headers, body: JSON.stringify(recordOf(i)) }), 201, 'payload create'),
    list: async (i) => ok(await fetch(`${url}/api/reception-records?limit=10&where[visitorName][contains]=${encodeURIComponent(filterOf(i))}`, { headers }), 200, 'payload list'),
    stop: proc.stop,
  }
}
