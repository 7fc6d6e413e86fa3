/**
 * WF-01 工作任務 / 發送消息: a message to staff or to positions (resolved to their holders when it is
 * sent). Each recipient gets a receipt (message-receipts) with its own state. WF-02: the sender sees,
 * per message, who has not confirmed yet (`pending`). A gated message (WF-03) holds back the next step
 * of its record until every recipient has confirmed.
 */
import type { Access, Where, CollectionAfterChangeHook, CollectionBeforeChangeHook, Endpoint, FieldHook } from 'payload'
import { isAdmin, isServerCall } from '../../hooks/access'
import { checkbox, rel, select, text, textarea } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { refuse } from '../../src/lib/errors'
import { idOf } from '../../src/lib/hooks'
import { defineForm } from '../../hooks/form/defineForm'
import { serverOwned } from '../../hooks/serverOwned'
import { createReceipts, pendingNamesOf, withdrawMessage } from '../../hooks/notify/messages'
import { perPage } from '../../src/lib/perPage'
import { resolveRecipients, staffById } from '../../hooks/notify/recipients'
import { groups } from '../core/labels'
import { messageStatuses, formNameAdmin } from './labels'

const senderOrRecipient: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user as never)) return true
  return { or: [{ sender: { equals: req.user.id } }, { recipients: { equals: req.user.id } }] } as Where
}

const texts = {
  site: L('請選擇站點', 'Choose a site'),
  noSuchPosition: L('找不到職位:{ids}', 'No such position: {ids}'),
  noSuchStaff: L('本站點沒有這位在職員工:{ids}', 'No active staff member of this site has the id {ids}'),
}

const idList = (value: unknown): string[] => (Array.isArray(value) ? value : value == null ? [] : [value]).map((v) => String(idOf(v)))

/**
 * A message composed in the admin panel: sent by whoever is signed in, to the holders at that moment.
 * Recipients are resolved only within the message's site: a staff id of another site is refused
 * exactly like one that does not exist (CORE-01), so nobody can walk staff ids to list names.
 */
const resolveOnCompose: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || isServerCall(req)) return data
  data.sender = req.user?.id
  const site = idOf(data.site)
  if (site == null) refuse(req, texts.site)
  const positionIds = idList(data.toPositions)
  const found = positionIds.length
    ? (await req.payload.find({ collection: 'positions', where: { id: { in: positionIds.filter((id) => /^\d{1,9}$/.test(id)) } }, depth: 0, limit: positionIds.length, req, overrideAccess: true })).docs
    : []
  const unknownPositions = positionIds.filter((id) => !found.some((p) => String(p.id) === id))
  if (unknownPositions.length) refuse(req, texts.noSuchPosition, { ids: unknownPositions.join(', ') })
  const staffIds = idList(data.toStaff)
  const staff = await staffById(req.payload, staffIds, req, site)
  const unknownStaff = staffIds.filter((id) => !staff.some((p) => String(p.id) === id))
  if (unknownStaff.length) refuse(req, texts.noSuchStaff, { ids: unknownStaff.join(', ') })
  const positions = found.map((p) => p.slug as string)
  const people = await resolveRecipients(req.payload, site, [...positions.map((position) => ({ position })), ...staffIds.map((id) => ({ staff: id }))], undefined, req)
  const recipients = people.flatMap((p) => (p.id ? [p.id] : []))
  if (!recipients.length) refuse(req, L('這些職位在本站點目前沒有人擔任,消息沒有收件人', 'Nobody holds these positions at this site: the message has no recipient'))
  data.recipients = recipients
  return data
}

const receiptsOnCreate: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await createReceipts(req, doc)
  return doc
}

// The rows of a list are answered together (src/lib/perPage.ts).
const pendingOnRead: FieldHook = async ({ data, req }) =>
  data?.id ? ((await perPage(req, 'messages.pending', Number(data.id), (ids) => pendingNamesOf(req, ids))) ?? []).join('、') : ''

const withdraw: Endpoint = {
  path: '/:id/withdraw',
  method: 'post',
  handler: async (req) => {
    if (!req.user) refuse(req, L('請先登錄', 'Please sign in first'), {}, 401)
    const doc = await withdrawMessage(req, req.routeParams?.id as string)
    return Response.json({ doc })
  },
}

export const Messages = defineForm({
  slug: 'messages',
  label: L('工作任務', 'Work message'),
  plural: L('工作任務', 'Work messages'),
  group: groups.workflow,
  title: 'title',
  columns: ['createdAt', 'title', 'sender', 'pending', 'status'],
  paper: false,
  // MEMBER-06: a message written at the desk is checked against the site's forbidden phrases.
  phrases: ['title', 'body'],
  access: { read: senderOrRecipient, update: () => false, delete: () => false },
  indexes: [{ fields: ['relatedCollection', 'relatedId'] }],
  hooks: { beforeChange: [resolveOnCompose], afterChange: [receiptsOnCreate] },
  fields: [
    text('title', L('標題', 'Title'), { required: true }),
    textarea('body', L('內容', 'Text')),
    {
      type: 'row',
      fields: [
        rel('toPositions', L('發給職位', 'To positions'), 'positions', { hasMany: true }),
        rel('toStaff', L('發給員工', 'To staff'), 'staff', { hasMany: true }),
      ],
    },
    checkbox('gated', L('須全部確認後才能進行下一步', 'Every recipient must confirm before the next step')),
    serverOwned(rel('sender', L('發送人', 'Sent by'), 'staff', { index: true, admin: { position: 'sidebar' } })),
    serverOwned(rel('recipients', L('收件人', 'Recipients'), 'staff', { hasMany: true, index: true })),
    serverOwned(select('status', L('狀態', 'Status'), messageStatuses, { defaultValue: 'open', index: true, admin: { position: 'sidebar' } })),
    {
      name: 'pending',
      type: 'text',
      label: L('未確認', 'Not confirmed yet'),
      virtual: true,
      admin: { readOnly: true },
      hooks: { afterRead: [pendingOnRead] },
    },
    serverOwned(text('relatedCollection', L('相關表單', 'Related form'), { maxLength: 64, admin: { position: 'sidebar', ...formNameAdmin } })),
    serverOwned(text('relatedId', L('相關記錄', 'Related record'), { maxLength: 64, admin: { position: 'sidebar' } })),
  ],
})

Messages.endpoints = [...((Messages.endpoints || []) as Endpoint[]), withdraw]
