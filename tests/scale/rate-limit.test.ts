/**
 * Issue 15: a rate limit that holds across app instances. Two express apps on loopback stand for two
 * instances, each with its own limiter (as each process has its own): with the store kept in
 * PostgreSQL (src/http/sharedRateLimit.ts) their requests count together; with express-rate-limit's
 * default in-memory store each instance counts alone (the gap the shared store closes).
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { rateLimit, type Store } from 'express-rate-limit'
import { afterAll, describe, expect, it } from 'vitest'
import { sharedRateLimitStore } from '../../src/http/sharedRateLimit'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })
const servers: Server[] = []

afterAll(async () => {
  for (const s of servers) await new Promise((resolve) => s.close(resolve))
})

/** One "instance": a limited route, its limiter's own store (a new one per instance, as in separate processes). */
async function instance(store: () => Store | undefined, limit: number): Promise<string> {
  const app = express()
  app.set('trust proxy', 'loopback')
  app.post('/devices/gates/1/command', rateLimit({ windowMs: 60_000, limit, standardHeaders: 'draft-8', legacyHeaders: false, store: store() }), (_req, res) => void res.json({ ok: true }))
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const hit = (url: string, address: string) => fetch(`${url}/devices/gates/1/command`, { method: 'POST', headers: { 'x-forwarded-for': address } }).then((r) => r.status)

describe('Issue 15 rate limits across instances', () => {
  it('Issue 15 DEV-06 a limit kept in PostgreSQL holds across instances: requests alternately on A and B count together', async () => {
    const name = `command-${Date.now()}`
    const [a, b] = [await instance(() => sharedRateLimitStore(w.payload, name), 4), await instance(() => sharedRateLimitStore(w.payload, name), 4)]
    const statuses = []
    for (let n = 0; n < 6; n++) statuses.push(await hit(n % 2 ? b : a, '203.0.113.40'))
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
    // Another client is counted apart.
    expect(await hit(a, '203.0.113.41')).toBe(200)
    expect(await hit(b, '203.0.113.41')).toBe(200)
  })

  it('Issue 15 DEV-06 the in-memory store (express-rate-limit default) counts per instance: the same requests all pass', async () => {
    const [a, b] = [await instance(() => undefined, 4), await instance(() => undefined, 4)]
    const statuses = []
    for (let n = 0; n < 6; n++) statuses.push(await hit(n % 2 ? b : a, '203.0.113.50'))
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200])
  })
})
