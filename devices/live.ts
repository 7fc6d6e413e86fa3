/**
 * Live events for the admin panel (DEV-04 call pop-ups, gate state, swipes): published per site,
 * delivered over server-sent events to the signed-in sessions that may see that site — on every app
 * instance. Events travel through PostgreSQL (`NOTIFY frontdesk_live`): each instance keeps one
 * listening connection and hands what arrives to its own sessions, so a call answered at one instance
 * pops up in a browser connected to another. Without the listening connection (before it is up, while
 * the database restarts, in a process that never started it) events reach this instance's sessions only.
 */
import { EventEmitter } from 'node:events'
import pg from 'pg'
import type { Payload } from 'payload'

export type LiveEvent = { type: string; site: number; [key: string]: unknown }

export const LIVE_CHANNEL = 'frontdesk_live'
/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more. */
const MAX_NOTIFY_BYTES = 7_900

const hub = new EventEmitter()
hub.setMaxListeners(0)

type Bus = { payload: Payload; listening: boolean; client?: pg.Client; stopped: boolean; retryMs: number }
let bus: Bus | undefined

const deliver = (event: LiveEvent) => hub.emit('event', event)

export function publish(event: LiveEvent): void {
  const text = JSON.stringify(event)
  if (!bus?.listening || Buffer.byteLength(text) > MAX_NOTIFY_BYTES) return void deliver(event)
  const pool = (bus.payload.db as unknown as { pool: pg.Pool }).pool
  // Our own listening connection hands it back to this instance's sessions, like every other instance.
  pool.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, text]).catch(() => deliver(event))
}

export const subscribe = (listener: (event: LiveEvent) => void) => {
  hub.on('event', listener)
  return () => hub.off('event', listener)
}

/** Starts this instance's listening connection (once per process); it reconnects after a database restart. */
export function startLiveBus(payload: Payload): void {
  if (bus) return
  bus = { payload, listening: false, stopped: false, retryMs: 500 }
  void listen(bus)
}

export async function stopLiveBus(): Promise<void> {
  const current = bus
  bus = undefined
  if (!current) return
  current.stopped = true
  current.listening = false
  await current.client?.end().catch(() => {})
}

async function listen(state: Bus): Promise<void> {
  const { connectionString } = (state.payload.db as unknown as { pool: pg.Pool & { options: pg.PoolConfig } }).pool.options
  const client = new pg.Client({ connectionString, application_name: 'frontdesk-live' })
  state.client = client
  let lost = false
  const retry = () => {
    if (lost || state.stopped) return
    lost = true
    state.listening = false
    state.client = undefined
    client.removeAllListeners()
    client.end().catch(() => {})
    setTimeout(() => void listen(state), state.retryMs).unref()
    state.retryMs = Math.min(state.retryMs * 2, 10_000)
  }
  client.on('error', retry)
  client.on('end', retry)
  client.on('notification', (message) => {
    if (message.channel !== LIVE_CHANNEL || !message.payload) return
    try {
      deliver(JSON.parse(message.payload) as LiveEvent)
    } catch {
      state.payload.logger.warn(`[live] unreadable event dropped: ${message.payload.slice(0, 200)}`)
    }
  })
  try {
    await client.connect()
    await client.query(`LISTEN ${LIVE_CHANNEL}`)
    if (state.stopped) return void client.end().catch(() => {})
    state.listening = true
    state.retryMs = 500
  } catch {
    retry()
  }
}
