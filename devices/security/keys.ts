/**
 * DEV-06 per-device keys. The app must hold the key itself to check an HMAC, so it is kept encrypted
 * (AES-256-GCM under a key derived from PAYLOAD_SECRET), never returned by any API, and shown once
 * when issued. Verification caches decrypted keys briefly to keep swipes fast.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

const masterKey = () => createHash('sha256').update(`device-keys:${process.env.PAYLOAD_SECRET ?? ''}`).digest()

export const encryptSecret = (secret: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', masterKey(), iv)
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.')
}

export const decryptSecret = (sealed: string): string => {
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'))
  const decipher = createDecipheriv('aes-256-gcm', masterKey(), iv!)
  decipher.setAuthTag(tag!)
  return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8')
}

/** Issue (or rotate) a device's key. Returns the secret: the only time it is ever shown. */
export async function issueKey(payload: Payload, deviceId: number | string) {
  const keyId = `dk_${randomBytes(8).toString('hex')}`
  const secret = randomBytes(32).toString('base64url')
  await payload.update({
    collection: 'devices',
    id: deviceId,
    data: { keyId, keyCipher: encryptSecret(secret), keyIssuedAt: new Date().toISOString() },
    overrideAccess: true,
    context: { channel: 'system' },
  })
  forgetKeys()
  return { keyId, secret }
}

export type KnownDevice = { id: number; site: number; kind: string; driver: string; name: string; enabled: boolean; secret: string }

const cache = new Map<string, { device: KnownDevice | null; until: number }>()
export const forgetKeys = () => cache.clear()

/** The device holding a key id, with its secret, or null. Cached for a few seconds. */
export async function deviceByKey(payload: Payload, keyId: string): Promise<KnownDevice | null> {
  const hit = cache.get(keyId)
  if (hit && hit.until > Date.now()) return hit.device
  const { docs } = await payload.find({
    collection: 'devices',
    where: { keyId: { equals: keyId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const doc = docs[0] as unknown as (Record<string, unknown> & { keyCipher?: string }) | undefined
  let device: KnownDevice | null = null
  if (doc?.keyCipher) {
    try {
      device = {
        id: doc.id as number,
        site: doc.site as number,
        kind: doc.kind as string,
        driver: doc.driver as string,
        name: doc.name as string,
        enabled: doc.enabled !== false,
        secret: decryptSecret(doc.keyCipher),
      }
    } catch {
      device = null
    }
  }
  cache.set(keyId, { device, until: Date.now() + 5_000 })
  return device
}
