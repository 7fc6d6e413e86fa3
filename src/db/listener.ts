/**
 * One listening connection per process (PostgreSQL `LISTEN`), shared by whatever needs to hear what
 * other instances — or the database itself, through a trigger — announce: the live events of the
 * admin panel (devices/live.ts), the staff members' changes (collections/core/staffCache.ts).
 *
 * It reconnects after a database restart. What arrived while it was not connected is lost (PostgreSQL
 * keeps no notifications for a listener that is not there), so a user of it must either not rely on it
 * while `listening()` is false or start over when `onConnected` tells it the connection is back.
 */
import pg from 'pg'
import type { Payload } from 'payload'

type Handler = (message: string) => void
type State = { payload: Payload; client?: pg.Client; listening: boolean; stopped: boolean; retryMs: number }

const handlers = new Map<string, Set<Handler>>()
const connected = new Set<() => void>()
let state: State | undefined

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/

/** Hand every notification on `channel` to `handler`; the channel is listened to from now on (also after a reconnect). */
export function onNotification(channel: string, handler: Handler): () => void {
  if (!IDENTIFIER.test(channel)) throw new Error(`not a channel name: ${channel}`)
  let set = handlers.get(channel)
  if (!set) {
    handlers.set(channel, (set = new Set()))
    if (state?.listening) state.client!.query(`LISTEN ${channel}`).catch(() => {})
  }
  set.add(handler)
  return () => void set.delete(handler)
}

/** Called each time the connection is (again) listening to every channel. */
export function onConnected(callback: () => void): () => void {
  connected.add(callback)
  return () => void connected.delete(callback)
}

export const listening = (): boolean => Boolean(state?.listening)

/** Listening, on the connection started for `payload` (its database). */
export const listeningFor = (payload: Payload): boolean => Boolean(state?.listening && state.payload === payload)

/** Starts the listening connection (once per process). */
export function startListener(payload: Payload): void {
  if (state) return
  state = { payload, listening: false, stopped: false, retryMs: 500 }
  void connect(state)
}

export async function stopListener(): Promise<void> {
  const current = state
  state = undefined
  if (!current) return
  current.stopped = true
  current.listening = false
  await current.client?.end().catch(() => {})
}

async function connect(current: State): Promise<void> {
  const { connectionString } = (current.payload.db as unknown as { pool: pg.Pool & { options: pg.PoolConfig } }).pool.options
  const client = new pg.Client({ connectionString, application_name: 'frontdesk-listener' })
  current.client = client
  let lost = false
  const retry = () => {
    if (lost || current.stopped) return
    lost = true
    current.listening = false
    current.client = undefined
    client.removeAllListeners()
    client.end().catch(() => {})
    setTimeout(() => void connect(current), current.retryMs).unref()
    current.retryMs = Math.min(current.retryMs * 2, 10_000)
  }
  client.on('error', retry)
  client.on('end', retry)
  client.on('notification', (message) => {
    for (const handler of handlers.get(message.channel) ?? []) {
      try {
        handler(message.payload ?? '')
      } catch (error) {
        current.payload.logger.warn(`[listener] ${message.channel}: ${(error as Error).message}`)
      }
    }
  })
  try {
    await client.connect()
    // The connection alone must not keep a process alive (a test, a command-line tool).
    ;(client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.()
    for (const channel of handlers.keys()) await client.query(`LISTEN ${channel}`)
    if (current.stopped) return void client.end().catch(() => {})
    current.listening = true
    current.retryMs = 500
    for (const callback of connected) callback()
  } catch {
    retry()
  }
}
