/**
 * WF-01: one recipient's copy of a work message, with its own state: unread → read → confirmed.
 * The recipient moves it forward (never back); the sender of the message can read it.
 */
import type { Access, Where, CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { isAdmin, isServerCall } from '../../hooks/access'
import { datetime, number, rel, select, text } from '../../src/lib/fields'
import { L, pick } from '../../src/lib/i18n'
import { refuse } from '../../src/lib/errors'
import { defineForm } from '../../hooks/form/defineForm'
import { serverOwned } from '../../hooks/serverOwned'
import { closeIfAllConfirmed, remindUnconfirmed } from '../../hooks/notify/messages'
import { groups } from '../core/labels'
import { receiptStates } from './labels'

const order = ['unread', 'read', 'confirmed']

const recipientOrSender: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user as never)) return true
  return { or: [{ recipient: { equals: req.user.id } }, { 'message.sender': { equals: req.user.id } }] } as Where
}

const ownOnly: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false)

/** Forward only; the times are the server's. */
const forwardOnly: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !data.state || data.state === originalDoc?.state) return data
  const from = order.indexOf(originalDoc?.state)
  const to = order.indexOf(data.state)
  if (to < from && !isServerCall(req)) {
    refuse(req, L('消息狀態只能向前:{from} 之後不能改回 {to}', 'A message only moves forward: it cannot go back from {from} to {to}'), {
      from: pick(receiptStates[originalDoc.state as keyof typeof receiptStates], req.i18n?.language),
      to: pick(receiptStates[data.state as keyof typeof receiptStates], req.i18n?.language),
    })
  }
  const now = new Date().toISOString()
  if (to >= 1 && !originalDoc?.readAt) data.readAt = now
  if (to >= 2 && !originalDoc?.confirmedAt) data.confirmedAt = now
  return data
}

const closeMessage: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.state === 'confirmed' && previousDoc?.state !== 'confirmed') await closeIfAllConfirmed(req, doc.message)
  return doc
}

export const MessageReceipts = defineForm({
  slug: 'message-receipts',
  label: L('我的消息', 'My message'),
  plural: L('我的消息', 'My messages'),
  group: groups.workflow,
  title: 'title',
  columns: ['createdAt', 'title', 'state', 'sender', 'confirmedAt'],
  paper: false,
  access: { read: recipientOrSender, create: () => false, update: ownOnly, delete: () => false },
  indexes: [{ fields: ['recipient', 'state'] }, { fields: ['message', 'state'] }],
  // `batch: true`: the receipt's own hooks act on a change of its state, which the chase never writes.
  deadlines: [
    { name: 'chase', rule: 'WF-04', label: L('催辦:每個工作日早上提醒未確認的人', 'Chasing: remind unconfirmed recipients each working morning'), from: 'chaseFrom', while: { state: ['unread', 'read'] }, then: { runMany: remindUnconfirmed, count: 'reminders', stamp: 'remindedAt', repeat: { days: 1 } }, when: 'working-morning', watch: false, batch: true },
  ],
  hooks: { beforeChange: [forwardOnly], afterChange: [closeMessage] },
  fields: [
    serverOwned(rel('message', L('消息', 'Message'), 'messages', { required: true, index: true })),
    serverOwned(text('title', L('標題', 'Title'), { maxLength: 200 })),
    serverOwned(rel('sender', L('發送人', 'Sent by'), 'staff')),
    serverOwned(rel('recipient', L('收件人', 'Recipient'), 'staff', { required: true, index: true })),
    select('state', L('狀態', 'State'), receiptStates, { required: true, defaultValue: 'unread', index: true }),
    {
      type: 'row',
      fields: [
        serverOwned(datetime('readAt', L('閱讀時間', 'Read at'))),
        serverOwned(datetime('confirmedAt', L('確認時間', 'Confirmed at'))),
      ],
    },
    {
      type: 'row',
      fields: [
        serverOwned(number('reminders', L('催辦次數', 'Reminders sent'), { defaultValue: 0 })),
        serverOwned(datetime('remindedAt', L('最近催辦', 'Last reminded at'))),
      ],
    },
    serverOwned(datetime('chaseFrom', L('催辦起算', 'Chased from'), { admin: { hidden: true } })),
  ],
})
