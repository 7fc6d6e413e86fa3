/**
 * CORE-03 (issue 15): the signed-in staff member is kept between requests
 * (collections/core/staffCache.ts) — and every change to them counts on the very next request:
 * through this instance (sign-out, deactivation, deletion) at once, through another connection (another
 * instance, psql) as soon as PostgreSQL announces it, and nothing is trusted across a lost listener.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { poolStatementsOf } from '../helpers/statements'
import { signIn, type Client } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

let other: pg.Client
const connectionString = () => (w.payload.db as unknown as { pool: { options: { connectionString: string } } }).pool.options.connectionString
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  other = new pg.Client({ connectionString: connectionString() })
  await other.connect()
})
afterAll(async () => {
  await other?.end()
})

const LIST = '/api/reception-records?limit=5'

/** The status of one list, and how many times it read the signed-in member from the database. */
async function listed(client: Client) {
  let status = 0
  let ids: number[] = []
  const statements = await poolStatementsOf(w.payload, async () => {
    const answer = await client.get(`${LIST}&depth=0`)
    status = answer.status
    ids = (answer.body.docs ?? []).map((d: { id: number }) => d.id)
  })
  return { status, ids, memberReads: statements.filter((text) => text.includes('FROM staff s WHERE s.id')).length }
}

/** Lists until one is answered without reading the member (the cache is in use), within `ms`. */
async function untilKept(client: Client, ms = 10_000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) {
    const answer = await listed(client)
    expect(answer.status).toBe(200)
    if (answer.memberReads === 0) return true
  }
  return false
}

/** Lists until `done` holds for an answer, within `ms`; the last answer. */
async function until(client: Client, done: (answer: Awaited<ReturnType<typeof listed>>) => boolean, ms = 5_000) {
  let answer = await listed(client)
  for (const end = Date.now() + ms; !done(answer) && Date.now() < end; await sleep(20)) answer = await listed(client)
  return answer
}

const listenerPids = async () =>
  (await other.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'frontdesk-listener' AND datname = current_database()`)).rows.map((r) => Number(r.pid))

describe('CORE-03 the signed-in member kept between requests', () => {
  it('CORE-03 a member is read once and then kept: twenty lists read them not once more, and answer as before', async () => {
    const person = await w.hire({ positions: ['front-desk'] })
    const client = await signIn(w.url, person.email)
    expect(await untilKept(client)).toBe(true)
    const first = await listed(client)
    for (let i = 0; i < 20; i++) {
      const answer = await listed(client)
      expect(answer).toEqual({ ...first, memberReads: 0 })
    }
  })

  it('CORE-03 sign-out, deactivation and deletion through this instance count on the very next request, even when the announcement comes late', async () => {
    // PostgreSQL's announcements reach this process a second late: the very next request must not depend on them.
    const emit = pg.Client.prototype.emit
    pg.Client.prototype.emit = function (this: pg.Client, name: string | symbol, ...args: unknown[]) {
      if (name !== 'notification') return emit.call(this, name, ...args)
      setTimeout(() => emit.call(this, name, ...args), 1_000)
      return true
    } as typeof emit
    onTestFinished(() => void (pg.Client.prototype.emit = emit))
    for (let round = 0; round < 3; round++) {
      const person = await w.hire({ positions: ['front-desk'] })
      const [a, b, c] = [await signIn(w.url, person.email), await signIn(w.url, person.email), await signIn(w.url, person.email)]
      expect(await untilKept(a)).toBe(true)
      expect(await untilKept(b)).toBe(true)

      expect((await a.post('/api/staff/logout', {})).status).toBe(200)
      expect((await listed(a)).status).toBe(403)
      expect((await listed(b)).status).toBe(200)

      await w.payload.update({ collection: 'staff', id: person.id, data: { active: false }, overrideAccess: true })
      expect((await listed(b)).status).toBe(403)

      await w.payload.delete({ collection: 'staff', id: person.id, overrideAccess: true })
      expect((await listed(c)).status).toBe(403)
    }
  })

  it('CORE-03 a change written by another connection (another instance, psql) is heard: an ended session and a withdrawn site count at once', async () => {
    const person = await w.hire({ positions: ['front-desk'], sites: [w.site, w.otherSite] })
    const record = await w.payload.create({
      collection: 'reception-records',
      data: { site: w.otherSite, type: 'visit', visitorName: '缓存测试访客', receivedAt: new Date().toISOString() } as never,
      overrideAccess: true,
    })
    const client = await signIn(w.url, person.email)
    expect(await untilKept(client)).toBe(true)
    const seen = await until(client, (answer) => answer.memberReads === 0 && answer.ids.includes(record.id))
    expect(seen.ids).toContain(record.id)

    await other.query('DELETE FROM staff_sites WHERE _parent_id = $1 AND site_id = $2', [person.id, w.otherSite])
    const narrowed = await until(client, (answer) => !answer.ids.includes(record.id), 2_000)
    expect(narrowed.status).toBe(200)
    expect(narrowed.ids).not.toContain(record.id)

    expect(await untilKept(client)).toBe(true)
    await other.query('DELETE FROM staff_sessions WHERE _parent_id = $1', [person.id])
    expect((await until(client, (answer) => answer.status === 403, 2_000)).status).toBe(403)
  })

  it('CORE-03 while the listening connection is down nothing is kept, and what was announced meanwhile counts once it is back', async () => {
    const person = await w.hire({ positions: ['front-desk'] })
    const client = await signIn(w.url, person.email)
    expect(await untilKept(client)).toBe(true)

    const [before] = await listenerPids()
    expect(before).toBeGreaterThan(0)
    await other.query('SELECT pg_terminate_backend($1)', [before])
    // The session ends while nobody listens: the announcement is lost.
    await other.query('DELETE FROM staff_sessions WHERE _parent_id = $1', [person.id])
    for (const end = Date.now() + 15_000; Date.now() < end; await sleep(100)) {
      const now = await listenerPids()
      if (now.length === 1 && now[0] !== before) break
    }
    expect((await listenerPids()).filter((pid) => pid !== before)).toHaveLength(1)
    expect((await listed(client)).status).toBe(403)

    // And once back, members are kept again.
    const again = await signIn(w.url, person.email)
    expect(await untilKept(again)).toBe(true)
  })
})
