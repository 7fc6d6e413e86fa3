/**
 * JOB-06: records older than their form's retention (`retention: { years, dateField }` on the form
 * declaration) are removed, a batch at a time; forms kept `forever` (complaints, owner archives) and
 * forms without a rule are never touched. Each removal leaves its snapshot in the audit trail.
 */
import { subYears } from 'date-fns'
import type { Payload, PayloadRequest } from 'payload'
import { formOf } from '../src/lib/form/defineForm'
import type { TickArgs } from './schedule'

const BATCH = 500

export type RetentionRule = { collection: string; years: number; dateField: string }

/** The rules as declared by the forms. */
export const retentionRules = (payload: Payload): RetentionRule[] =>
  payload.config.collections.flatMap((c) => {
    const r = formOf(c)?.retention
    return r && r !== 'forever' ? [{ collection: c.slug, years: r.years, dateField: r.dateField ?? 'createdAt' }] : []
  })

export async function applyRetention(payload: Payload, req?: PayloadRequest, now = new Date()): Promise<Record<string, number>> {
  const removed: Record<string, number> = {}
  for (const rule of retentionRules(payload)) {
    const cutoff = subYears(now, rule.years).toISOString()
    removed[rule.collection] = 0
    for (;;) {
      const { docs } = await payload.find({ collection: rule.collection as never, where: { [rule.dateField]: { less_than: cutoff } }, limit: BATCH, depth: 0, select: {} as never, overrideAccess: true, pagination: false })
      if (!docs.length) break
      const ids = docs.map((d) => (d as { id: number }).id)
      const result = await payload.delete({ collection: rule.collection as never, where: { id: { in: ids } }, overrideAccess: true, depth: 0, req, context: { channel: 'job' } })
      removed[rule.collection] += result.docs.length
      if (result.docs.length === 0 || docs.length < BATCH) break
    }
  }
  return removed
}

export const retentionTick = ({ payload, req }: TickArgs) => applyRetention(payload, req)
