/**
 * Live events for the admin panel (DEV-04 call pop-ups, gate state, swipes): published per site,
 * delivered over server-sent events to the signed-in sessions that may see that site — on every app
 * instance. Events travel through PostgreSQL (`NOTIFY frontdesk_live`): each instance keeps one
 * listening connection and hands what arrives to its own sessions, so a call answered at one instance
 * pops up in a browser connected to another. Without the listening connection (before it is up, while
 * the database restarts, in a process that never started it) events reach this instance's sessions only.
 */
import { EventEmitter } from 'node:events'
import type pg from 'pg'
import type { Payload } from 'payload'
import { listening, onNotification, startListener } from '../src/db/listener'

export type LiveEvent = { type: string; site: number; [key: string]: unknown }

export const LIVE_CHANNEL = 'frontdesk_live'
/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more. */
const MAX_NOTIFY_BYTES = 7_900

const hub = new EventEmitter()
hub.setMaxListeners(0)

let live: { payload: Payload } | undefined

const deliver = (event: LiveEvent) => hub.emit('event', event)

export function publish(event: LiveEvent): void {
  const text = JSON.stringify(event)
  if (!live || !listening(LIVE_CHANNEL) || Buffer.byteLength(text) > MAX_NOTIFY_BYTES) return void deliver(event)
  const pool = (live.payload.db as unknown as { pool: pg.Pool }).pool
  // Our own listening connection hands it back to this instance's sessions, like every other instance.
  pool.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, text]).catch(() => deliver(event))
}

export const subscribe = (listener: (event: LiveEvent) => void) => {
  hub.on('event', listener)
  return () => hub.off('event', listener)
}

/** Starts hearing other instances' events (once per process; src/db/listener.ts keeps the connection). */
export function startLiveBus(payload: Payload): void {
  if (live) return
  live = { payload }
  onNotification(LIVE_CHANNEL, (text) => {
    try {
      deliver(JSON.parse(text) as LiveEvent)
    } catch {
      payload.logger.warn(`[live] unreadable event dropped: ${text.slice(0, 200)}`)
    }
  })
  startListener(payload)
}
