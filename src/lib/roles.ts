/** Roles of a staff member (CORE-03). Administrators see and manage every site. */

/** A person as the access rules see one: roles, and perhaps an id. */
export type RoleHolder = { roles?: readonly string[] | null; id?: number | string; collection?: string } | null | undefined

/** Whether this person is an administrator (role `admin`). */
export const isAdmin = (user: unknown): boolean => Boolean((user as RoleHolder)?.roles?.includes('admin'))
