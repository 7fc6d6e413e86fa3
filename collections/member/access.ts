/** The member desk's endpoints answer only for a site the person works at (another site reads as missing). */
import type { PayloadRequest } from 'payload'
import { refuse } from '../../src/lib/errors'
import { L } from '../../src/lib/i18n'
import { idOf } from '../../src/lib/hooks'
import { isAdmin } from '../../src/lib/roles'
import { parseId } from '../../hooks/ids'

/** The `site` query parameter as a site of the signed-in person, or a 401/404. */
export function siteParam(req: PayloadRequest): number {
  if (!req.user) refuse(req, L('請先登錄', 'Please sign in first'), {}, 401)
  const raw = new URL(req.url ?? 'http://x/', 'http://x').searchParams.get('site')
  const site = parseId(raw ?? undefined)
  const mine = ((req.user as { sites?: { site: unknown }[] }).sites ?? []).map((s) => idOf(s.site))
  if (!site || (!isAdmin(req.user) && !mine.includes(site))) refuse(req, L('站點不存在', 'No such site'), {}, 404)
  return site!
}

export const queryParam = (req: PayloadRequest, name: string) => new URL(req.url ?? 'http://x/', 'http://x').searchParams.get(name) ?? undefined
