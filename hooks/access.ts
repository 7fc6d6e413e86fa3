/** Access rules by what they allow. Site scoping itself comes from the multi-tenant plugin. */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { isAdmin, type RoleHolder as User } from '../src/lib/roles'

export { isAdmin }

export const signedIn: Access = ({ req }) => Boolean(req.user)
export const adminsOnly: Access = ({ req }) => isAdmin(req.user as User)
export const nobody: Access = () => false
export const adminField: FieldAccess = ({ req }) => isAdmin(req.user as User)

/** Admins, or the signed-in person on their own record. */
export const adminOrSelf: Access = ({ req }) =>
  isAdmin(req.user as User) || (req.user ? { id: { equals: req.user.id } } : false)

/** Staff read themselves and the staff of their own sites (no list of every site's people); administrators everyone. */
export const sameSiteStaff: Access = ({ req }) => {
  const user = req.user as (User & { sites?: { site?: unknown }[] | null }) | null
  if (!user) return false
  if (isAdmin(user)) return true
  const sites = (user.sites ?? []).map((s) => (s.site && typeof s.site === 'object' ? (s.site as { id: number }).id : s.site)).filter((id) => id != null)
  return { or: [{ id: { equals: user.id } }, { 'sites.site': { in: sites } }] } as Where
}

/** Calls from our own server code (hooks, jobs, routes) rather than from a client. */
export const isServerCall = (req: PayloadRequest) => req.payloadAPI === 'local' && !req.context?.asClient
