/**
 * The floor of a REST server: raw's statements (bench/peers/raw.ts, on a copy of its own in schema
 * `floor`) behind a bare node:http server in a process of its own — the JSON body read and parsed,
 * the answer written as JSON — and no sign-in, no checks, no framework. Between raw and it lies what one
 * HTTP round trip costs on the machine (the bench's fetch, node's HTTP on both ends, loopback); what
 * a REST server adds beyond it is its own.
 *
 * `inOne` (schema `floor1`): the list's page and total in one statement (raw.ts `listInOne`, the form the
 * app sends for a search), the floor of a REST server that lists as the app does.
 *
 * Run as a peer by bench/peers/run.ts (PEERS=…,floor,floor1); as a script (FLOOR_URL, FLOOR_IN_ONE,
 * FLOOR_SITE, FLOOR_STAFF, PORT) it is the server.
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { freePort } from '../../src/db/embedded'
import { startServer } from './install'
import { copyTable, rawStatements } from './raw'
import { filterOf, ok, recordOf, type Peer } from './types'

const self = fileURLToPath(import.meta.url)
const schemaOf = (inOne: boolean) => (inOne ? 'floor1' : 'floor')

export async function httpFloorPeer(url: string, site: number, staff: number, inOne = false): Promise<Peer> {
  await copyTable(url, schemaOf(inOne))
  const port = await freePort()
  const proc = await startServer(['node', '--import', 'tsx', self], {
    cwd: path.resolve(path.dirname(self), '../..'),
    env: { FLOOR_URL: url, FLOOR_IN_ONE: inOne ? '1' : '', FLOOR_SITE: String(site), FLOOR_STAFF: String(staff), PORT: String(port) },
    ready: /floor ready/,
  })
  const base = `http://127.0.0.1:${port}`
  const headers = { 'content-type': 'application/json' }
  return {
    name: `raw node-postgres behind node:http (no sign-in, no checks${inOne ? '; page and total in one statement' : ''})`,
    pid: proc.pid,
    create: async (i) => ok(await fetch(`${base}/records`, { method: 'POST', headers, body: JSON.stringify(recordOf(i)) }), 201, 'floor create'),
    list: async (i) => ok(await fetch(`${base}/records?contains=${encodeURIComponent(filterOf(i))}`, { headers }), 200, 'floor list'),
    stop: proc.stop,
  }
}

async function serve() {
  const pool = new pg.Pool({ connectionString: process.env.FLOOR_URL, max: 10 })
  pool.on('error', () => {})
  const inOne = process.env.FLOOR_IN_ONE === '1'
  const statements = rawStatements(pool, schemaOf(inOne), Number(process.env.FLOOR_SITE), Number(process.env.FLOOR_STAFF), inOne)
  const answer = (res: http.ServerResponse, status: number, body: unknown) => {
    res.statusCode = status
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(body))
  }
  http
    .createServer(async (req, res) => {
      try {
        const chunks: Buffer[] = []
        for await (const chunk of req) chunks.push(chunk as Buffer)
        if (req.method === 'POST') {
          answer(res, 201, { doc: await statements.create(JSON.parse(Buffer.concat(chunks).toString('utf8'))) })
        } else {
          answer(res, 200, await statements.list(new URL(req.url ?? '/', 'http://floor').searchParams.get('contains') ?? ''))
        }
      } catch (error) {
        answer(res, 500, { error: (error as Error).message })
      }
    })
    .listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor ready'))
}

if (process.argv[1] && path.resolve(process.argv[1]) === self) void serve()
