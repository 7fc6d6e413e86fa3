/**
 * CORE-03 sessions do not grow without bound: a shared desk account signing in on many PCs keeps its
 * newest MAX_SESSIONS_PER_ACCOUNT sessions, expired ones are removed at the next sign-in, and a session that was
 * let go no longer authenticates.
 */
import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, drizzleOf, startHttp, type Booted, type Http } from '../helpers/boot'
import { makeSite, makeStaff, signIn } from '../helpers/people'

/** A small cap keeps the test quick (each sign-in hashes a password); the default is 20. */
const MAX_SESSIONS = 4
let booted: Booted
let http: Http

beforeAll(async () => {
  process.env.MAX_SESSIONS_PER_ACCOUNT = String(MAX_SESSIONS)
  booted = await bootPayload()
  http = await startHttp(booted.payload)
})
afterAll(async () => {
  delete process.env.MAX_SESSIONS_PER_ACCOUNT
  await http?.close()
})

const sessionsOf = async (id: number) =>
  (await drizzleOf(booted.payload).execute(sql`SELECT id, expires_at FROM staff_sessions WHERE _parent_id = ${id} ORDER BY created_at`)).rows

describe('CORE-03 session cap', () => {
  it(`CORE-03 an account keeps its newest ${MAX_SESSIONS} sessions; the oldest stops working, the newest works`, async () => {
    const site = (await makeSite(booted.payload)).id as number
    const desk = await makeStaff(booted.payload, { sites: [site], positions: [booted.positions.get('front-desk')!] })
    const clients = []
    for (let i = 0; i < MAX_SESSIONS + 5; i++) clients.push(await signIn(http.url, desk.email as string))
    expect(await sessionsOf(desk.id as number)).toHaveLength(MAX_SESSIONS)
    const oldestKept = clients.length - MAX_SESSIONS
    for (const [i, client] of clients.entries()) {
      expect((await client.get('/api/staff/me')).body.user?.id ?? null, `session ${i}`).toBe(i >= oldestKept ? desk.id : null)
    }
  })

  it('CORE-03 expired sessions are removed at the next sign-in', async () => {
    const site = (await makeSite(booted.payload)).id as number
    const desk = await makeStaff(booted.payload, { sites: [site] })
    await signIn(http.url, desk.email as string)
    await drizzleOf(booted.payload).execute(sql`
      INSERT INTO staff_sessions (_order, _parent_id, id, created_at, expires_at)
      VALUES (99, ${desk.id}, 'expired-one', now() - interval '2 days', now() - interval '1 day')`)
    expect(await sessionsOf(desk.id as number)).toHaveLength(2)
    await signIn(http.url, desk.email as string)
    const left = await sessionsOf(desk.id as number)
    expect(left).toHaveLength(2)
    expect(left.map((r) => r.id)).not.toContain('expired-one')
  })
})
