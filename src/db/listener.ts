/**
 * One listening connection per process (PostgreSQL `LISTEN`), shared by whatever needs to hear what
 * other instances — or the database itself, through a trigger — announce: the live events of the
 * admin panel (devices/live.ts), the staff members' changes (collections/core/staffCache.ts).
 *
 * It reconnects after a database restart. What arrived while a channel was not listened to is lost
 * (PostgreSQL keeps no notifications for a listener that is not there), so a user that must hear every
 * announcement notes `listenedSince(…)` before it relies on it and checks it is still the same after.
 */
import pg from 'pg'
import type { Payload } from 'payload'

type Handler = (message: string) => void
/** `listened`: each channel LISTENed to on the current connection, with when (a number that only grows). */
type State = { payload: Payload; client?: pg.Client; listened: Map<string, number>; stopped: boolean; retryMs: number }

const handlers = new Map<string, Set<Handler>>()
let state: State | undefined
let sequence = 0

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/

/** Hand every notification on `channel` to `handler`; the channel is listened to from now on (also after a reconnect). */
export function onNotification(channel: string, handler: Handler): () => void {
  if (!IDENTIFIER.test(channel)) throw new Error(`not a channel name: ${channel}`)
  let set = handlers.get(channel)
  if (!set) {
    handlers.set(channel, (set = new Set()))
    // A connection already made (or being made: pg sends it once connected) listens to the new channel too.
    const current = state
    const client = current?.client
    if (client) {
      client.query(`LISTEN ${channel}`).then(() => void (current.client === client && current.listened.set(channel, ++sequence)), () => {})
    }
  }
  set.add(handler)
  return () => void set.delete(handler)
}

/** Whether `channel` is listened to now (what is published on it reaches every instance). */
export const listening = (channel: string): boolean => Boolean(state?.listened.has(channel))

/**
 * Since when `channel` has been listened to without a break on the connection started for `payload`
 * (its database): undefined when it is not. The same number later means nothing announced in between was missed.
 */
export const listenedSince = (payload: Payload, channel: string): number | undefined =>
  state?.payload === payload ? state.listened.get(channel) : undefined

/** Starts the listening connection (once per process). */
export function startListener(payload: Payload): void {
  if (state) return
  state = { payload, listened: new Map(), stopped: false, retryMs: 500 }
  void connect(state)
}

export async function stopListener(): Promise<void> {
  const current = state
  state = undefined
  if (!current) return
  current.stopped = true
  current.listened = new Map()
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
    current.listened = new Map()
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
    const channels = [...handlers.keys()]
    if (channels.length) await client.query(channels.map((channel) => `LISTEN ${channel}`).join('; '))
    if (current.stopped) return void client.end().catch(() => {})
    const since = ++sequence
    for (const channel of channels) current.listened.set(channel, since)
    current.retryMs = 500
  } catch {
    retry()
  }
}
