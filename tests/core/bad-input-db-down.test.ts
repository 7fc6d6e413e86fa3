/**
 * Fault (issue 9): while the database is unreachable the API answers 503 with a readable message in
 * the person's language (as /healthz does), never 500 "Something went wrong." — and answers normally
 * again once the database is back. The database really goes away: Payload reaches PostgreSQL through
 * a TCP relay that this test closes (new connections refused, open ones cut) and reopens.
 */
import net, { type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Booted, Http } from '../helpers/boot'
import type { Client } from '../helpers/people'

let booted: Booted
let http: Http
let zh: Client
let en: Client
let site: number

/** A relay to PostgreSQL that can be cut and restored on the same port. */
const relay = { server: undefined as Server | undefined, port: 0, sockets: new Set<Socket>(), target: { host: '', port: 0 } }

const openRelay = () =>
  new Promise<void>((resolve) => {
    relay.server = net.createServer((client) => {
      const upstream = net.connect(relay.target.port, relay.target.host)
      relay.sockets.add(client).add(upstream)
      client.pipe(upstream).pipe(client)
      const drop = () => {
        client.destroy()
        upstream.destroy()
      }
      client.on('error', drop).on('close', drop)
      upstream.on('error', drop).on('close', drop)
    })
    relay.server.listen(relay.port, '127.0.0.1', () => {
      relay.port = (relay.server!.address() as AddressInfo).port
      resolve()
    })
  })

const cutRelay = () =>
  new Promise<void>((resolve) => {
    for (const s of relay.sockets) s.destroy()
    relay.sockets.clear()
    relay.server?.close(() => resolve())
  })

beforeAll(async () => {
  const url = new URL(process.env.DATABASE_URL!)
  relay.target = { host: url.hostname, port: Number(url.port) }
  await openRelay()
  url.hostname = '127.0.0.1'
  url.port = String(relay.port)
  process.env.DATABASE_URL = url.toString()
  // The config reads DATABASE_URL when it is loaded: load it only now, through the relay.
  const { bootPayload, startHttp } = await import('../helpers/boot')
  const { makeSite, makeStaff, signIn } = await import('../helpers/people')
  booted = await bootPayload()
  // Dropped idle connections must not end the test process (the app does the same in src/db/pool.ts).
  const pool = (booted.payload.db as unknown as { pool: import('pg').Pool }).pool
  pool.on('error', () => {})
  pool.on('connect', (c) => void c.on('error', () => {}))
  http = await startHttp(booted.payload)
  site = (await makeSite(booted.payload)).id as number
  zh = await signIn(http.url, (await makeStaff(booted.payload, { sites: [site], language: 'zh' })).email as string)
  en = await signIn(http.url, (await makeStaff(booted.payload, { sites: [site], language: 'en' })).email as string)
})

afterAll(async () => {
  if (!relay.server?.listening) await openRelay()
  await http?.close()
})

describe('fault: the database is unreachable', () => {
  it('CORE-04 hardening: REST and GraphQL answer 503 with a readable message in the person’s language, then recover', async () => {
    expect((await zh.get('/api/reception-records')).status).toBe(200)
    await cutRelay()
    try {
      const answers = [
        ['zh list', await zh.get('/api/reception-records'), /资料库|数据库/],
        // With the database away the person's own preference cannot be read: their browser's language is used.
        ['en create', await en.request('POST', '/api/reception-records', { type: 'phone', visitorName: 'x', site }, { 'accept-language': 'en' }), /database cannot be reached/],
        ['en read by id', await en.request('GET', '/api/reception-records/1', undefined, { 'accept-language': 'en-GB,en;q=0.9' }), /database cannot be reached/],
        ['zh GraphQL', await zh.post('/api/graphql', { query: '{ ReceptionRecords { totalDocs } }' }), /资料库|数据库/],
      ] as const
      for (const [what, res, message] of answers) {
        expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(503)
        expect(JSON.stringify(res.body), what).toMatch(message)
        expect(JSON.stringify(res.body), what).not.toMatch(/Something went wrong|\n\s+at /)
      }
      const health = await fetch(`${http.url}/healthz`)
      expect(health.status).toBe(503)
    } finally {
      await openRelay()
    }
    // Back: the pool opens new connections by itself.
    let status = 0
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await zh.get('/api/reception-records')).status
      if (status !== 200) await new Promise((r) => setTimeout(r, 200))
    }
    expect(status).toBe(200)
  })
})
