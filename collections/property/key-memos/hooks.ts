/**
 * PROP-15 鑰匙管理備忘錄: a lost or damaged key is recorded (what happened) and reported to the
 * management office director and the customer-service supervisor (the form's notification); the
 * supervisor obtains the owner's consent before a re-cut or a lock change, and the outcome is recorded.
 * The key shows as lost in the cabinet from the report until the outcome puts a key back in; a key lost
 * while lent ends its loan (no more reminders).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { onSite } from '../../../hooks/onSite'
import { transition } from '../../../hooks/lifecycle'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { keyOnSite, moveKey } from '../keys/hooks'

export const memoLifecycle: LifecycleSpec = {
  states: {
    reported: { label: L('已報告', 'Reported'), color: '#dc2626' },
    handling: { label: L('處理中(業主已同意)', 'In hand (owner consented)'), color: '#d97706' },
    closed: { label: L('已處理', 'Resolved'), color: '#16a34a' },
  },
  transitions: [
    {
      from: 'reported',
      to: 'handling',
      label: L('業主已同意,開始處理', 'Owner consented: start'),
      by: ['cs-supervisor', 'office-director'],
      tone: 'primary',
      guard: ({ req, doc }) => {
        if (!doc.ownerConsent) refuse(req, L('請先與業主聯繫,征得業主同意(勾選「業主已同意」)', "Contact the owner and obtain their consent first (tick \"Owner consented\")"), {}, 409)
        if (!doc.measure) refuse(req, L('請選擇處理措施:補配鑰匙或換鎖', 'Choose the measure: re-cut or lock change'), {}, 409)
      },
      set: ({ doc }) => ({ consentAt: doc.consentAt ?? new Date().toISOString() }),
    },
    {
      from: 'handling',
      to: 'closed',
      label: L('記錄處理結果', 'Record the outcome'),
      by: ['cs-supervisor', 'office-director', 'cs-assistant'],
      tone: 'primary',
      guard: ({ req, doc }) => {
        if (!String(doc.outcome ?? '').trim()) refuse(req, L('請填寫處理結果', 'Write the outcome first'), {}, 409)
      },
      set: () => ({ closedAt: new Date().toISOString() }),
      // A re-cut key or the keys of the new lock go back in the slot.
      effects: [
        async ({ req, doc }) => {
          const key = await onSite<{ status: string }>(req, 'keys', doc.key, siteOf(doc))
          if (key?.status === 'lost') await moveKey(req, doc.key, 'in')
        },
      ],
    },
  ],
}

export const memoTexts = {
  already: L('鑰匙 {keyNumber} 已登記遺失/損壞,請在原備忘錄中處理', 'Key {keyNumber} is already recorded as lost or damaged; continue on that memo'),
  handed: L('鑰匙 {keyNumber} 已交業主,不在客戶中心保管', 'Key {keyNumber} was handed to its owner and is not kept here'),
  otherLoan: L('所選借用記錄不是這把鑰匙的', 'The loan chosen is not of this key'),
  fixed: L('備忘錄所記的鑰匙不能更改', 'The key of a memo cannot change'),
}

export const memoBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const site = siteOf({ ...(operation === 'update' ? originalDoc : {}), ...data })
  if (!site) return data
  if (operation === 'update') {
    for (const f of ['key', 'loan']) if (data[f] !== undefined && idOf(data[f]) !== idOf(originalDoc?.[f])) refuse(req, memoTexts.fixed, {}, 409)
    return data
  }
  const key = await keyOnSite(req, data.key, site)
  if (key.status === 'lost') refuse(req, memoTexts.already, { keyNumber: key.keyNumber }, 409)
  if (key.status === 'handed') refuse(req, memoTexts.handed, { keyNumber: key.keyNumber }, 409)
  if (idOf(data.loan)) {
    const loan = await onSite<{ key?: unknown }>(req, 'key-loans', data.loan, site)
    if (!loan || idOf(loan.key) !== key.id) refuse(req, memoTexts.otherLoan, {}, 409)
  } else if (key.status === 'out' || key.status === 'overdue') {
    // Lost while lent: the open loan of the key.
    const { docs } = await req.payload.find({ collection: 'key-loans', where: { and: [{ key: { equals: key.id } }, { status: { in: ['out', 'overdue'] } }] }, limit: 1, depth: 0, overrideAccess: true, req })
    if (docs[0]) data.loan = docs[0].id
  }
  Object.assign(data, { keyNumber: key.keyNumber, unitCode: key.unitCode ?? '' })
  return data
}

/** The key is lost from the report on; an open loan of it ends as lost (its reminders stop). */
export const memoAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const loan = idOf(doc.loan) ? await onSite<{ status: string }>(req, 'key-loans', doc.loan, siteOf(doc)) : null
  if (loan && (loan.status === 'out' || loan.status === 'overdue')) await transition(req, 'key-loans', loan.id, 'lost', { server: true, note: `key-memos:${doc.id}` })
  await moveKey(req, doc.key, 'lost')
  return doc
}
