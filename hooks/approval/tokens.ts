/**
 * WF-06 link tokens: 32 random bytes, sent once in the e-mail, stored only as SHA-256, bound to one
 * approver, one step of one submission round and one version of the record; single-use; expiring.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export const tokenDays = () => Number(process.env.APPROVAL_LINK_DAYS ?? 7)

export type TokenBinding = { approver: number; form: string; recordId: string | number; round: number; step: number; version: number; site?: unknown }

export async function issueToken(payload: Payload, binding: TokenBinding, req?: PayloadRequest): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await payload.create({
    collection: 'approval-tokens',
    data: {
      hash: hashToken(token),
      approver: binding.approver,
      form: binding.form,
      recordId: String(binding.recordId),
      round: binding.round,
      step: binding.step,
      version: binding.version,
      expiresAt: new Date(Date.now() + tokenDays() * 86_400_000).toISOString(),
    },
    req,
    overrideAccess: true,
    depth: 0,
  })
  return token
}

export type StoredToken = {
  id: number
  approver: number
  form: string
  recordId: string
  round: number
  step: number
  version: number
  expiresAt: string
  usedAt?: string | null
}

/** The stored token for a link, if the link is one we sent (a tampered link finds nothing). */
export async function findToken(payload: Payload, token: string, req?: PayloadRequest): Promise<StoredToken | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null
  const { docs } = await payload.find({ collection: 'approval-tokens', where: { hash: { equals: hashToken(token) } }, depth: 0, limit: 1, overrideAccess: true, req })
  return (docs[0] as unknown as StoredToken) ?? null
}
