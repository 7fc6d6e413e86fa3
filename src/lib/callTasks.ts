/** WF-10: call tasks ("e-mail, then phone within N minutes") and the overdue sweep (JOB-01). */
import type { Payload, PayloadRequest } from 'payload'
import { idOf } from './hooks'
import { asServer } from './serverReq'

export type CallTaskInput = {
  site: unknown
  title: string
  callee?: number | string
  phone?: string | null
  /** Minutes from now. */
  within: number
  related?: { collection: string; id: string | number }
}

export async function createCallTask(payload: Payload, input: CallTaskInput, req?: PayloadRequest) {
  return payload.create({
    collection: 'call-tasks',
    data: {
      site: idOf(input.site) as number,
      title: input.title.slice(0, 200),
      callee: input.callee as number | undefined,
      phone: input.phone || undefined,
      dueAt: new Date(Date.now() + input.within * 60_000).toISOString(),
      status: 'open',
      relatedCollection: input.related?.collection,
      relatedId: input.related ? String(input.related.id) : undefined,
    },
    req: req ? asServer(req) : undefined,
    overrideAccess: true,
    depth: 0,
  })
}

/** Flag open call tasks past their due time. Idempotent; returns how many were newly flagged. */
export async function flagOverdueCallTasks(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.update({
    collection: 'call-tasks',
    where: { and: [{ status: { equals: 'open' } }, { dueAt: { less_than: now.toISOString() } }, { overdue: { not_equals: true } }] },
    data: { overdue: true },
    overrideAccess: true,
    depth: 0,
    context: { channel: 'job' },
  })
  return docs.length
}
