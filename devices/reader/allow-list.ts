/**
 * DEV-03 the allow-list a standalone bridge keeps for when the app is unreachable: the site's active
 * visit cards, signed with the bridge's own key (so a copy on the bridge's disk cannot be altered
 * unnoticed) and valid for a limited time (a returned card stops working at the latest then).
 */
import type { Payload } from 'payload'
import { signDocument } from '../security/sign'

export const ALLOW_LIST_TTL_MS = Number(process.env.ALLOW_LIST_TTL_MS ?? 24 * 3600_000)

export type AllowList = {
  site: number
  issuedAt: string
  expiresAt: string
  cards: string[]
  /** Readers behind this bridge that push to it (ZKTeco SN and source address). */
  readers: { id: number; name: string; serialNumber?: string | null; allowedAddress?: string | null }[]
}

export async function buildAllowList(payload: Payload, bridge: { id: number; site: number; secret: string }) {
  const cards: string[] = []
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'visit-cards',
      where: { and: [{ site: { equals: bridge.site } }, { status: { equals: 'active' } }] },
      limit: 1000,
      page,
      depth: 0,
      overrideAccess: true,
      select: { cardNumber: true },
    })
    cards.push(...docs.map((d) => String((d as { cardNumber: string }).cardNumber)))
    if (!hasNextPage) break
  }
  const { docs: readers } = await payload.find({
    collection: 'devices',
    where: { and: [{ bridge: { equals: bridge.id } }, { kind: { equals: 'reader' } }] },
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const now = Date.now()
  const list: AllowList = {
    site: bridge.site,
    issuedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + ALLOW_LIST_TTL_MS).toISOString(),
    cards: cards.sort(),
    readers: readers.map((r) => {
      const c = (r as { connection?: { serialNumber?: string; allowedAddress?: string } }).connection
      return { id: r.id as number, name: String((r as { name: string }).name), serialNumber: c?.serialNumber, allowedAddress: c?.allowedAddress }
    }),
  }
  return { list, signature: signDocument(bridge.secret, list) }
}
