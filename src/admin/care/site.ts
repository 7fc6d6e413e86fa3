/** Which site a care view shows: ?site=, else the multi-tenant selector's cookie, else the person's first site. */
import type { PayloadRequest } from 'payload'
import { sitesOfUser, type UserSite } from '../schedules/sites'

export async function chosenSite(req: PayloadRequest, searchParams?: Record<string, unknown>): Promise<{ sites: UserSite[]; site?: UserSite }> {
  const sites = await sitesOfUser(req.payload, req.user)
  const cookie = req.headers?.get?.('cookie') ?? ''
  const fromCookie = /(?:^|;\s*)payload-tenant=(\d+)/.exec(cookie)?.[1]
  const wanted = Number(searchParams?.site ?? fromCookie)
  return { sites, site: sites.find((s) => s.id === wanted) ?? sites[0] }
}
