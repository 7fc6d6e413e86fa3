/**
 * CORE-03 sign-in hardening, kept in PostgreSQL so that it holds across app instances:
 *
 * - one rate limit for every sign-in door (REST, GraphQL, the admin panel, forgot-password), applied
 *   in the staff collection's `beforeOperation` hook, keyed by the client's address and by the e-mail
 *   address tried (the `sign-in-limits` collection, one row per key and window);
 * - the same work and the same answer for an unknown address, a locked account and a wrong password:
 *   an unknown or locked address runs the same password hash Payload runs for a known one.
 */
import { sql } from '@payloadcms/db-postgres'
import type { RequestHandler } from 'express'
import crypto from 'node:crypto'
import type { Payload } from 'payload'

/** How long a window of counted attempts (and a lock-out) lasts. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000

/** Failed attempts per client address per window (`LOGIN_RATE_LIMIT`, default 30). */
export const addressLimit = () => Number(process.env.LOGIN_RATE_LIMIT) || 30
/** Failed attempts per e-mail address per window (`LOGIN_RATE_LIMIT_EMAIL`, default 10). */
export const emailLimit = () => Number(process.env.LOGIN_RATE_LIMIT_EMAIL) || 10

const secret = () => process.env.PAYLOAD_SECRET ?? ''
const mac = (purpose: string, text: string) => crypto.createHmac('sha256', `${purpose}:${secret()}`).update(text).digest('base64url')

// ---------------------------------------------------------------------------------------------
// The client's address. Payload's request does not carry it, so the express front (which knows it,
// with `trust proxy`) hands it over in a header that it signs: a client cannot forge the value.
// ---------------------------------------------------------------------------------------------

const ADDRESS_HEADER = 'x-frontdesk-client'

/** The signed header of each address seen lately: an HMAC on every request is a measurable part of a create (issue 15). */
const signedAddresses = new Map<string, string>()
let signedWith = ''
const signedAddress = (address: string): string => {
  if (signedWith !== secret()) {
    signedAddresses.clear()
    signedWith = secret()
  }
  let signed = signedAddresses.get(address)
  if (signed === undefined) {
    signed = `${address} ${mac('client-address', address)}`
    // An address is at most 45 characters (IPv6 with IPv4); anything longer a trusted proxy passed on is not kept.
    if (address.length <= 45) {
      if (signedAddresses.size >= 1000) signedAddresses.clear()
      signedAddresses.set(address, signed)
    }
  }
  return signed
}

/** Express middleware: tells Payload's handlers the client's address (as express sees it). */
export const markClientAddress: RequestHandler = (req, _res, next) => {
  req.headers[ADDRESS_HEADER] = signedAddress(req.ip ?? req.socket?.remoteAddress ?? 'unknown')
  next()
}

/** The client's address: the signed one from the express front, else the proxy's last hop (Next alone). */
export const clientAddressOf = (headers: Headers | undefined): string => {
  const signed = headers?.get(ADDRESS_HEADER)
  if (signed) {
    const [address, signature] = signed.split(' ')
    const expected = mac('client-address', address ?? '')
    if (address && signature && signature.length === expected.length && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return address
  }
  return headers?.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown'
}

// ---------------------------------------------------------------------------------------------
// Counters
// ---------------------------------------------------------------------------------------------

type Drizzle = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
/** The pool itself, never the request's transaction: a failed sign-in rolls back, its count must not. */
const db = (payload: Payload) => (payload.db as unknown as { drizzle: Drizzle }).drizzle

export type SignInKeys = { address: string; email: string }

/** The counter keys of one attempt. E-mail addresses are stored as a keyed hash, never in clear. */
export const keysOf = (door: string, address: string, email: string): SignInKeys => ({
  address: `${door}:ip:${address}`,
  email: `${door}:email:${mac('sign-in-email', email.toLowerCase().trim())}`,
})

/**
 * Count one attempt under both keys (atomically, in the database) and say whether it is within the
 * limits. Attempts are counted before they are tried, so parallel attempts cannot slip past.
 */
export async function countAttempt(payload: Payload, keys: SignInKeys): Promise<boolean> {
  const until = new Date(Date.now() + SIGN_IN_WINDOW_MS).toISOString()
  const { rows } = await db(payload).execute(sql`
    INSERT INTO sign_in_limits (key, count, reset_at, updated_at, created_at)
    VALUES (${keys.address}, 1, ${until}, now(), now()), (${keys.email}, 1, ${until}, now(), now())
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN sign_in_limits.reset_at <= now() THEN 1 ELSE sign_in_limits.count + 1 END,
      reset_at = CASE WHEN sign_in_limits.reset_at <= now() THEN EXCLUDED.reset_at ELSE sign_in_limits.reset_at END,
      updated_at = now()
    RETURNING key, count`)
  // Now and then, forget windows long past.
  if (Math.random() < 0.01) await db(payload).execute(sql`DELETE FROM sign_in_limits WHERE reset_at < now() - interval '1 day'`)
  const count = (key: string) => Number(rows.find((r) => r.key === key)?.count ?? 0)
  return count(keys.address) <= addressLimit() && count(keys.email) <= emailLimit()
}

/** A successful sign-in gives its own attempt back: the counts are of failures. */
export async function refundAttempt(payload: Payload, keys: SignInKeys) {
  await db(payload).execute(sql`
    UPDATE sign_in_limits SET count = GREATEST(count - 1, 0), updated_at = now()
    WHERE key IN (${keys.address}, ${keys.email}) AND reset_at > now()`)
}

/** An administrator unlocked the account: its e-mail counters start again. */
export async function forgetEmail(payload: Payload, email: string) {
  const keys = ['login', 'forgot'].map((door) => keysOf(door, '', email).email)
  await db(payload).execute(sql`DELETE FROM sign_in_limits WHERE key IN (${keys[0]}, ${keys[1]})`)
}

// ---------------------------------------------------------------------------------------------
// The same work for every answer
// ---------------------------------------------------------------------------------------------

// Payload 3.90's current password hash (generatePasswordSaltHash): PBKDF2-SHA256, 600,000 iterations,
// 32 bytes. tests/core/sessions.test.ts checks that stored hashes still have this shape.
export const PASSWORD_HASH = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 } as const
const dummySalt = crypto.randomBytes(32).toString('hex')

/** The password hash Payload computes for a known address, computed for nothing. */
export const hashForNothing = (password: string): Promise<void> =>
  new Promise((resolve) => {
    crypto.pbkdf2(password, dummySalt, PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, 'sha256', () => resolve())
  })

/** A moving estimate of how long a duration takes, to give other answers the same time. */
export class TypicalDuration {
  private value: number
  constructor(initialMs: number) {
    this.value = initialMs
  }
  observe(ms: number) {
    if (Number.isFinite(ms) && ms >= 0) this.value = this.value * 0.8 + Math.min(ms, 5_000) * 0.2
  }
  get ms() {
    return this.value
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
