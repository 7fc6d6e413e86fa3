/**
 * bench/rest: the production server with audit and site scoping on, as a desk user:
 * 1,000 sequential REST creates of reception records, 1,000 filtered list requests (limit 10),
 * then creates with 8 requests in flight (per second).
 * Usage: npx tsx bench/rest.ts   (builds first if needed; own embedded database in a temp folder)
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startAppServer } from '../src/dev/appServer'
import { DEMO_PASSWORD } from '../src/seed/demo'
import { report, summary, timed } from './stats'

const N = Number(process.env.BENCH_N ?? 1000)
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-'))
chmodSync(dataDir, 0o755)
const server = await startAppServer({ DATA_DIR: dataDir, DATABASE_URL: undefined, PAYLOAD_SECRET: undefined, LOGIN_RATE_LIMIT: '1000' })

try {
  const login = await fetch(`${server.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'front-desk@care.demo.local', password: DEMO_PASSWORD }),
  })
  const { token, user } = await login.json()
  const site = user.sites[0].site.id ?? user.sites[0].site
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const create = (i: number) =>
    fetch(`${server.url}/api/reception-records`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: i % 3 ? 'phone' : 'visit', visitorName: `来电${i}`, elderName: `老人${i}`, rating: 'possible', site }),
    }).then(async (r) => {
      if (r.status !== 201) throw new Error(`create ${r.status}: ${await r.text()}`)
    })
  const list = () =>
    fetch(`${server.url}/api/reception-records?limit=10&depth=0&sort=-receivedAt&where[type][equals]=phone`, { headers }).then(async (r) => {
      if (r.status !== 200) throw new Error(`list ${r.status}`)
      await r.arrayBuffer()
    })

  for (let i = 0; i < 50; i++) await create(-i) // warm-up
  const creates: number[] = []
  for (let i = 0; i < N; i++) creates.push((await timed(() => create(i)))[0])
  const lists: number[] = []
  for (let i = 0; i < N; i++) lists.push((await timed(list))[0])

  let next = 0
  const [concurrentMs] = await timed(() =>
    Promise.all(Array.from({ length: 8 }, async () => {
      while (next < N) await create(N + next++)
    })),
  )

  report('rest', {
    create: summary(creates),
    list: summary(lists),
    createsPerSecondWith8InFlight: Math.round((N / concurrentMs) * 1000),
    aim: { createP50Ms: 6, listP50Ms: 4 },
  })
} finally {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
