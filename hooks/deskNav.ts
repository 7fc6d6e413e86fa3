/**
 * The admin navigation, computed from the desk declarations (issue 11, item 1): each desk's forms
 * in a group named after the desk, its daily forms (those its quick actions open) first, and shown
 * only to a person one of whose sites has the desk enabled (`sites.modules` holds desk slugs;
 * administrators see every desk); the shared modules after the desks; administration (sites,
 * positions, staff, calendar, settings) in one group at the end. Payload orders the navigation
 * groups by the first collection of each, so the returned list is in that order.
 *
 * `admin.hidden` is a synchronous function of the signed-in person, so the sites' modules are kept
 * here: read when a person is read (every request's sign-in reads its staff record), refreshed at
 * most every few seconds and at once when a site changes.
 */
import type { CollectionAfterChangeHook, CollectionAfterReadHook, CollectionConfig, Payload, PayloadRequest } from 'payload'
import type { Label } from '../src/lib/i18n'
import { addHooks, idOf } from '../src/lib/hooks'
import { isAdmin } from '../src/lib/roles'

/** What the navigation reads of a desk declaration (collections/desk.ts; hooks/ imports no collection). */
export type NavDesk = { slug: string; label: Label; forms: CollectionConfig[]; quickActions?: { collection?: string }[] }

const FRESH_MS = 5_000
const siteModules = new Map<number, string[]>()
let loadedAt = 0
let loading: Promise<void> | undefined

/** Read every site's enabled modules (a handful of rows) unless read in the last few seconds. */
export async function loadSiteModules(payload: Payload, force = false, req?: PayloadRequest): Promise<void> {
  if (!force && Date.now() - loadedAt < FRESH_MS) return
  loading ??= (async () => {
    try {
      const { docs } = await payload.find({ collection: 'sites', pagination: false, depth: 0, overrideAccess: true, req })
      siteModules.clear()
      for (const s of docs as { id: number; modules?: string[] | null }[]) siteModules.set(s.id, (s.modules ?? []).map(String))
      loadedAt = Date.now()
    } finally {
      loading = undefined
    }
  })()
  await loading
}

type NavUser = { roles?: readonly string[] | null; sites?: { site: unknown }[] | null } | null | undefined

/** Whether a desk is enabled at one of the person's sites (administrators: every desk). */
export function deskEnabledFor(user: NavUser, desk: string): boolean {
  if (!user) return false
  if (isAdmin(user)) return true
  if (!loadedAt) return true // not read yet: hide nothing rather than everything
  return (user.sites ?? []).some((s) => siteModules.get(idOf(s.site) ?? -1)?.includes(desk))
}

const freshOnRead: CollectionAfterReadHook = async ({ doc, req }) => {
  // In the reader's own transaction (a connection of its own could wait on a full pool).
  if (req?.payload) await loadSiteModules(req.payload, false, req).catch(() => undefined)
  return doc
}

const freshOnChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  loadedAt = 0
  void req
  return doc
}

type Hidden = NonNullable<CollectionConfig['admin']>['hidden']

const orHidden = (own: Hidden, desk: string): Hidden => ({ user }) => {
  if (typeof own === 'function' ? own({ user }) : own) return true
  return !deskEnabledFor(user as NavUser, desk)
}

/** The desk's forms in its group: the ones its quick actions open first, then the others as declared. */
function deskForms(desk: NavDesk, all: Map<string, CollectionConfig>): CollectionConfig[] {
  const daily = (desk.quickActions ?? []).map((a) => a.collection).filter((s): s is string => Boolean(s))
  const slugs = [...new Set([...daily, ...desk.forms.map((f) => f.slug)])].filter((s) => desk.forms.some((f) => f.slug === s))
  return slugs.map((slug) => {
    const c = all.get(slug)!
    return { ...c, admin: { ...c.admin, group: desk.label, hidden: orHidden(c.admin?.hidden, desk.slug) } }
  })
}

/**
 * Every collection in navigation order: the desks' groups, the shared modules (as they come), then
 * `administration` (its slugs, in that order, in its own group).
 */
export function arrangeNavigation(collections: CollectionConfig[], desks: NavDesk[], administration: { label: Label; slugs: string[] }): CollectionConfig[] {
  const bySlug = new Map(collections.map((c) => [c.slug, c]))
  const desked = desks.flatMap((d) => deskForms(d, bySlug))
  const deskSlugs = new Set(desked.map((c) => c.slug))
  const adminSlugs = new Set(administration.slugs)
  const shared = collections.filter((c) => !deskSlugs.has(c.slug) && !adminSlugs.has(c.slug))
  const admin = administration.slugs
    .map((slug) => bySlug.get(slug))
    .filter((c): c is CollectionConfig => Boolean(c))
    .map((c) => ({ ...c, admin: { ...c.admin, group: administration.label } }))
  return [...desked, ...shared, ...admin].map((c) =>
    c.slug === 'staff' ? addHooks(c, { afterRead: [freshOnRead] }) : c.slug === 'sites' ? addHooks(c, { afterChange: [freshOnChange] }) : c,
  )
}
