/**
 * Live events across instances: an event published by any app instance reaches the sessions of every
 * instance (PostgreSQL NOTIFY), only for the sites the session may see, and the listening connection
 * comes back after the database drops it. "Another instance" is a second PostgreSQL connection that
 * notifies and listens exactly as another app process does.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIVE_CHANNEL, publish } from '../../devices/live'
import { listenLive } from './sse'
import { useDeviceWorld, sleep, type DeviceWorld } from './world'

const w = useDeviceWorld()

let other: pg.Client
let live: Awaited<ReturnType<typeof listenLive>>

const connectionString = () => (w.payload.db as unknown as { pool: { options: { connectionString: string } } }).pool.options.connectionString
const fromOtherInstance = (event: Record<string, unknown>) => other.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify(event)])

/** Until the instance's listening connection is up, notify and wait for the event to come through. */
async function untilListening(site: number, ms = 10_000) {
  const end = Date.now() + ms
  for (let i = 0; Date.now() < end; i++) {
    await fromOtherInstance({ type: 'probe', site, n: i })
    if (await live.next((e) => e.type === 'probe' && e.data.n === i, 300)) return true
  }
  return false
}

beforeAll(async () => {
  other = new pg.Client({ connectionString: connectionString() })
  await other.connect()
  live = await listenLive(w.url, w.desk.token)
  expect(await untilListening(w.site)).toBe(true)
})

afterAll(async () => {
  live?.close()
  await other?.end()
})

describe('DEV-04 live events reach a session on any instance', () => {
  it('DEV-04 an event another instance publishes reaches this instance’s session of that site, and not a session of another site', async () => {
    const outsider = await listenLive(w.url, w.outsider.token)
    await fromOtherInstance({ type: 'call', site: w.site, call: { id: 'x-1', from: '13800000000' } })
    const got = await live.next((e) => e.type === 'call' && e.data.call?.id === 'x-1')
    expect(got?.data.site).toBe(w.site)
    await sleep(300)
    expect(outsider.events.some((e) => e.type === 'call')).toBe(false)
    outsider.close()
  })

  it('DEV-04 an event this instance publishes goes out to the other instances (and to its own sessions once)', async () => {
    const listener = new pg.Client({ connectionString: connectionString() })
    await listener.connect()
    const received: string[] = []
    listener.on('notification', (m) => m.payload && received.push(m.payload))
    await listener.query(`LISTEN ${LIVE_CHANNEL}`)
    publish({ type: 'gate', site: w.site, state: 'open', marker: 'own-1' })
    expect(await live.next((e) => e.type === 'gate' && e.data.marker === 'own-1')).toBeTruthy()
    await sleep(300)
    expect(received.map((p) => JSON.parse(p)).filter((e) => e.marker === 'own-1')).toHaveLength(1)
    expect(live.events.filter((e) => e.data.marker === 'own-1')).toHaveLength(1)
    await listener.end()
  })

  it('DEV-04 the listening connection comes back after the database drops it', async () => {
    const pids = async () => (await other.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'frontdesk-listener'`)).rows.map((r) => Number(r.pid))
    const before = await pids()
    expect(before).toHaveLength(1)
    await other.query('SELECT pg_terminate_backend($1)', [before[0]])
    let after: number[] = []
    for (const end = Date.now() + 15_000; Date.now() < end; await sleep(100)) {
      after = await pids()
      if (after.length === 1 && after[0] !== before[0]) break
    }
    expect(after).toHaveLength(1)
    expect(after[0]).not.toBe(before[0])
    expect(await untilListening(w.site, 15_000)).toBe(true)
    await fromOtherInstance({ type: 'call', site: w.site, call: { id: 'after-restart' } })
    expect(await live.next((e) => e.data.call?.id === 'after-restart')).toBeTruthy()
  })
})
