/**
 * The two hot, internal tables of the devices module (request nonces, delivered event ids) are
 * written with one SQL statement each instead of the Local API: they are never edited, have no hooks
 * and no audit, and sit on the swipe path (DESIGN: hot device paths use the cheapest write). The
 * tables themselves are Payload collections (collections/devices/device-events.ts), so migrations
 * and the admin's read-only view stay as for every collection.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

type Drizzle = { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
const db = (payload: Payload) => (payload.db as unknown as { drizzle: Drizzle }).drizzle

/** Insert (key, nonce); false when it was already there (a replay). */
export async function insertNonce(payload: Payload, keyId: string, nonce: string): Promise<boolean> {
  const { rows } = await db(payload).execute(
    sql`INSERT INTO device_nonces (key_id, nonce, seen_at) VALUES (${keyId}, ${nonce}, now()) ON CONFLICT (key_id, nonce) DO NOTHING RETURNING id`,
  )
  return rows.length === 1
}

export async function deleteNoncesBefore(payload: Payload, before: Date) {
  await db(payload).execute(sql`DELETE FROM device_nonces WHERE seen_at < ${before.toISOString()}`)
}

/** Claim an event id: the new row's id, or undefined when the id was delivered before. */
export async function claimEvent(payload: Payload, e: { eventId: string; device?: number; kind: string; occurredAt: string }): Promise<number | undefined> {
  const { rows } = await db(payload).execute(
    sql`INSERT INTO device_events (event_id, device_id, kind, occurred_at) VALUES (${e.eventId}, ${e.device ?? null}, ${e.kind}, ${e.occurredAt})
        ON CONFLICT (event_id) DO NOTHING RETURNING id`,
  )
  return rows[0]?.id as number | undefined
}

export async function eventResult(payload: Payload, eventId: string): Promise<unknown> {
  const { rows } = await db(payload).execute(sql`SELECT result FROM device_events WHERE event_id = ${eventId}`)
  return rows[0]?.result ?? undefined
}

export async function finishEvent(payload: Payload, id: number, result: unknown) {
  await db(payload).execute(sql`UPDATE device_events SET result = ${JSON.stringify(result)}::jsonb, updated_at = now() WHERE id = ${id}`)
}

export async function releaseEvent(payload: Payload, id: number) {
  await db(payload).execute(sql`DELETE FROM device_events WHERE id = ${id}`)
}

/** Store that a device was just heard from; returns its health status. */
export async function touchDevice(payload: Payload, id: number): Promise<string | undefined> {
  const { rows } = await db(payload).execute(sql`UPDATE devices SET last_seen_at = now() WHERE id = ${id} RETURNING status`)
  return rows[0]?.status as string | undefined
}
