/**
 * CORE-04: one shared hook records every create, update and delete of every collection, and
 * `recordTransition` records state transitions, in the same transaction as the change itself.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'
import { addHooks, idOf } from '../src/lib/hooks'

export const channels = ['admin', 'api', 'email', 'device', 'job', 'system'] as const
export type Channel = (typeof channels)[number]

/** Which door a request came through. Our own routes and jobs say so in `req.context.channel`. */
export const channelOf = (req: PayloadRequest): Channel => {
  const declared = req.context?.channel as Channel | undefined
  if (declared) return declared
  if (req.payloadAPI === 'local') return 'system'
  if (req.payloadAPI === 'GraphQL') return 'api'
  const referer = req.headers?.get?.('referer') ?? ''
  return /\/admin(\/|$|\?)/.test(new URL(referer, 'http://x').pathname) ? 'admin' : 'api'
}

const ignored = new Set(['updatedAt', 'createdAt', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions'])
const secretFields = new Set(['password'])

/** Top-level fields whose value changed, with old and new values. */
export const changedFields = (before: Record<string, unknown> = {}, after: Record<string, unknown> = {}) => {
  const changes: Record<string, { from: unknown; to: unknown }> = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignored.has(key)) continue
    const from = normalise(before[key])
    const to = normalise(after[key])
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      changes[key] = secretFields.has(key) ? { from: '***', to: '***' } : { from, to }
    }
  }
  return changes
}

// Populated relationships are stored by id, so that depth does not read as a change.
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object' && 'id' in value && ('createdAt' in value || 'updatedAt' in value)) return idOf(value)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id').map(([k, v]) => [k, normalise(v)]))
  }
  return value ?? null
}

/** A record as it was, for the trail of a deletion. */
const snapshot = (doc: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(doc).filter(([k]) => !ignored.has(k)).map(([k, v]) => [k, normalise(v)]))

export type AuditEntry = {
  collection: string
  recordId: string | number
  site?: unknown
  action: 'create' | 'update' | 'delete' | 'transition' | 'read' | 'login'
  changes?: Record<string, unknown>
  from?: string
  to?: string
  note?: string
  occurredAt?: string | null
}

export async function recordAudit(req: PayloadRequest, entry: AuditEntry) {
  const occurredAt = entry.occurredAt ?? (req.context?.occurredAt as string | undefined)
  // Straight to the database, in the request's transaction: the row is written by the server, so
  // it needs none of the validation, hooks and read-back of a client write.
  await req.payload.db.create({
    collection: 'audit-log',
    returning: false,
    data: {
      ...entry,
      recordId: String(entry.recordId),
      site: idOf(entry.site) as number | undefined,
      actor: req.user?.collection === 'staff' ? (req.user.id as number) : undefined,
      actorName: (req.user as { name?: string } | null)?.name ?? (req.context?.actorName as string | undefined),
      channel: channelOf(req),
      backEntry: Boolean(occurredAt),
      occurredAt: occurredAt ?? undefined,
    },
    req,
  })
}

/** State transitions a workflow drives (approvals, gates, deadlines) are audited as such. */
export const recordTransition = (
  req: PayloadRequest,
  doc: { id: string | number; site?: unknown },
  collection: string,
  from: string | null | undefined,
  to: string,
  note?: string,
) => recordAudit(req, { collection, recordId: doc.id, site: doc.site, action: 'transition', from: from ?? undefined, to, note })

const auditChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const changes = changedFields(operation === 'create' ? {} : previousDoc, doc)
  if (operation === 'update' && Object.keys(changes).length === 0) return doc
  await recordAudit(req, {
    collection: collection.slug,
    recordId: doc.id,
    site: doc.site,
    action: operation,
    changes,
    occurredAt: operation === 'create' ? (doc.paperRecordedAt ?? null) : null,
  })
  return doc
}

const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordAudit(req, { collection: collection.slug, recordId: doc.id, site: doc.site, action: 'delete', changes: { before: snapshot(doc) } })
}

/** Add the audit hooks to every collection but the audit log itself and those that opt out. */
export const withAudit = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((c) =>
    c.slug === 'audit-log' || c.custom?.audit === false ? c : addHooks(c, { afterChange: [auditChange], afterDelete: [auditDelete] }),
  )
