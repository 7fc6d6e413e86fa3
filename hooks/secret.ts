/**
 * Secret records (PROP-03): a form whose contents nobody reads without a reading grant. It extends the
 * audit's secret fields (`secret(field)`, hooks/audit.ts): on a form declaring `secret`, every field but
 * the `open` ones (what identifies the record: its unit, its title) is a secret field — its values never
 * reach the audit trail — and is readable only by a person holding a grant that is valid now:
 *
 * ```ts
 * secret: { open: ['unit', 'title'], grants: { collection: 'archive-grants', record: 'archive', reader: 'reader', from: 'validFrom', until: 'validUntil', where: { status: { equals: 'registered' } } } }
 * ```
 *
 * One rule for every door, because each of them reads through Payload's field access: REST find and
 * findByID, GraphQL, the export and print endpoints (they read with the person's access), list columns
 * and the edit view of the admin panel, relationship population from another form at any depth, and
 * the audit trail (values never written; `maskAuditRows` hides what field access hides). Queries and
 * sorts on a secret field are refused (a filter would tell what the values are). Changing a secret field
 * of an existing record needs a grant as well. Administrators are no exception; server code
 * (overrideAccess) is. Every opening — a person reading the contents with a grant — is an audit row
 * (`action: 'read'`: who, when, which record, through which door, which fields, under which grant).
 *
 * A form with no open field (`open: []`, e.g. the scans of an archive) is hidden whole: its records are
 * listed and its files served only to a grant holder; `via` names the field pointing at the record the
 * grant is for (default the record itself).
 *
 * `readers` (OFFICE-11, additive): position slugs whose holders at the record's site read it without a
 * grant — the personnel files are HR's (`secret: { open: [], readers: ['hr'] }`); everyone else,
 * administrators included, is refused as without a grant. `grants` may then be left out.
 */
import type { CollectionConfig, Field, FieldAccess, PayloadRequest, Where } from 'payload'
import { refuse } from '../src/lib/errors'
import { L, type Label } from '../src/lib/i18n'
import { addHooks, idOf } from '../src/lib/hooks'
import { once } from '../src/lib/perRequest'
import { recordAudit } from './audit'
import { isServerCall } from './access'
import type { FormFeature } from './form/types'

export type SecretSpec = {
  /** Top-level fields anyone who may list the form reads (what identifies a record). Every other data field is secret. */
  open: string[]
  /** The field of this form naming the record a grant is for (default: the record itself). */
  via?: string
  /** The grants: records of `collection` whose `record` is the secret record, `reader` the person, valid from `from` until `until`. */
  grants?: { collection: string; record: string; reader: string; from: string; until: string; where?: Where }
  /** Position slugs whose holders at the record's site read and change it without a grant (OFFICE-11: `['hr']`). */
  readers?: string[]
  /** The refusals' words for this form (default: the owner archives'). */
  words?: { query?: Label; write?: Label }
  /** Register every opening in the audit trail (default true). */
  register?: boolean
}

/** Fields every record has that say nothing of its contents. */
const alwaysOpen = new Set(['id', 'site', 'createdAt', 'updatedAt', 'paperRecordedAt'])

/** The fields of a secret form that are secret: named data fields not declared open. */
export const secretFieldNames = (spec: SecretSpec, fields: Field[]): string[] => {
  const names: string[] = []
  const walk = (list: Field[]) => {
    for (const f of list) {
      if ('name' in f && f.name) {
        if (!alwaysOpen.has(f.name) && !spec.open.includes(f.name)) names.push(f.name)
      } else if ('fields' in f && Array.isArray(f.fields)) walk(f.fields as Field[])
      else if (f.type === 'tabs') for (const tab of f.tabs) walk(tab.fields)
    }
  }
  walk(fields)
  return names
}

/**
 * The records the person behind `req` holds a valid grant for, now: `Map<recordId, grantId>`. One query
 * per request and grant form (src/lib/perRequest.ts: kept on the request for this person, dropped by any
 * write of the request, e.g. a grant registered); empty for anyone not signed in.
 */
export async function grantedRecords(req: PayloadRequest, spec: SecretSpec): Promise<Map<number, number>> {
  const user = req.user
  const g = spec.grants
  if (!user || user.collection !== 'staff' || !g) return new Map()
  return once(req, `secretGrants:${g.collection}:${JSON.stringify(g)}`, async () => {
    const granted = new Map<number, number>()
    const now = new Date().toISOString()
    const { docs } = await req.payload.find({
      collection: g.collection as never,
      where: {
        and: [{ [g.reader]: { equals: user.id } }, { [g.from]: { less_than_equal: now } }, { [g.until]: { greater_than: now } }, ...(g.where ? [g.where] : [])],
      },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as Record<string, unknown>[]) {
      const record = idOf(doc[g.record])
      if (record) granted.set(record, doc.id as number)
    }
    return granted
  })
}

/**
 * The sites at which the person behind `req` holds one of the form's `readers` positions (an active
 * staff member; positions and sites as stored now, not as in the token). Once per request (as above).
 */
export async function readerSites(req: PayloadRequest, spec: SecretSpec): Promise<Set<number>> {
  const user = req.user
  if (!spec.readers?.length || !user || user.collection !== 'staff') return new Set()
  const readers = [...spec.readers].sort()
  return once(req, `secretReaders:${readers.join(',')}`, async () => {
    const sites = new Set<number>()
    const positions = await req.payload.find({ collection: 'positions', where: { slug: { in: readers } }, depth: 0, limit: 100, pagination: false, overrideAccess: true, req })
    const ids = new Set(positions.docs.map((p) => p.id as number))
    const me = (await req.payload.findByID({ collection: 'staff', id: user.id, depth: 0, overrideAccess: true, req, disableErrors: true })) as
      | { active?: boolean | null; positions?: unknown[]; sites?: { site?: unknown }[] }
      | null
    if (!me || me.active === false || !(me.positions ?? []).some((p) => ids.has(idOf(p) as number))) return sites
    for (const row of me.sites ?? []) {
      const site = idOf(row.site)
      if (site) sites.add(site)
    }
    return sites
  })
}

/** Whether the person reads this record as a holder of a `readers` position at its site. */
const readsByPosition = async (req: PayloadRequest, spec: SecretSpec, doc: Record<string, unknown> | undefined) => {
  const site = idOf(doc?.site)
  return Boolean(site && spec.readers?.length && (await readerSites(req, spec)).has(site))
}

/** Whether this request reads as the server (hooks, jobs) rather than for a person. */
const serverRead = (req: PayloadRequest) => isServerCall(req) && !req.user

/** The id of the protected record a document of this form belongs to. */
const recordIdOf = (spec: SecretSpec, doc: Record<string, unknown> | undefined, id?: unknown) =>
  spec.via ? idOf(doc?.[spec.via]) : idOf(doc?.id ?? id)

/** Field access of a secret field: only with a grant for this very record (no record: a query or sort — never). */
const readWithGrant =
  (spec: SecretSpec): FieldAccess =>
  async ({ req, doc, id }) => {
    if (serverRead(req)) return true
    const record = recordIdOf(spec, doc as Record<string, unknown> | undefined, id)
    if (!record) return false
    if (await readsByPosition(req, spec, doc as Record<string, unknown> | undefined)) return true
    return (await grantedRecords(req, spec)).has(record)
  }

const messages = {
  query: L('業主檔案屬絕密檔案,不能按「{field}」查詢或排序', 'This file is secret: it cannot be searched or sorted by "{field}"'),
  write: L('沒有有效的查閱登記,不能修改這份絕密檔案的內容', 'Without a valid reading grant the contents of this secret file cannot be changed'),
}

/** Every path named in a where clause (its keys, through and/or). */
const wherePaths = (where: unknown, out: string[] = []): string[] => {
  if (!where || typeof where !== 'object') return out
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) value.forEach((w) => wherePaths(w, out))
    else out.push(key)
  }
  return out
}

/** Which door a reading came through, for the register. */
const doorOf = (req: PayloadRequest, findMany?: boolean): string => {
  const path = String((req as { pathname?: string }).pathname ?? req.url ?? '')
  if (req.payloadAPI === 'GraphQL') return 'graphql'
  if (/\/print(\?|$)/.test(path)) return 'print'
  if (/\/export(\?|$)/.test(path)) return 'export'
  return findMany ? 'list' : 'record'
}

export const secretRecords: FormFeature = (spec, collection): CollectionConfig => {
  const s = spec.secret
  if (!s) return collection
  const hidden = new Set(secretFieldNames(s, collection.fields))
  const guard = readWithGrant(s)
  const mark = (list: Field[]): Field[] =>
    list.map((f) => {
      if ('name' in f && f.name && hidden.has(f.name)) {
        return { ...f, custom: { ...(f as { custom?: object }).custom, secret: true }, access: { ...(f as { access?: object }).access, read: guard } } as Field
      }
      if (!('name' in f) && 'fields' in f && Array.isArray(f.fields)) return { ...f, fields: mark(f.fields as Field[]) } as Field
      if (f.type === 'tabs') return { ...f, tabs: f.tabs.map((t) => ({ ...t, fields: mark(t.fields) })) } as Field
      return f
    })
  const whole = s.open.length === 0
  const { read, update, delete: remove } = collection.access ?? {}
  /** Nothing open: the records themselves (and their files) only for a grant holder. */
  const onlyGranted =
    (base?: NonNullable<CollectionConfig['access']>['read']): NonNullable<CollectionConfig['access']>['read'] =>
    async (args) => {
      const allowed = base ? await base(args) : Boolean(args.req.user)
      if (!allowed || serverRead(args.req)) return allowed
      const granted = [...(await grantedRecords(args.req, s)).keys()]
      const sites = [...(await readerSites(args.req, s))]
      const byGrant: Where = { [s.via ?? 'id']: { in: granted.length ? granted : [0] } }
      const mine: Where = sites.length ? { or: [byGrant, { site: { in: sites } }] } : byGrant
      return allowed === true ? mine : { and: [allowed as Where, mine] }
    }
  const withHooks = addHooks(
    {
      ...collection,
      fields: mark(collection.fields),
      // A copy would carry the contents into a record read without them.
      disableDuplicate: true,
      access: {
        ...collection.access,
        ...(whole ? { read: onlyGranted(read), update: onlyGranted(update), delete: onlyGranted(remove) } : {}),
      },
    },
    {
      beforeOperation: [
        ({ args: raw, req }) => {
          const args = raw as { overrideAccess?: boolean; where?: unknown; sort?: unknown }
          if (serverRead(req) || args?.overrideAccess) return raw
          const paths = [...wherePaths(args?.where)]
          const sort = args?.sort
          for (const part of (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []) as string[]) paths.push(part.replace(/^-/, ''))
          const bad = paths.find((p) => hidden.has(p.split('.')[0]!))
          if (bad) refuse(req, s.words?.query ?? messages.query, { field: bad.split('.')[0] }, 403)
          return raw
        },
      ],
      beforeChange: [
        async ({ data, originalDoc, operation, req }) => {
          if (operation !== 'update' || serverRead(req) || isServerCall(req)) return data
          const record = recordIdOf(s, originalDoc as Record<string, unknown>)
          if (record && (await grantedRecords(req, s)).has(record)) return data
          if (await readsByPosition(req, s, originalDoc as Record<string, unknown>)) return data
          const changed = [...hidden].some((name) => name in (data ?? {}) && JSON.stringify(data[name] ?? null) !== JSON.stringify(originalDoc?.[name] ?? null))
          if (changed) refuse(req, s.words?.write ?? messages.write, {}, 403)
          return data
        },
      ],
      afterRead: [
        async ({ doc, req, findMany, overrideAccess }) => {
          if (s.register === false || overrideAccess || serverRead(req) || !req.user) return doc
          const record = recordIdOf(s, doc as Record<string, unknown>)
          if (!record) return doc
          const grant = (await grantedRecords(req, s)).get(record)
          const byPosition = !grant && (await readsByPosition(req, s, doc as Record<string, unknown>))
          const shown = [...hidden].filter((name) => (doc as Record<string, unknown>)[name] !== undefined)
          if ((!grant && !byPosition) || !shown.length) return doc
          // One row per record and request (a list page, a print, a population).
          const seen = ((req.context as Record<string, unknown>).secretOpened ??= new Set<string>()) as Set<string>
          const key = `${collection.slug}:${(doc as { id: unknown }).id}`
          if (seen.has(key)) return doc
          seen.add(key)
          await recordAudit(req, {
            collection: collection.slug,
            recordId: (doc as { id: number }).id,
            site: (doc as { site?: unknown }).site,
            action: 'read',
            note: `${doorOf(req, findMany)}; ${grant ? `grant ${grant}` : `position ${s.readers!.join('/')}`}; ${shown.join(', ')}`,
          })
          return doc
        },
      ],
    },
  )
  return withHooks
}
