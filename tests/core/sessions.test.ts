/**
 * CORE-03 sign-in and sessions: one rate limit for every door, kept in the database; unlocking by
 * administrators only; a deactivated account's sessions end at once; the same answer, and the same
 * work, whether an address is unknown, known with a wrong password, or locked.
 */
import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { PASSWORD_HASH } from '../../src/lib/signInLimit'
import { bootPayload, startHttp, type Booted, type Http } from '../helpers/boot'
import { makeSite, makeStaff, PASSWORD, signIn, type Client } from '../helpers/people'

let booted: Booted
let payload: Payload
let http: Http
let site: { id: number }
let admin: Client
let desk: Client

let address = 0
/** A fresh client address per scenario, so that the per-address counts of one do not touch another. */
const freshAddress = () => `10.77.${Math.floor(++address / 250)}.${address % 250}`
let unknownCounter = 0
const unknownEmail = () => `nobody${++unknownCounter}-${Date.now()}@test.local`

type Answer = { status: number; body: any; ms: number }

const post = async (url: string, path: string, body: unknown, ip: string, token?: string): Promise<Answer> => {
  const started = performance.now()
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  const text = await res.text()
  const ms = performance.now() - started
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {}
  return { status: res.status, body: parsed, ms }
}

const restLogin = (email: string, password: string, ip: string, url = http.url) => post(url, '/api/staff/login', { email, password }, ip)
const gqlLogin = (email: string, password: string, ip: string) =>
  post(http.url, '/api/graphql', { query: 'mutation ($e: String!, $p: String!) { loginStaff(email: $e, password: $p) { token } }', variables: { e: email, p: password } }, ip)

/** What a GraphQL error tells the caller (its position in the query aside). */
const gqlErrors = (a: Answer) => (a.body.errors ?? []).map((e: { message: string; extensions?: unknown }) => ({ message: e.message, extensions: e.extensions }))

const withEnv = async (env: Record<string, string>, run: () => Promise<void>) => {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
  Object.assign(process.env, env)
  try {
    await run()
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const newStaff = async (roles: ('admin' | 'staff')[] = ['staff']) => (await makeStaff(payload, { sites: [site.id], roles })) as { id: number; email: string }

const lockOut = async (email: string) => {
  const ip = freshAddress()
  for (let i = 0; i < 5; i++) expect((await restLogin(email, 'wrong-password', ip)).status).toBe(401)
}

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  http = await startHttp(payload)
  site = (await makeSite(payload)) as { id: number }
  admin = await signIn(http.url, (await newStaff(['admin', 'staff'])).email)
  desk = await signIn(http.url, (await newStaff()).email)
})

afterAll(async () => http?.close())

describe('CORE-03 sign-in and sessions', () => {
  it('CORE-03 one rate limit for every sign-in door, kept in the database (REST, GraphQL, a second instance)', async () => {
    const me = await newStaff()
    await withEnv({ LOGIN_RATE_LIMIT: '4', LOGIN_RATE_LIMIT_EMAIL: '100' }, async () => {
      const ip = freshAddress()
      const second = await startHttp(payload) // another app instance on the same database
      try {
        expect((await restLogin(unknownEmail(), 'x', ip)).status).toBe(401)
        expect((await gqlLogin(unknownEmail(), 'x', ip)).body.errors).toHaveLength(1)
        expect((await restLogin(unknownEmail(), 'x', ip, second.url)).status).toBe(401)
        expect((await gqlLogin(unknownEmail(), 'x', ip)).body.errors).toHaveLength(1)
        // Over the limit, through any door and on any instance, even the right password is refused.
        const rest = await restLogin(me.email, PASSWORD, ip, second.url)
        expect(rest.status).toBe(429)
        expect(JSON.stringify(rest.body)).toMatch(/过多/)
        const viaGraphQL = await gqlLogin(me.email, PASSWORD, ip)
        expect(viaGraphQL.body.data?.loginStaff?.token ?? null).toBeNull()
        expect(viaGraphQL.body.errors).toHaveLength(1)
        expect((await restLogin(me.email, PASSWORD, ip)).status).toBe(429)
        // Another address is not affected.
        expect((await restLogin(me.email, PASSWORD, freshAddress())).status).toBe(200)
      } finally {
        await second.close()
      }
    })
    expect((await payload.count({ collection: 'sign-in-limits' })).totalDocs).toBeGreaterThan(0)
  })

  it('CORE-03 attempts on one e-mail address are limited whatever address they come from', async () => {
    const me = await newStaff()
    await withEnv({ LOGIN_RATE_LIMIT_EMAIL: '3' }, async () => {
      for (let i = 0; i < 3; i++) expect((await restLogin(me.email, 'wrong-password', freshAddress())).status).toBe(401)
      const rest = await restLogin(me.email, PASSWORD, freshAddress())
      expect(rest.status).toBe(429)
      expect(JSON.stringify(rest.body)).toMatch(/过多/)
      const viaGraphQL = await gqlLogin(me.email.toUpperCase(), PASSWORD, freshAddress())
      expect(viaGraphQL.body.data?.loginStaff?.token ?? null).toBeNull()
      // An unknown address is limited alike (the limit says nothing about existence).
      const target = unknownEmail()
      for (let i = 0; i < 3; i++) expect((await restLogin(target, 'x', freshAddress())).status).toBe(401)
      expect((await restLogin(target, 'x', freshAddress())).status).toBe(429)
    })
  })

  it('CORE-03 successful sign-ins do not use up the limit (it counts failures)', async () => {
    await withEnv({ LOGIN_RATE_LIMIT: '3', LOGIN_RATE_LIMIT_EMAIL: '3' }, async () => {
      const me = await newStaff()
      const ip = freshAddress()
      for (let i = 0; i < 6; i++) expect((await restLogin(me.email, PASSWORD, ip)).status).toBe(200)
    })
  })

  it('CORE-03 a locked account answers exactly as a wrong password and an unknown address, in REST and GraphQL', async () => {
    const me = await newStaff()
    const other = await newStaff()
    const wrong = await restLogin(other.email, 'wrong-password', freshAddress())
    const unknown = await restLogin(unknownEmail(), 'wrong-password', freshAddress())
    await lockOut(me.email)
    const locked = await restLogin(me.email, PASSWORD, freshAddress()) // the right password, while locked
    expect(locked.status).toBe(401)
    expect(locked.body).toEqual(wrong.body)
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)

    const gqlLocked = gqlErrors(await gqlLogin(me.email, PASSWORD, freshAddress()))
    expect(gqlLocked).toEqual(gqlErrors(await gqlLogin(other.email, 'wrong-password', freshAddress())))
    expect(gqlLocked).toEqual(gqlErrors(await gqlLogin(unknownEmail(), 'wrong-password', freshAddress())))
  })

  it('CORE-03 an unknown address, a wrong password and a locked account do the same work (the password hash) and take as long', async () => {
    const known = await Promise.all([newStaff(), newStaff(), newStaff()])
    const locked = await newStaff()
    await lockOut(locked.email)

    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    try {
      const hashesFor = async (email: string) => {
        pbkdf2.mockClear()
        expect((await restLogin(email, 'wrong-password', freshAddress())).status).toBe(401)
        return pbkdf2.mock.calls.filter(([, , iterations]) => iterations === PASSWORD_HASH.iterations).length
      }
      expect(await hashesFor(known[0]!.email)).toBe(1)
      expect(await hashesFor(unknownEmail())).toBe(1)
      expect(await hashesFor(locked.email)).toBe(1)
    } finally {
      pbkdf2.mockRestore()
    }

    // And statistically: medians of interleaved tries within a factor of two (before: ≈200 ms against ≈10 ms).
    const knownMs: number[] = []
    const unknownMs: number[] = []
    for (let i = 0; i < 6; i++) {
      knownMs.push((await restLogin(known[i % 3]!.email, 'wrong-password', freshAddress())).ms)
      unknownMs.push((await restLogin(unknownEmail(), 'wrong-password', freshAddress())).ms)
    }
    const ratio = median(unknownMs) / median(knownMs)
    expect(ratio, `unknown ${median(unknownMs).toFixed(0)} ms, known ${median(knownMs).toFixed(0)} ms`).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  it('CORE-03 the hash done for nothing is the one Payload stores', async () => {
    const me = await newStaff()
    const row = (await payload.db.findOne({ collection: 'staff', where: { id: { equals: me.id } }, select: { hash: true } as never })) as unknown as { hash: string }
    expect(row.hash.startsWith(PASSWORD_HASH.prefix)).toBe(true)
    expect(row.hash.slice(PASSWORD_HASH.prefix.length)).toMatch(new RegExp(`^[0-9a-f]{${PASSWORD_HASH.keyLength * 2}}$`))
  })

  it('CORE-03 only administrators unlock an account, and no answer tells whether an address exists', async () => {
    const me = await newStaff()
    await lockOut(me.email)
    const unlock = (email: string, token?: string) => post(http.url, '/api/staff/unlock', { email }, freshAddress(), token)
    const gqlUnlock = (email: string, token: string) => post(http.url, '/api/graphql', { query: `mutation { unlockStaff(email: "${email}") }` }, freshAddress(), token)

    for (const token of [desk.token, undefined]) {
      const known = await unlock(me.email, token)
      const unknown = await unlock(unknownEmail(), token)
      expect(known.status).toBe(403)
      expect([unknown.status, unknown.body]).toEqual([known.status, known.body])
    }
    const gKnown = await gqlUnlock(me.email, desk.token)
    expect(gKnown.body.data?.unlockStaff ?? null).toBeNull()
    expect(gqlErrors(gKnown)).toEqual(gqlErrors(await gqlUnlock(unknownEmail(), desk.token)))
    expect((await restLogin(me.email, PASSWORD, freshAddress())).status, 'still locked').toBe(401)

    expect((await unlock(me.email, admin.token)).status).toBe(200)
    expect((await restLogin(me.email, PASSWORD, freshAddress())).status).toBe(200)
    await lockOut(me.email)
    expect((await gqlUnlock(me.email, admin.token)).body.data?.unlockStaff).toBe(true)
    expect((await restLogin(me.email, PASSWORD, freshAddress())).status).toBe(200)
  })

  it("CORE-03 a deactivated account's sessions end at once: reads and creates are refused on the next request", async () => {
    const me = await newStaff()
    const client = await signIn(http.url, me.email)
    expect((await client.get('/api/reception-records')).status).toBe(200)
    expect((await client.post('/api/reception-records', { type: 'phone', visitorName: '张女士', site: site.id })).status).toBe(201)

    expect((await admin.patch(`/api/staff/${me.id}`, { active: false })).status).toBe(200)
    expect((await client.get('/api/reception-records')).status).toBe(403)
    expect((await client.post('/api/reception-records', { type: 'phone', visitorName: '李先生', site: site.id })).status).toBe(403)
    const viaGraphQL = await client.post('/api/graphql', { query: '{ ReceptionRecords { docs { id } } }' })
    expect(viaGraphQL.body.data?.ReceptionRecords ?? null).toBeNull()
    expect((await client.get('/api/staff/me')).body.user ?? null).toBeNull()

    // Switching the account back on does not revive the old session.
    expect((await admin.patch(`/api/staff/${me.id}`, { active: true })).status).toBe(200)
    expect((await client.get('/api/reception-records')).status).toBe(403)
    expect((await (await signIn(http.url, me.email)).get('/api/reception-records')).status).toBe(200)
  })

  it('CORE-03 forgot-password answers the same, in about the same time, for known and unknown addresses', async () => {
    const known = await Promise.all(Array.from({ length: 7 }, () => newStaff()))
    const forgot = (email: string) => post(http.url, '/api/staff/forgot-password', { email }, freshAddress())
    await forgot((await newStaff()).email) // warm-up: the first mail of the process
    const knownAnswers: Answer[] = []
    const unknownAnswers: Answer[] = []
    for (const staff of known) {
      knownAnswers.push(await forgot(staff.email))
      unknownAnswers.push(await forgot(unknownEmail()))
    }
    for (const a of [...knownAnswers, ...unknownAnswers]) expect([a.status, a.body]).toEqual([knownAnswers[0]!.status, knownAnswers[0]!.body])
    expect(knownAnswers[0]!.status).toBe(200)
    const outbox = await payload.count({ collection: 'mail-outbox', where: { to: { in: known.map((s) => s.email) } } })
    expect(outbox.totalDocs).toBe(known.length)
    const knownMs = median(knownAnswers.map((a) => a.ms))
    const unknownMs = median(unknownAnswers.map((a) => a.ms))
    expect(unknownMs / knownMs, `unknown ${unknownMs.toFixed(1)} ms, known ${knownMs.toFixed(1)} ms`).toBeGreaterThan(0.5)
  })
})
