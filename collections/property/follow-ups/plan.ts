/**
 * PROP-08 follow-ups are created from what they follow: a handled complaint (by the complaint's
 * lifecycle), a completed repair, special contract work (two: mid-term and after the end), an
 * emergency, a publication or event, any other service. `planFollowUp` is the one way server code
 * plans one; people create them in the admin panel with the same fields.
 */
import type { PayloadRequest } from 'payload'
import { asServer } from '../../../src/lib/serverReq'
import { idOf } from '../../../src/lib/hooks'
import type { FollowUpKind } from './options'

export type PlanInput = {
  kind: FollowUpKind
  site: number
  /** The handled complaint (kind 'complaint'). */
  complaint?: { id: number | string; unit?: unknown; complainant?: string; phone?: string; content?: string; unitCode?: string }
  unit?: number
  ownerName?: string
  phone?: string
  subject?: string
  /** When the followed work was completed (the due moment counts from it). */
  completedAt: string | Date
  stage?: 'mid' | 'end'
}

export async function planFollowUp(req: PayloadRequest, input: PlanInput) {
  const c = input.complaint
  const subject = input.subject ?? (c ? `投诉回访:${String(c.content ?? '').slice(0, 80)}` : '')
  return req.payload.create({
    collection: 'follow-ups',
    data: {
      site: input.site,
      kind: input.kind,
      complaint: c ? Number(c.id) : undefined,
      unit: input.unit ?? idOf(c?.unit),
      ownerName: input.ownerName ?? c?.complainant,
      phone: input.phone ?? c?.phone,
      subject: subject.slice(0, 200),
      completedAt: new Date(input.completedAt).toISOString(),
      stage: input.stage,
    },
    overrideAccess: true,
    depth: 0,
    req: asServer(req),
  }) as unknown as Promise<{ id: number }>
}
