/** WF-10: call tasks ("e-mail, then phone within N minutes") and the overdue sweep (JOB-01). */
import type { Payload, PayloadRequest } from 'payload'
import { idOf } from '../../src/lib/hooks'
import type { Label } from '../../src/lib/i18n'
import { asServer } from '../../src/lib/serverReq'
import { sweepDeadline } from '../deadlines'

export type CallTaskInput = {
  site: unknown
  /** The subject; in every language (a Label), the reader sees theirs (call-tasks' `titles`). */
  title: string | Label
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
      title: (typeof input.title === 'string' ? input.title : input.title.zh).slice(0, 200),
      ...(typeof input.title === 'string' ? {} : { titles: input.title }),
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

/** WF-10: open call tasks past their due time are flagged (the `call` deadline of call-tasks). Idempotent; returns how many were newly flagged. */
export const flagOverdueCallTasks = (payload: Payload, now = new Date()): Promise<number> => sweepDeadline(payload, 'call-tasks', 'call', now)
