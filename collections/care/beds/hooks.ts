/**
 * CARE-12 bed states, a declared lifecycle: free → held (a reservation's deposit, CARE-08) →
 * occupied (admission, CARE-11; or straight from free on a bed change, CARE-14) → free (a cancelled
 * reservation, a bed change or a discharge, CARE-15). Every step is the server's (`by: 'server'`),
 * taken through `transition()` — so the row is locked, the step audited and its effects run in the
 * caller's transaction; a freed bed tells the desk whom to call from the waitlist (CARE-09).
 * `holdBed`, `occupyBed` and `freeBed` are the other forms' words for those transitions.
 */
import type { Payload, PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'
import { transition, transitionMany } from '../../../hooks/lifecycle'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { asServer } from '../../../src/lib/serverReq'
import { tableOf, txOf } from '../../../src/lib/tx'
import { idOf } from '../../../src/lib/hooks'
import type { Elder } from '../../../src/payload-types'
import { announceFreedBed, announceFreedBeds } from '../waitlist/hooks'
import { bedStatuses } from '../labels'

type Req = Partial<PayloadRequest> | undefined

export type BedDoc = { id: number; status: 'free' | 'held' | 'occupied'; elder?: unknown; code?: string; site?: unknown; outOfService?: boolean | null }

const texts = {
  noBed: L('床位不存在', 'No such bed'),
  taken: L('床位 {bed} 已被預留或入住,請選擇空閒床位或登記候補', 'Bed {bed} is already held or occupied: choose a free bed or put the family on the waitlist'),
  otherElder: L('床位 {bed} 已被其他老人預留或入住', 'Bed {bed} is held or occupied by another elder'),
}

/** CARE-12: the bed's states and the server's transitions between them (the elder is written with the state). */
export const bedLifecycle: LifecycleSpec = {
  states: {
    free: { label: bedStatuses.free, color: '#16a34a' },
    held: { label: bedStatuses.held, color: '#d97706' },
    occupied: { label: bedStatuses.occupied, color: '#2563eb' },
  },
  transitions: [
    {
      from: 'free',
      to: 'held',
      label: L('預留床位', 'Hold the bed'),
      by: 'server',
      guard: ({ req, doc }) => {
        if (doc.outOfService) refuse(req, texts.taken, { bed: doc.code }, 409)
      },
    },
    {
      from: ['free', 'held'],
      to: 'occupied',
      label: L('入住', 'Move in'),
      by: 'server',
      guard: ({ req, doc, data }) => {
        if (doc.outOfService || (doc.status === 'held' && idOf(doc.elder) !== idOf(data?.elder))) refuse(req, texts.otherElder, { bed: doc.code }, 409)
      },
    },
    {
      from: ['held', 'occupied'],
      to: 'free',
      label: L('空出床位', 'Free the bed'),
      by: 'server',
      set: () => ({ elder: null }),
      effects: [async ({ req, doc }) => void (await announceFreedBed(req.payload, doc, req))],
      // Many beds freed at once (a sweep's batch): one message per site naming every freed bed.
      batch: async ({ req, docs }) => void (await announceFreedBeds(req.payload, docs, req)),
    },
  ],
  // A server's state change of a bed needs none of the form's change hooks (its picker label is
  // made from the building, room and bed number, which a transition does not change).
  batch: {},
}

export async function getBed(payload: Payload, id: number, req: Req): Promise<BedDoc> {
  return (await payload.findByID({ collection: 'beds', id, depth: 0, overrideAccess: true, req: req as PayloadRequest, disableErrors: true })) as unknown as BedDoc
}

/** The bed's declared transition, as server code, in the caller's transaction. */
async function moveBed(payload: Payload, id: number, to: BedDoc['status'], elder: number | undefined, req: Req): Promise<BedDoc> {
  const r = req ? (req as PayloadRequest) : await createLocalReq({}, payload)
  return (await transition(r, 'beds', id, to, { server: true, data: elder === undefined ? undefined : { elder } })) as BedDoc
}

/** Hold a free bed for an elder (reservation with deposit). */
export async function holdBed(payload: Payload, bedId: number, elderId: number, req: Req) {
  const bed = await getBed(payload, bedId, req)
  if (!bed) refuse(req, texts.noBed, {}, 404)
  if (bed.status === 'held' && idOf(bed.elder) === elderId) return bed
  if (bed.status !== 'free') refuse(req, texts.taken, { bed: bed.code }, 409)
  return moveBed(payload, bedId, 'held', elderId, req)
}

/** Occupy a bed on admission or bed change: free, or held for this elder. */
export async function occupyBed(payload: Payload, bedId: number, elderId: number, req: Req) {
  const bed = await getBed(payload, bedId, req)
  if (!bed) refuse(req, texts.noBed, {}, 404)
  const holder = idOf(bed.elder)
  if (bed.status === 'occupied' && holder === elderId && !bed.outOfService) return bed
  if (bed.status === 'occupied') refuse(req, texts.otherElder, { bed: bed.code }, 409)
  return moveBed(payload, bedId, 'occupied', elderId, req)
}

/** Free a bed (if this elder is still on it); the transition tells the desk whom to call from the waitlist. */
export async function freeBed(payload: Payload, bedId: number, elderId: number | undefined, req: Req) {
  const bed = await getBed(payload, bedId, req)
  if (!bed || bed.status === 'free') return bed
  if (elderId !== undefined && idOf(bed.elder) !== elderId) return bed
  return moveBed(payload, bedId, 'free', undefined, req)
}

/**
 * The batch form of `freeBed` for a sweep's batch (cancelled reservations, discharged elders): every
 * bed of `pairs` in one of `states` and still held by its pair's elder is freed, set-wise
 * (`transitionMany`, one per state), one at a time (`freeBed`, with its holder check) otherwise. The
 * beds are locked first (in `req`'s transaction) and the holder is checked on the locked rows, so a
 * bed taken by someone else in between is left alone.
 */
export async function freeManyBeds(req: PayloadRequest, pairs: { bed: number; elder?: number }[], states: BedDoc['status'][] = ['held']): Promise<BedDoc[]> {
  const ids = [...new Set(pairs.map((p) => p.bed))]
  if (!ids.length) return []
  const tx = await txOf(req)
  await tx.execute(sql`SELECT id FROM ${sql.identifier(tableOf(req.payload, 'beds'))} WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) ORDER BY id FOR UPDATE`)
  const { docs } = await req.payload.db.find({ collection: 'beds', where: { id: { in: ids } }, limit: ids.length, pagination: false, req })
  const beds = (docs as unknown as BedDoc[]).flatMap((b) => {
    const pair = pairs.find((p) => p.bed === b.id && p.elder !== undefined && idOf(b.elder) === p.elder)
    return states.includes(b.status) && pair ? [{ bed: b, elder: pair.elder! }] : []
  })
  const freed: BedDoc[] = []
  for (const state of states) {
    const group = beds.filter((b) => b.bed.status === state)
    if (!group.length) continue
    const moved = (await transitionMany(req, 'beds', group.map((b) => b.bed.id), 'free')) as BedDoc[] | undefined
    if (moved) freed.push(...moved)
    else for (const b of group) freed.push(await freeBed(req.payload, b.bed.id, b.elder, req))
  }
  return freed
}

/** Set server-owned fields of an elder (status, bed, fee, class, dates). */
export async function updateElder(payload: Payload, id: number, data: Partial<Elder>, req: Req) {
  return payload.update({ collection: 'elders', id, data, overrideAccess: true, depth: 0, req: asServer(req) })
}
