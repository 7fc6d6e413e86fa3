/**
 * PROP-12: a key set received on paper (鑰匙驗收記錄表 from a contractor, 移交鑰匙登記表 from the
 * developer) is put in its labelled slot: the key register gets the set as it was counted. What was
 * received cannot be changed afterwards (the register is the truth; corrections go through a memo).
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L, type Label } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { holdersByPosition } from '../../../src/lib/holders'
import { placeKey } from '../keys/hooks'

const fixedText = L('鑰匙已入櫃,接收的單元、編號、數量和櫃位不能再改;如有差錯請填寫鑰匙管理備忘錄', 'The keys are in the cabinet: the unit, number, count and slot received cannot change; record a key memo for a mistake')

const FIXED = ['unit', 'keyNumber', 'received', 'quantity', 'cabinet', 'slot']

/**
 * The receiving side of both forms: the signatures present, the count (`countField`) into the register
 * at `source`, the receiver is the person entering it.
 */
export const receiveKeys =
  (options: { source: 'contractor' | 'developer'; countField: string; signatures: { field: string; missing: Label }[] }): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
    const site = siteOf(o)
    if (!site) return data
    if (operation === 'update') {
      const changed = FIXED.some((f) => data[f] !== undefined && String(idOf(data[f]) ?? data[f] ?? '') !== String(idOf(originalDoc?.[f]) ?? originalDoc?.[f] ?? ''))
      if (changed) refuse(req, fixedText, {}, 409)
      return data
    }
    for (const s of options.signatures) if (!o[s.field]) refuse(req, s.missing)
    const key = await placeKey(req, site, {
      unit: o.unit,
      keyNumber: String(o.keyNumber),
      quantity: Number(o[options.countField]),
      cabinet: String(o.cabinet),
      slot: String(o.slot),
      source: options.source,
    })
    data.key = key.id
    data.unitCode = key.unitCode ?? ''
    if (req.user?.collection === 'staff') data.receiver = req.user.id
    return data
  }

/** 簽收確認 ✓ when the count received matches the 數量 of the record, else the remark says what was found. */
export const acceptanceCheck: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  const matched = Number(o.received) === Number(o.quantity)
  if (!matched && !String(o.remark ?? '').trim()) {
    refuse(req, L('實收數量({received} 把)與數量({quantity} 把)不符:請在備註中注明實際情況', 'Received {received} but the record says {quantity}: write what was found in the remark'), { received: o.received, quantity: o.quantity })
  }
  data.matched = matched
  if (operation === 'create' && idOf(o.engineer) && site) {
    const engineers = (await holdersByPosition(req.payload, site, ['engineer'], req)).get('engineer') ?? []
    if (!engineers.some((h) => h.id === idOf(o.engineer))) refuse(req, L('驗收人須為本站點的工程部人員', 'The checker must be an engineering staff member of this site'), {}, 409)
  }
  return data
}
