/**
 * CORE-01 on Payload's own doors: "not yours" answers exactly like "does not exist".
 *
 * - `POST /api/<slug>/access/:id` and GraphQL `docAccess<Name>(id)` give a record's permissions. For
 *   a record of another site they answered 200 with its permissions, for a missing one 404: an oracle
 *   on which ids exist. Now a record the person may not read is "not found", before anything else.
 * - `payload-locked-documents` (the admin panel's edit locks, a collection Payload adds itself) was
 *   readable and writable by every signed-in person: anyone could list which records of other sites
 *   were being edited and by whom, and lock them. Now a person sees and touches only locks on records
 *   they may read, and a lock is always their own.
 *
 * - Endpoints Payload adds that cannot work with this config answered 500 (see `mendBrokenEndpoints`).
 *
 * Payload adds its own endpoints and collections when it sanitizes the config, after plugins run, so
 * the endpoint and the lock rules are put in place when Payload starts (`onInit`).
 */
import { NotFound, type Access, type CollectionBeforeValidateHook, type Payload, type PayloadRequest, type Plugin, type SanitizedCollectionConfig, type Where } from 'payload'
import { isAdmin } from './roles'
import { idOf } from './hooks'
import { forgetReads, once } from './perRequest'
import type { CollectionSlug } from 'payload'

const LOCKS = 'payload-locked-documents'

const asId = (value: unknown): number | undefined => {
  const text = String(value ?? '')
  if (!/^\d{1,10}$/.test(text)) return undefined
  const n = Number(text)
  return n >= 1 && n <= 2_147_483_647 ? n : undefined
}

/** Whether the person behind `req` may read the record (their access, site scoping included). */
export async function mayRead(req: PayloadRequest, slug: string, id: unknown): Promise<boolean> {
  const n = asId(id)
  if (n === undefined || !req.payload.collections[slug as CollectionSlug]) return false
  const doc = await req.payload
    .findByID({ collection: slug as CollectionSlug, id: n, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
    .catch(() => null)
  return Boolean(doc)
}

/** `POST /api/<slug>/access/:id`: another site's record is not found, like a missing one. */
function guardDocAccess(payload: Payload) {
  for (const collection of Object.values(payload.collections)) {
    const endpoints = collection.config.endpoints
    if (!Array.isArray(endpoints)) continue
    const endpoint = endpoints.find((e) => e.path === '/access/:id?' && e.method === 'post')
    if (!endpoint || (endpoint as { guarded?: boolean }).guarded) continue
    const original = endpoint.handler
    const slug = collection.config.slug
    endpoint.handler = async (req) => {
      const id = req.routeParams?.id
      if (id !== undefined && id !== '' && !(await mayRead(req, slug, id))) throw new NotFound(req.t)
      return original(req)
    }
    ;(endpoint as { guarded?: boolean }).guarded = true
  }
}

/**
 * Endpoints Payload adds that cannot work with this config answered 500 to everyone: the version
 * endpoints of collections without versions, e-mail verification without verification, and deleting a
 * preference key that does not exist (a query Payload builds wrongly). The first two are removed (the
 * path is then simply not found), the last answers "not found".
 */
function mendBrokenEndpoints(payload: Payload) {
  for (const collection of Object.values(payload.collections)) {
    const config = collection.config
    if (!Array.isArray(config.endpoints)) continue
    const broken = (path: string) =>
      (!config.versions && path.startsWith('/versions')) || (path === '/verify/:id' && !(config.auth && config.auth.verify))
    for (let i = config.endpoints.length - 1; i >= 0; i--) if (broken(config.endpoints[i].path)) config.endpoints.splice(i, 1)
  }
  const preferences = (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)['payload-preferences']?.config
  const remove = Array.isArray(preferences?.endpoints) ? preferences.endpoints.find((e) => e.path === '/:key' && e.method === 'delete') : undefined
  if (remove && !(remove as { guarded?: boolean }).guarded) {
    const original = remove.handler
    remove.handler = async (req) => {
      if (req.user) {
        const where: Where = { and: [{ key: { equals: String(req.routeParams?.key ?? '') } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }] }
        const { totalDocs } = await req.payload.count({ collection: 'payload-preferences' as never, where, overrideAccess: true, req })
        if (!totalDocs) throw new NotFound(req.t)
      }
      return original(req)
    }
    ;(remove as { guarded?: boolean }).guarded = true
  }
}

type Lock = { id: number; document?: { relationTo?: string; value?: unknown } | null; user?: { value?: unknown } | null }

/**
 * The ids of other people's locks on records the person may read: all locks are read, then, per
 * collection, which of their records the person may read (their access, site scoping included). Read
 * once per request (src/lib/perRequest.ts): Payload asks about read, update and delete separately.
 */
async function othersReadableLocks(req: PayloadRequest): Promise<number[]> {
  const { docs } = await req.payload.find({ collection: LOCKS as never, depth: 0, limit: 1000, pagination: false, overrideAccess: true, req })
  const locks = (docs as unknown as Lock[]).filter((l) => idOf(l.user?.value) !== req.user!.id)
  const visible: number[] = []
  const bySlug = new Map<string, Lock[]>()
  for (const lock of locks) {
    const slug = lock.document?.relationTo
    if (slug && asId(idOf(lock.document?.value)) !== undefined) bySlug.set(slug, [...(bySlug.get(slug) ?? []), lock])
  }
  for (const [slug, list] of bySlug) {
    const ids = [...new Set(list.map((l) => asId(idOf(l.document!.value))!))]
    const found = await req.payload
      .find({ collection: slug as CollectionSlug, where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: false, user: req.user, req })
      .then((r) => new Set(r.docs.map((d) => (d as { id: number }).id)))
      .catch(() => new Set<number>())
    for (const lock of list) if (found.has(asId(idOf(lock.document!.value))!)) visible.push(lock.id)
  }
  return visible
}

/**
 * The locks on records the person may read, and their own. Their own are a condition of the query,
 * not of the list read above, so a lock they take later in the same request is theirs at once.
 */
const readableLocks: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user)) return true
  const me = req.user.id
  const others = await once(req, 'readableLocks', () => othersReadableLocks(req))
  const mine: Where = { 'user.value': { equals: me } }
  const theirs: Where = { id: { in: others.length ? others : [0] } }
  return { or: [mine, theirs] }
}

/** A lock names a record the person may read, and is theirs. */
const ownLockOnReadable: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (!req.user || isAdmin(req.user) || !data) return data
  const document = data.document as { relationTo?: unknown; value?: unknown } | undefined
  if (document != null && !(typeof document.relationTo === 'string' && (await mayRead(req, document.relationTo, idOf(document.value))))) throw new NotFound(req.t)
  if (operation === 'create' || 'user' in data) data.user = { relationTo: req.user.collection ?? 'staff', value: req.user.id }
  return data
}

function guardLocks(payload: Payload) {
  const config = (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[LOCKS]?.config
  if (!config || (config.custom as { guarded?: boolean } | undefined)?.guarded) return
  config.access = { ...config.access, read: readableLocks, update: readableLocks, delete: readableLocks }
  config.hooks = { ...config.hooks, beforeValidate: [ownLockOnReadable, ...(config.hooks?.beforeValidate ?? [])] }
  config.custom = { ...config.custom, guarded: true }
}

/**
 * Every create, update and delete through Payload drops the reads the request has kept
 * (src/lib/perRequest.ts), before the write (what the operation reads afterwards, e.g. the relations
 * of its answer, is read afresh) and after it (what was read in between).
 */
function forgetOnWrite(payload: Payload) {
  const forget = ({ req }: { req?: PayloadRequest }) => {
    forgetReads(req)
  }
  const before = ({ data, req }: { data?: unknown; req?: PayloadRequest }) => {
    forgetReads(req)
    return data
  }
  const after = ({ doc, req }: { doc?: unknown; req?: PayloadRequest }) => {
    forgetReads(req)
    return doc
  }
  Object.assign(after, { forgetsReads: true })
  const entities = [
    ...Object.values(payload.collections).map((c) => c.config as { hooks?: Record<string, unknown[] | undefined> }),
    ...(payload.config.globals ?? []).map((g) => g as { hooks?: Record<string, unknown[] | undefined> }),
  ]
  for (const config of entities) {
    const hooks = (config.hooks ??= {})
    if ((hooks.afterChange ?? []).some((h) => (h as { forgetsReads?: boolean }).forgetsReads)) continue
    hooks.beforeChange = [...(hooks.beforeChange ?? []), before]
    hooks.afterChange = [...(hooks.afterChange ?? []), after]
    hooks.beforeDelete = [...(hooks.beforeDelete ?? []), forget]
    hooks.afterDelete = [...(hooks.afterDelete ?? []), after]
  }
}

export const sameAnswer: Plugin = (config) => {
  const onInit = config.onInit
  const queries = config.graphQL?.queries
  return {
    ...config,
    graphQL: {
      ...config.graphQL,
      // GraphQL `docAccess<Name>(id)`: the same rule as the REST endpoint.
      queries: (GraphQL, context) => {
        const own = queries ? queries(GraphQL, context) : {}
        const fields = context.Query.fields as Record<string, { resolve?: (...args: unknown[]) => unknown }>
        const guarded: Record<string, unknown> = {}
        for (const [slug, collection] of Object.entries(context.collections)) {
          const name = (collection as { graphQL?: { type?: { name?: string } } }).graphQL?.type?.name
          const field = name ? fields[`docAccess${name}`] : undefined
          if (!field?.resolve) continue
          const resolve = field.resolve
          guarded[`docAccess${name}`] = {
            ...field,
            resolve: async (source: unknown, args: { id?: unknown }, ctx: { req: PayloadRequest }, info: unknown) => {
              if (!(await mayRead(ctx.req, slug, args.id))) throw new NotFound(ctx.req.t)
              return resolve(source, args, ctx, info)
            },
          }
        }
        return { ...guarded, ...own }
      },
    },
    onInit: async (payload) => {
      guardDocAccess(payload)
      guardLocks(payload)
      forgetOnWrite(payload)
      mendBrokenEndpoints(payload)
      await onInit?.(payload)
    },
  }
}
