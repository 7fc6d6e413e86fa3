/**
 * WF-01 on the record itself: how far the work message a form sent about a record has got with one
 * person (unread → read → confirmed), e.g. the colleague a phone message was for (OFFICE-01). A
 * virtual, read-only field: read from the message receipts each time, never stored, never written.
 */
import type { Field, FieldHook } from 'payload'
import { L, type Label } from '../../src/lib/i18n'
import { idOf } from '../../src/lib/hooks'
import { serverOwned } from '../serverOwned'

export const receiptStateOptions = {
  unread: L('未讀', 'Unread'),
  read: L('已讀', 'Read'),
  confirmed: L('已確認', 'Confirmed'),
}

const order = ['unread', 'read', 'confirmed']

/**
 * The state of the receipt of `person` (a staff field of the record) for the newest work message about
 * the record; empty when none was sent.
 */
export function receiptStateField(name: string, label: Label, person: string, slug: string): Field {
  const read: FieldHook = async ({ data, req }) => {
    const who = idOf(data?.[person])
    if (!data?.id || who == null) return null
    const { docs: messages } = await req.payload.find({
      collection: 'messages',
      where: { and: [{ relatedCollection: { equals: slug } }, { relatedId: { equals: String(data.id) } }, { recipients: { equals: who } }, { status: { not_equals: 'withdrawn' } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!messages.length) return null
    const { docs } = await req.payload.find({
      collection: 'message-receipts',
      where: { and: [{ message: { equals: messages[0].id } }, { recipient: { equals: who } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const state = docs[0]?.state as string | undefined
    return state && order.includes(state) ? state : null
  }
  return serverOwned({
    name,
    type: 'select',
    label,
    virtual: true,
    options: Object.entries(receiptStateOptions).map(([value, l]) => ({ value, label: l })),
    admin: { readOnly: true, position: 'sidebar' },
    hooks: { afterRead: [read] },
  } as Field)
}
