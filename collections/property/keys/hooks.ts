/**
 * PROP-12 鑰匙登記: a key set's state is the cabinet's — in (在櫃), out (借出), overdue (逾期未還),
 * lost (遺失/損壞), handed (已交業主). Only the forms that move a key change it, through these
 * server transitions: a loan (out, back in), its deadline (overdue), a memo (lost, re-cut back in), a
 * handover (handed). A person cannot set it (the state field is server-owned: a PATCH is a 403).
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { asServer } from '../../../src/lib/serverReq'
import { mustBeOnSite, onSite } from '../../../hooks/onSite'
import { transition } from '../../../hooks/lifecycle'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'

export const keyLifecycle: LifecycleSpec = {
  states: {
    in: { label: L('在櫃', 'In the cabinet'), color: '#16a34a' },
    out: { label: L('借出', 'Lent out'), color: '#d97706' },
    overdue: { label: L('逾期未還', 'Overdue'), color: '#dc2626' },
    lost: { label: L('遺失/損壞', 'Lost or damaged'), color: '#6b7280' },
    handed: { label: L('已交業主', 'Handed to the owner'), color: '#2563eb' },
  },
  transitions: [
    { from: 'in', to: 'out', label: L('借出', 'Lend'), by: 'server' },
    { from: 'out', to: 'overdue', label: L('逾期未還', 'Overdue'), by: 'server' },
    { from: ['out', 'overdue'], to: 'in', label: L('歸還入櫃', 'Returned'), by: 'server' },
    { from: ['in', 'out', 'overdue'], to: 'lost', label: L('登記遺失/損壞', 'Lost or damaged'), by: 'server' },
    { from: 'lost', to: 'in', label: L('補配/換鎖後入櫃', 'Back in after re-cut or lock change'), by: 'server' },
    { from: 'in', to: 'handed', label: L('移交業主', 'Handed to the owner'), by: 'server', set: () => ({ handedOverAt: new Date().toISOString() }) },
  ],
  // The key's own hook checks its unit, number and slot when they are entered: a state change leaves them as they are.
  batch: {},
}

export type KeyDoc = { id: number; site?: unknown; unit?: unknown; keyNumber: string; quantity: number; cabinet: string; slot: string; status: string; unitCode?: string }

export const texts = {
  noKey: L('鑰匙不存在', 'No such key'),
  noUnit: L('單元不存在', 'No such unit'),
  slotTaken: L('{cabinet} {slot} 號位已放有鑰匙 {keyNumber}', 'Slot {slot} of {cabinet} already holds key {keyNumber}'),
  numberTaken: L('鑰匙編號 {keyNumber} 已登記', 'Key number {keyNumber} is already registered'),
}

/** A key of the record's site, or the answer for a missing one (another site's key reads as missing). */
export const keyOnSite = (req: PayloadRequest, key: unknown, site: unknown) => mustBeOnSite<KeyDoc>(req, 'keys', key, site, texts.noKey)

/** Move a key to a state (server transition, in the caller's transaction). */
export const moveKey = (req: PayloadRequest, key: unknown, to: string) => transition(req, 'keys', idOf(key)!, to, { server: true })

/** A slot holds one key set (a key handed to its owner has left the cabinet). */
async function assertSlotFree(req: PayloadRequest, site: number, cabinet: string, slot: string, self?: number) {
  const { docs } = await req.payload.find({
    collection: 'keys',
    where: { and: [{ site: { equals: site } }, { cabinet: { equals: cabinet } }, { slot: { equals: slot } }, { status: { not_equals: 'handed' } }, ...(self ? [{ id: { not_equals: self } }] : [])] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length) refuse(req, texts.slotTaken, { cabinet, slot, keyNumber: docs[0].keyNumber }, 409)
}

async function assertNumberFree(req: PayloadRequest, site: number, keyNumber: string, self?: number) {
  const { totalDocs } = await req.payload.count({
    collection: 'keys',
    where: { and: [{ site: { equals: site } }, { keyNumber: { equals: keyNumber } }, ...(self ? [{ id: { not_equals: self } }] : [])] },
    overrideAccess: true,
    req,
  })
  if (totalDocs) refuse(req, texts.numberTaken, { keyNumber }, 409)
}

/** The unit's code for titles and the cabinet; a free slot and an unused key number. */
export const keyBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const k = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(k)
  if (!site) return data
  const self = operation === 'update' ? (originalDoc?.id as number) : undefined
  if (operation === 'create' || data.unit !== undefined) {
    const unit = await mustBeOnSite<{ code: string }>(req, 'units', k.unit, site, texts.noUnit)
    data.unitCode = unit.code
  }
  if (operation === 'create' || data.keyNumber !== undefined) await assertNumberFree(req, site, String(k.keyNumber), self)
  if (k.status !== 'handed' && (operation === 'create' || data.cabinet !== undefined || data.slot !== undefined)) await assertSlotFree(req, site, String(k.cabinet), String(k.slot), self)
  return data
}

/** Put a key set received on a form (acceptance from a contractor, entrusted by the developer) in its slot. */
export async function placeKey(
  req: PayloadRequest,
  site: number,
  line: { unit: unknown; keyNumber: string; quantity: number; cabinet: string; slot: string; source: 'contractor' | 'developer' },
): Promise<KeyDoc> {
  const unit = await onSite(req, 'units', line.unit, site)
  if (!unit) refuse(req, texts.noUnit, {}, 404)
  await assertNumberFree(req, site, line.keyNumber)
  await assertSlotFree(req, site, line.cabinet, line.slot)
  const key = await req.payload.create({
    collection: 'keys',
    data: { site, unit: unit!.id, keyNumber: line.keyNumber, quantity: line.quantity, cabinet: line.cabinet, slot: line.slot, source: line.source },
    req: asServer(req),
    overrideAccess: true,
    depth: 0,
  })
  return key as unknown as KeyDoc
}
