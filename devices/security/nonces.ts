/** DEV-06 nonce store: a nonce is accepted once per key (unique index); old ones are swept. */
import type { Payload } from 'payload'
import { SIGNATURE_WINDOW_SECONDS } from './sign'

let inserted = 0

/** True the first time a (key, nonce) pair is seen, false for a replay. */
export async function useNonce(payload: Payload, keyId: string, nonce: string): Promise<boolean> {
  try {
    await payload.create({
      collection: 'device-nonces',
      data: { keyId, nonce, seenAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
      disableVerificationEmail: true,
    })
  } catch {
    return false
  }
  if (++inserted % 500 === 0) void sweepNonces(payload)
  return true
}

/** Nonces older than twice the window can never be replayed (their timestamp is refused anyway). */
export async function sweepNonces(payload: Payload) {
  const before = new Date(Date.now() - 2 * SIGNATURE_WINDOW_SECONDS * 1000).toISOString()
  await payload.delete({ collection: 'device-nonces', where: { seenAt: { less_than: before } }, overrideAccess: true }).catch(() => {})
}
