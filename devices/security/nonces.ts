/** DEV-06 nonce store: a nonce is accepted once per key (unique index); old ones are swept. */
import type { Payload } from 'payload'
import { deleteNoncesBefore, insertNonce } from '../store'
import { SIGNATURE_WINDOW_SECONDS } from './sign'

let inserted = 0

/** True the first time a (key, nonce) pair is seen, false for a replay. */
export async function useNonce(payload: Payload, keyId: string, nonce: string): Promise<boolean> {
  const fresh = await insertNonce(payload, keyId, nonce)
  if (fresh && ++inserted % 500 === 0) void sweepNonces(payload).catch(() => {})
  return fresh
}

/** Nonces older than twice the window can never be replayed (their timestamp is refused anyway). */
export const sweepNonces = (payload: Payload) => deleteNoncesBefore(payload, new Date(Date.now() - 2 * SIGNATURE_WINDOW_SECONDS * 1000))
