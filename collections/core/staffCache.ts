/**
 * Issue 15: the signed-in staff member, kept between requests. Loading the member
 * (collections/core/staffAuth.ts) was one of a list's two statements and a good part of its time; a
 * desk signs the same few accounts in all day. A member is kept here only while every change to it is
 * heard at once, on every instance:
 *
 * - PostgreSQL announces every change of a staff row or of its arrays (sites, roles, positions,
 *   sessions) when it commits, whatever door wrote it — Payload, a sign-in's session cap, psql — with a
 *   trigger (`NOTIFY frontdesk_staff, '<id>'`; a TRUNCATE announces everyone). Each instance's listening
 *   connection (src/db/listener.ts) drops what it heard of.
 * - Nothing is kept while the channel is not listened to, and nothing kept before a break in the
 *   listening is used after it (what was announced meanwhile is lost); a load is kept only when the
 *   channel was listened to, without a break, from before it started until it ended.
 * - A write through this process's database adapter (sign-in, sign-out, an edit, a deactivation) keeps
 *   that member — every member for a write by condition — out of the cache from before it starts until
 *   2 s after it ends, so the next request after its answer never depends on the announcement's timing.
 * - A load that a change overtook is not kept; an entry is reused for at most 10 s.
 *
 * What a request gets is its own copy (Payload marks the user it is handed).
 */
import type { DatabaseAdapterObj, Payload } from 'payload'
import { adjustAdapter } from '../../src/db/adjustAdapter'
import { listenedSince, onNotification, startListener } from '../../src/db/listener'

export const STAFF_CHANNEL = 'frontdesk_staff'
const KEEP_MS = 10_000
const HELD_AFTER_WRITE_MS = 2_000
const MAX_ENTRIES = 1_000
const RETRY_INSTALL_MS = 60_000

/** The tables whose rows make a staff member, each with the column naming its member. */
const TABLES: [table: string, member: string][] = [
  ['staff', 'id'],
  ['staff_roles', 'parent_id'],
  ['staff_sites', '_parent_id'],
  ['staff_rels', 'parent_id'],
  ['staff_sessions', '_parent_id'],
]

const TRIGGERS = `
  CREATE OR REPLACE FUNCTION frontdesk_staff_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_LEVEL = 'STATEMENT' THEN
      PERFORM pg_notify('${STAFF_CHANNEL}', '*');
      RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('${STAFF_CHANNEL}', coalesce(to_jsonb(OLD) ->> TG_ARGV[0], '*')); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('${STAFF_CHANNEL}', coalesce(to_jsonb(NEW) ->> TG_ARGV[0], '*')); END IF;
    RETURN NULL;
  END $$;
  ${TABLES.map(
    ([table, member]) => `
  CREATE OR REPLACE TRIGGER frontdesk_changed AFTER INSERT OR UPDATE OR DELETE ON "${table}"
    FOR EACH ROW EXECUTE FUNCTION frontdesk_staff_changed('${member}');
  CREATE OR REPLACE TRIGGER frontdesk_truncated AFTER TRUNCATE ON "${table}"
    FOR EACH STATEMENT EXECUTE FUNCTION frontdesk_staff_changed();`,
  ).join('')}`

type Member = Record<string, unknown>
type Cache = {
  /** Each member with when it was loaded and since when its channel had been listened to then. */
  entries: Map<string, { member: Member; at: number; since: number }>
  /** Bumped by every change heard or made: a load that started before it is not kept. */
  epoch: number
  /** Members being written by this process (`*`: all), and until when they are not kept after. */
  held: Map<string, { writing: number; until: number }>
  /** The announcing triggers are in place (undefined: not tried yet; a number: failed at). */
  installed?: true | Promise<void> | number
}

const caches = new WeakMap<Payload, Cache>()

const cacheOf = (payload: Payload): Cache => {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = { entries: new Map(), epoch: 0, held: new Map() }))
  return cache
}

const forget = (cache: Cache, id: string) => {
  cache.epoch++
  if (id === '*') cache.entries.clear()
  else cache.entries.delete(id)
}

const isHeld = (cache: Cache, id: string) => {
  const now = Date.now()
  for (const key of [id, '*']) {
    const held = cache.held.get(key)
    if (!held) continue
    if (held.writing > 0 || held.until > now) return true
    cache.held.delete(key)
  }
  return false
}

/**
 * Since when every change has been heard (the triggers are in place and the channel listened to
 * without a break; src/db/listener.ts), or undefined when members may not be kept now.
 */
function hearingSince(payload: Payload, cache: Cache): number | undefined {
  if (cache.installed === true) return listenedSince(payload, STAFF_CHANNEL)
  if (cache.installed === undefined || (typeof cache.installed === 'number' && Date.now() - cache.installed > RETRY_INSTALL_MS)) {
    cache.installed = install(payload, cache)
  }
  return undefined
}

async function install(payload: Payload, cache: Cache): Promise<void> {
  const pool = (payload.db as unknown as { pool?: { connect: () => Promise<{ query: (text: string) => Promise<unknown>; release: () => void }> } }).pool
  if (!pool) return void (cache.installed = Date.now())
  try {
    const client = await pool.connect()
    try {
      // One instance at a time: CREATE OR REPLACE of the same function from two sessions at once fails.
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(hashtext('${STAFF_CHANNEL}')); ${TRIGGERS}; COMMIT`)
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
    onNotification(STAFF_CHANNEL, (id) => forget(cache, id || '*'))
    startListener(payload)
    cache.installed = true
  } catch (error) {
    // Before the migrations (no staff table yet) or without the right to create triggers: members are loaded every time.
    payload.logger.warn(`staff members are not kept between requests: ${(error as Error).message}`)
    cache.installed = Date.now()
  }
}

/** The member `load` gives for `id`, kept between requests while that is safe (see above). */
export async function cachedStaffMember<T extends Member>(payload: Payload, id: number | string, load: () => Promise<T | undefined>): Promise<T | undefined> {
  const cache = cacheOf(payload)
  const key = String(id)
  const since = hearingSince(payload, cache)
  if (since === undefined || isHeld(cache, key)) return load()
  const hit = cache.entries.get(key)
  // Kept under an earlier connection: what was announced between the two was not heard.
  if (hit && hit.since === since && Date.now() - hit.at < KEEP_MS) return structuredClone(hit.member) as T
  const epoch = cache.epoch
  const member = await load()
  if (member && cache.epoch === epoch && !isHeld(cache, key) && hearingSince(payload, cache) === since) {
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!)
    cache.entries.set(key, { member: structuredClone(member), at: Date.now(), since })
  }
  return member
}

type Args = { collection?: string; id?: number | string }
type Write = (args: Args) => Promise<unknown>
const WRITES = ['create', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'upsert'] as const

/** The adapter with this process's writes of staff members holding them out of the cache (see above). */
export function withStaffWritesHeld<T extends DatabaseAdapterObj>(result: T): T {
  return adjustAdapter(result, (adapter: Record<string, unknown> & { payload: Payload }) => {
    for (const name of WRITES) {
      const write = adapter[name] as Write | undefined
      if (typeof write !== 'function') continue
      adapter[name] = async function (this: unknown, args: Args) {
        if (args?.collection !== 'staff') return write.call(this, args)
        const cache = cacheOf(adapter.payload)
        const key = (name === 'updateOne' || name === 'deleteOne') && args.id != null ? String(args.id) : '*'
        let held = cache.held.get(key)
        if (!held) cache.held.set(key, (held = { writing: 0, until: 0 }))
        held.writing++
        forget(cache, key)
        try {
          return await write.call(this, args)
        } finally {
          held.writing--
          held.until = Date.now() + HELD_AFTER_WRITE_MS
          if (!cache.held.has(key)) cache.held.set(key, held)
          forget(cache, key)
        }
      }
    }
  })
}
