/**
 * CARE-12 bed states. Only these functions change a bed: held by a reservation with its deposit
 * (CARE-08), occupied on admission (CARE-11), moved by a bed change (CARE-14), freed by a cancelled
 * reservation or a discharge (CARE-15). A freed bed tells the desk whom to call from the waitlist (CARE-09).
 */
import type { Payload, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { asServer } from '../../../src/lib/serverReq'
import { idOf } from '../../../src/lib/hooks'
import { announceFreedBed } from '../waitlist/hooks'

type Req = Partial<PayloadRequest> | undefined

export type BedDoc = { id: number; status: 'free' | 'held' | 'occupied'; elder?: unknown; code?: string; site?: unknown; outOfService?: boolean | null }

export async function getBed(payload: Payload, id: number, req: Req): Promise<BedDoc> {
  return (await payload.findByID({ collection: 'beds', id, depth: 0, overrideAccess: true, req: req as PayloadRequest, disableErrors: true })) as unknown as BedDoc
}

/** Hold a free bed for an elder (reservation with deposit). */
export async function holdBed(payload: Payload, bedId: number, elderId: number, req: Req) {
  const bed = await getBed(payload, bedId, req)
  if (!bed) refuse(req, L('床位不存在', 'No such bed'), {}, 404)
  const holder = idOf(bed.elder)
  if (bed.status === 'held' && holder === elderId) return bed
  if (bed.status !== 'free' || bed.outOfService) {
    refuse(req, L('床位 {bed} 已被預留或入住,請選擇空閒床位或登記候補', 'Bed {bed} is already held or occupied: choose a free bed or put the family on the waitlist'), { bed: bed.code }, 409)
  }
  return setBed(payload, bedId, { status: 'held', elder: elderId }, req)
}

/** Occupy a bed on admission or bed change: free, or held for this elder. */
export async function occupyBed(payload: Payload, bedId: number, elderId: number, req: Req) {
  const bed = await getBed(payload, bedId, req)
  if (!bed) refuse(req, L('床位不存在', 'No such bed'), {}, 404)
  const holder = idOf(bed.elder)
  if (!(bed.status === 'free' || holder === elderId) || bed.outOfService) {
    refuse(req, L('床位 {bed} 已被其他老人預留或入住', 'Bed {bed} is held or occupied by another elder'), { bed: bed.code }, 409)
  }
  return setBed(payload, bedId, { status: 'occupied', elder: elderId }, req)
}

/** Free a bed (if this elder is still on it) and tell the desk whom to call from the waitlist. */
export async function freeBed(payload: Payload, bedId: number, elderId: number | undefined, req: Req) {
  const bed = await getBed(payload, bedId, req)
  if (!bed || bed.status === 'free') return bed
  if (elderId !== undefined && idOf(bed.elder) !== elderId) return bed
  const freed = await setBed(payload, bedId, { status: 'free', elder: null }, req)
  await announceFreedBed(payload, freed as unknown as BedDoc, req)
  return freed
}

async function setBed(payload: Payload, id: number, data: { status: BedDoc['status']; elder: number | null }, req: Req) {
  return payload.update({ collection: 'beds', id, data, overrideAccess: true, depth: 0, req: asServer(req) })
}

/** Set server-owned fields of an elder (status, bed, fee, class, dates). */
export async function updateElder(payload: Payload, id: number, data: Record<string, unknown>, req: Req) {
  return payload.update({ collection: 'elders', id, data: data as never, overrideAccess: true, depth: 0, req: asServer(req) })
}
