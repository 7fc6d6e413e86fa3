/** CARE-19: a complaint is entered within 30 minutes of receipt, or flagged as late; then handled and answered. */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import type { LifecycleSpec, TransitionArgs } from '../../../hooks/lifecycle/types'

const needs = (field: string, message: ReturnType<typeof L>) => ({ req, doc }: TransitionArgs) => {
  if (!String(doc[field] ?? '').trim()) refuse(req, message, {}, 409)
}

const texts = {
  handlingNeeded: L('請先填寫處理情況', 'Write down how it was handled first'),
  resultNeeded: L('請先填寫回覆結果', 'Write down the answer given first'),
  kept: L('「{field}」已登記,不能清空', '"{field}" is recorded and cannot be cleared'),
}

/**
 * CARE-19: open → handled (the handling written down) → closed (the answer given to the complainant).
 * Writing the handling, then the answer, on the form takes the same transitions as the verbs of the
 * admin panel's bar; each refuses without its text.
 */
export const complaintLifecycle: LifecycleSpec = {
  states: {
    open: { label: L('待處理', 'Open'), color: '#dc2626' },
    handled: { label: L('已處理', 'Handled'), color: '#d97706' },
    closed: { label: L('已回覆結案', 'Answered and closed'), color: '#16a34a' },
  },
  transitions: [
    { from: 'open', to: 'handled', label: L('登記處理情況', 'Record the handling'), by: 'staff', tone: 'primary', when: 'handling', guard: needs('handling', texts.handlingNeeded) },
    { from: 'handled', to: 'closed', label: L('回覆結案', 'Answer and close'), by: 'staff', tone: 'primary', when: 'result', guard: needs('result', texts.resultNeeded) },
  ],
}

export const ENTRY_LIMIT_MINUTES = 30

export const complaintBeforeChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && data.receivedAt && new Date(data.receivedAt).getTime() !== new Date(originalDoc.receivedAt).getTime()) {
    refuse(req, L('接到投訴時間錄入後不能修改', 'The time received cannot be changed once entered'), {}, 409)
  }
  const received = new Date(data.receivedAt ?? originalDoc?.receivedAt)
  const entered = operation === 'create' ? new Date() : new Date(originalDoc.enteredAt)
  if (received.getTime() > Date.now() + 60_000) refuse(req, L('接到投訴時間不能晚於現在', 'The time received cannot be in the future'))
  if (operation === 'create') data.enteredAt = entered.toISOString()
  // What a transition recorded stays: the handling once handled, the answer once closed.
  for (const [field, label, states] of [['handling', L('處理情況', 'Handling'), ['handled', 'closed']], ['result', L('回覆結果', 'Answer given'), ['closed']]] as const) {
    if (operation === 'update' && field in data && !String(data[field] ?? '').trim() && (states as readonly string[]).includes(originalDoc.status)) refuse(req, texts.kept, { field: label }, 409)
  }
  const late = entered.getTime() - received.getTime() > ENTRY_LIMIT_MINUTES * 60_000
  data.lateEntry = late ? 'yes' : 'no'
  return data
}
