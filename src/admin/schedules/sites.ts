/** The sites a signed-in person may see: admins all, staff their own (CORE-01). Custom views are public by default: check here. */
import type { Payload } from 'payload'
import { isAdmin } from '../../../hooks/access'
import { idOf } from '../../lib/hooks'

export type UserSite = { id: number; name: string; timeZone: string }

export async function sitesOfUser(payload: Payload, user: unknown): Promise<UserSite[]> {
  if (!user) return []
  const u = user as { roles?: string[]; sites?: { site: unknown }[] }
  const ids = (u.sites ?? []).map((s) => idOf(s.site)).filter((id) => id != null)
  const { docs } = await payload.find({
    collection: 'sites',
    where: isAdmin(u as never) ? {} : { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((s) => ({ id: s.id as number, name: String(s.name), timeZone: String(s.timeZone || 'Asia/Shanghai') }))
}
