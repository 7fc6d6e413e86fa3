/** Access rules by what they allow. Site scoping itself comes from the multi-tenant plugin. */
import type { Access, FieldAccess, PayloadRequest } from 'payload'

type User = { roles?: string[] | null; id?: number | string; collection?: string } | null | undefined

export const isAdmin = (user: User): boolean => Boolean(user?.roles?.includes('admin'))

export const signedIn: Access = ({ req }) => Boolean(req.user)
export const adminsOnly: Access = ({ req }) => isAdmin(req.user as User)
export const nobody: Access = () => false
export const adminField: FieldAccess = ({ req }) => isAdmin(req.user as User)

/** Admins, or the signed-in person on their own record. */
export const adminOrSelf: Access = ({ req }) =>
  isAdmin(req.user as User) || (req.user ? { id: { equals: req.user.id } } : false)

/** Calls from our own server code (hooks, jobs, routes) rather than from a client. */
export const isServerCall = (req: PayloadRequest) => req.payloadAPI === 'local' && !req.context?.asClient
