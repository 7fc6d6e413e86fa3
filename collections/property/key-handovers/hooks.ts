/**
 * PROP-12 業主領取鑰匙登記表: a key set leaves the cabinet for its owner only after the collector's ID
 * was checked (no ID number → refused, as the procedure says: without proof that the collector is the
 * unit's owner or lawful occupant the keys are not handed over), with the whole set counted and the
 * owner's signature. An owner on file must be of the key's unit and their ID number must match.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { mustBeOnSite } from '../../../hooks/onSite'
import { keyOnSite, moveKey } from '../keys/hooks'

export const handoverTexts = {
  noId: L('未核驗證件,不得移交鑰匙:請查驗領取人的證件並填寫證件號碼', "No keys without an ID: check the collector's ID and enter its number"),
  notChecked: L('請先查驗領取人證件(勾選「已查驗證件」)', "Check the collector's ID first (tick \"ID checked\")"),
  notSigned: L('請業主(領取人)簽名確認', 'The owner (collector) signs for the keys'),
  notIn: L('鑰匙 {keyNumber} 不在櫃中,不能移交', 'Key {keyNumber} is not in the cabinet and cannot be handed over'),
  count: L('移交數量({n} 把)與登記數量({max} 把)不符:請核對', 'Handing over {n} keys but the register has {max}: count again'),
  otherUnit: L('該業主不是單元 {unit} 的現業主', 'This owner is not the current owner of {unit}'),
  idMismatch: L('證件號碼與業主檔案不符,不得移交鑰匙', "The ID number does not match the owner's file: no keys"),
  noOwner: L('業主不存在', 'No such owner'),
  fixed: L('鑰匙已移交業主,領取記錄不能再改', 'The keys have been handed over; the record cannot change'),
}

const normal = (s: unknown) => String(s ?? '').trim().toUpperCase()

export const handoverBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update') {
    const changed = ['key', 'owner', 'idNumber', 'quantity', 'collectorName'].some((f) => data[f] !== undefined && String(idOf(data[f]) ?? data[f] ?? '') !== String(idOf(originalDoc?.[f]) ?? originalDoc?.[f] ?? ''))
    if (changed) refuse(req, handoverTexts.fixed, {}, 409)
    return data
  }
  const site = siteOf(data)
  if (!site) return data
  if (!normal(data.idNumber)) refuse(req, handoverTexts.noId)
  if (!data.idChecked) refuse(req, handoverTexts.notChecked)
  if (!data.ownerSigned) refuse(req, handoverTexts.notSigned)
  const key = await keyOnSite(req, data.key, site)
  if (key.status !== 'in') refuse(req, handoverTexts.notIn, { keyNumber: key.keyNumber }, 409)
  if (Number(data.quantity) !== Number(key.quantity)) refuse(req, handoverTexts.count, { n: data.quantity, max: key.quantity }, 409)
  if (idOf(data.owner)) {
    const owner = await mustBeOnSite<{ unit?: unknown; status?: string; idNumber?: string | null }>(req, 'owners', data.owner, site, handoverTexts.noOwner)
    if (idOf(owner.unit) !== idOf(key.unit) || owner.status === 'former') refuse(req, handoverTexts.otherUnit, { unit: key.unitCode ?? '' }, 409)
    if (data.relation === 'owner' && owner.idNumber && normal(owner.idNumber) !== normal(data.idNumber)) refuse(req, handoverTexts.idMismatch, {}, 409)
  }
  data.idNumber = normal(data.idNumber)
  Object.assign(data, { keyNumber: key.keyNumber, unitCode: key.unitCode ?? '' })
  if (req.user?.collection === 'staff') data.handedBy = req.user.id
  return data
}

/** The key set leaves the cabinet (its own transition: refused unless it is in). */
export const handoverAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await moveKey(req, doc.key, 'handed')
  return doc
}
