/**
 * CORE-03: a position at a site reaches whoever holds it there now. Chains, gates, messages and
 * notifications resolve positions through here, at the moment they send.
 */
import type { Payload, PayloadRequest } from 'payload'
import { idOf } from './hooks'
import { pick } from './i18n'

export type Holder = { id: number; name: string; email: string; language: string; mobile?: string | null; workPhone?: string | null }

/** Active staff holding any of the positions at the site, each once. */
export async function holdersOf(payload: Payload, siteId: unknown, slugs: string[], req?: Partial<PayloadRequest>): Promise<Holder[]> {
  const byPosition = await holdersByPosition(payload, siteId, slugs, req)
  const seen = new Map<number, Holder>()
  for (const list of byPosition.values()) for (const h of list) seen.set(h.id, h)
  return [...seen.values()]
}

/** Holders per position slug (a slug nobody holds maps to []). */
export async function holdersByPosition(
  payload: Payload,
  siteId: unknown,
  slugs: string[],
  req?: Partial<PayloadRequest>,
): Promise<Map<string, Holder[]>> {
  const result = new Map<string, Holder[]>(slugs.map((s) => [s, []]))
  if (!slugs.length) return result
  const positions = await payload.find({ collection: 'positions', where: { slug: { in: slugs } }, limit: 100, pagination: false, depth: 0, req, overrideAccess: true })
  const slugOf = new Map(positions.docs.map((p) => [p.id as number, p.slug as string]))
  if (!slugOf.size) return result
  const staff = await payload.find({
    collection: 'staff',
    where: {
      and: [
        { positions: { in: [...slugOf.keys()] } },
        { 'sites.site': { equals: idOf(siteId) } },
        { active: { not_equals: false } },
      ],
    },
    limit: 500,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  for (const s of staff.docs) {
    const holder: Holder = { id: s.id as number, name: s.name as string, email: s.email as string, language: (s.language as string) ?? 'zh', mobile: s.mobile as string, workPhone: s.workPhone as string }
    for (const p of (s.positions ?? []) as unknown[]) {
      const slug = slugOf.get(idOf(p) as number)
      if (slug) result.get(slug)!.push(holder)
    }
  }
  return result
}

/** Position labels by slug in a language (positions are data: renamed in the admin panel, read here). */
export async function positionLabels(req: Pick<PayloadRequest, 'payload'>, lang: string): Promise<(slug: string) => string> {
  const { docs } = await req.payload.find({ collection: 'positions', limit: 500, pagination: false, depth: 0, overrideAccess: true })
  const names = new Map(docs.map((p) => [String(p.slug), pick({ zh: String(p.name), 'zh-TW': String(p.nameTW), en: String(p.nameEn) }, lang)]))
  return (slug: string) => names.get(slug) ?? slug
}
