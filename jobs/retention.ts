/**
 * JOB-06: records older than their form's retention (`retention: { years, dateField }` on the form
 * declaration) are removed, a batch at a time; forms kept `forever` (complaints, owner archives) and
 * forms without a rule are never touched. Each removal leaves its snapshot in the audit trail.
 *
 * A form whose records are one row (no arrays, blocks or has-many fields) is removed with one SQL
 * statement per batch that writes the audit snapshots in the same statement; other forms go through
 * the Local API (hooks, child tables) one record at a time.
 */
import { sql } from '@payloadcms/db-postgres'
import { subYears } from 'date-fns'
import type { CollectionSlug, FlattenedField, Payload, PayloadRequest } from 'payload'
import { formOf } from '../hooks/form/defineForm'
import { pruneTicks } from '../src/scheduler/ticks'
import { db, snake, tableOf } from './sql'
import type { TickArgs } from './schedule'

const BATCH = 1000

export type RetentionRule = { collection: string; years: number; dateField: string }

/** The rules as declared by the forms. */
export const retentionRules = (payload: Payload): RetentionRule[] =>
  payload.config.collections.flatMap((c) => {
    const r = formOf(c)?.retention
    return r && r !== 'forever' ? [{ collection: c.slug, years: r.years, dateField: r.dateField ?? 'createdAt' }] : []
  })


/** Whether a record of the collection lives in its main table only. */
const singleRow = (fields: FlattenedField[]): boolean =>
  fields.every((f) => {
    if (f.type === 'array' || f.type === 'blocks' || f.type === 'join') return false
    if ((f.type === 'relationship' || f.type === 'upload' || f.type === 'select') && (f.hasMany || Array.isArray((f as { relationTo?: unknown }).relationTo))) return false
    if ('localized' in f && f.localized) return false
    if (f.type === 'group' || f.type === 'tab') return singleRow((f as { flattenedFields: FlattenedField[] }).flattenedFields)
    return true
  })

async function removeBySql(payload: Payload, rule: RetentionRule, cutoff: string): Promise<number> {
  const table = tableOf(payload, rule.collection)!
  const column = snake(rule.dateField)
  let removed = 0
  for (;;) {
    const { rows } = await db(payload).execute(sql`
      WITH gone AS (
        DELETE FROM ${sql.identifier(table)} WHERE id IN (
          SELECT id FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} < ${cutoff} ORDER BY ${sql.identifier(column)} LIMIT ${BATCH})
        RETURNING *),
      logged AS (
        INSERT INTO audit_log (collection, record_id, site_id, action, channel, actor_name, changes, note, created_at, updated_at)
        SELECT ${rule.collection}, gone.id::text, (to_jsonb(gone) ->> 'site_id')::int, 'delete', 'job', 'retention',
          jsonb_build_object('before', to_jsonb(gone)), ${`retention ${rule.years}y`}, now(), now()
        FROM gone RETURNING 1)
      SELECT count(*)::int AS n FROM logged`)
    const n = Number(rows[0]?.n ?? 0)
    removed += n
    if (n < BATCH) return removed
  }
}

async function removeByApi(payload: Payload, rule: RetentionRule, cutoff: string, req?: PayloadRequest): Promise<number> {
  let removed = 0
  const collection = rule.collection as CollectionSlug
  for (;;) {
    const { docs } = await payload.find({ collection, where: { [rule.dateField]: { less_than: cutoff } }, limit: BATCH, depth: 0, select: {}, overrideAccess: true, pagination: false })
    if (!docs.length) return removed
    const ids = docs.map((d) => (d as { id: number }).id)
    const result = await payload.delete({ collection, where: { id: { in: ids } }, overrideAccess: true, depth: 0, req, context: { channel: 'job' } })
    removed += result.docs.length
    if (result.docs.length === 0 || docs.length < BATCH) return removed
  }
}

export async function applyRetention(payload: Payload, req?: PayloadRequest, now = new Date()): Promise<Record<string, number>> {
  const removed: Record<string, number> = {}
  for (const rule of retentionRules(payload)) {
    const cutoff = subYears(now, rule.years).toISOString()
    const collection = (payload.collections as Record<string, { config: { flattenedFields: FlattenedField[]; upload?: unknown } } | undefined>)[rule.collection]
    const fast = collection && singleRow(collection.config.flattenedFields) && !collection.config.upload
    removed[rule.collection] = fast ? await removeBySql(payload, rule, cutoff) : await removeByApi(payload, rule, cutoff, req)
  }
  return removed
}

export const retentionTick = async ({ payload, req }: TickArgs) => ({ ...(await applyRetention(payload, req)), 'schedule-ticks': await pruneTicks(payload) })
