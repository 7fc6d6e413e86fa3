/**
 * CARE-09 預定登記表: when no bed is free families queue in order of registration; when a bed frees
 * up the desk gets a work message listing the first people to call, in order.
 */
import type { Payload, PayloadRequest } from 'payload'
import { alertDesk } from './alerts'
import { siteOf } from './server'

/** How many families the desk is told to call when a bed frees up. */
export const CALL_FIRST = 3

export type WaitingFamily = { id: number; familyName: string; familyPhone: string; elderName: string; registeredAt: string }

/** The families still waiting at a site, oldest registration first. */
export async function waitingInOrder(payload: Payload, site: number, limit = CALL_FIRST, req?: Partial<PayloadRequest>) {
  const { docs } = await payload.find({
    collection: 'waitlist',
    where: { and: [{ site: { equals: site } }, { status: { equals: 'waiting' } }] },
    sort: ['registeredAt', 'id'],
    limit,
    depth: 0,
    overrideAccess: true,
    req: req as PayloadRequest,
  })
  return docs as unknown as WaitingFamily[]
}

/** Tell the desk a bed is free, with the first families to call. Returns them. */
export async function announceFreedBed(payload: Payload, bed: { code?: string; site?: unknown }, req?: Partial<PayloadRequest>) {
  const site = siteOf(bed)
  if (!site) return []
  const first = await waitingInOrder(payload, site, CALL_FIRST, req)
  const lines = first.map((w, i) => `${i + 1}. ${w.familyName} ${w.familyPhone}(老人:${w.elderName},登记于 ${String(w.registeredAt).slice(0, 10)})`)
  await alertDesk(payload, {
    site,
    title: `床位 ${bed.code ?? ''} 已空出`,
    body: first.length
      ? `床位 ${bed.code ?? ''} 已空出,请按预定登记顺序依次致电:\n${lines.join('\n')}`
      : `床位 ${bed.code ?? ''} 已空出,预定登记表中暂无候补家属。`,
    req,
  })
  return first
}
