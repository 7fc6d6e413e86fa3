/**
 * DEV-06 request signing, shared by the app (verifying) and bridges/devices (signing).
 * signature = HMAC-SHA256(key, timestamp \n nonce \n METHOD \n path \n sha256(body)), hex.
 * The timestamp is Unix seconds; the app accepts a 2-minute window and each nonce once.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_WINDOW_SECONDS = 120

export const headerNames = {
  key: 'x-device-key',
  timestamp: 'x-device-timestamp',
  nonce: 'x-device-nonce',
  signature: 'x-device-signature',
} as const

export type SignedParts = { timestamp: string; nonce: string; method: string; path: string; body: Buffer | string }

export const canonical = ({ timestamp, nonce, method, path, body }: SignedParts): string =>
  [timestamp, nonce, method.toUpperCase(), path, createHash('sha256').update(body).digest('hex')].join('\n')

export const hmac = (secret: string, text: string): string => createHmac('sha256', secret).update(text).digest('hex')

export const sameHex = (a: string, b: string): boolean => {
  const x = Buffer.from(a, 'hex')
  const y = Buffer.from(b, 'hex')
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y)
}

/** Headers for a signed request from a device or bridge holding `keyId` / `secret`. */
export function signRequest(
  credentials: { keyId: string; secret: string },
  method: string,
  path: string,
  body: Buffer | string = '',
  now = Date.now(),
): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000))
  const nonce = randomBytes(16).toString('hex')
  return {
    [headerNames.key]: credentials.keyId,
    [headerNames.timestamp]: timestamp,
    [headerNames.nonce]: nonce,
    [headerNames.signature]: hmac(credentials.secret, canonical({ timestamp, nonce, method, path, body })),
  }
}

/** A signed JSON document (the allow-list): the signature covers the canonical JSON of `body`. */
export const signDocument = (secret: string, body: unknown): string => hmac(secret, JSON.stringify(body))
