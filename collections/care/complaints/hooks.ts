/** CARE-19: a complaint is entered within 30 minutes of receipt, or flagged as late. */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'

export const ENTRY_LIMIT_MINUTES = 30

export const complaintBeforeChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && data.receivedAt && new Date(data.receivedAt).getTime() !== new Date(originalDoc.receivedAt).getTime()) {
    refuse(req, L('接到投訴時間錄入後不能修改', 'The time received cannot be changed once entered'), {}, 409)
  }
  const received = new Date(data.receivedAt ?? originalDoc?.receivedAt)
  const entered = operation === 'create' ? new Date() : new Date(originalDoc.enteredAt)
  if (received.getTime() > Date.now() + 60_000) refuse(req, L('接到投訴時間不能晚於現在', 'The time received cannot be in the future'))
  if (operation === 'create') data.enteredAt = entered.toISOString()
  const late = entered.getTime() - received.getTime() > ENTRY_LIMIT_MINUTES * 60_000
  data.lateEntry = late ? 'yes' : 'no'
  return data
}
