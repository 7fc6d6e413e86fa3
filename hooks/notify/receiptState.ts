/**
 * WF-01 on the record itself: how far the work message a form sent about a record has got with one
 * person (unread → read → confirmed), e.g. the colleague a phone message was for (OFFICE-01). A
 * virtual, read-only field: read from the message receipts each time, never stored, never written.
 */
import type { Field, FieldHook, PayloadRequest } from 'payload'
import { L, type Label } from '../../src/lib/i18n'
import { idOf } from '../../src/lib/hooks'
import { perPage } from '../../src/lib/perPage'
import { serverOwned } from '../serverOwned'

export const receiptStateOptions = {
  unread: L('未讀', 'Unread'),
  read: L('已讀', 'Read'),
  confirmed: L('已確認', 'Confirmed'),
}

const order = ['unread', 'read', 'confirmed']

/**
 * For each `record:person` key, the state of that person's receipt of the newest work message about
 * the record that went to them (withdrawn ones aside): two reads for a whole page of records.
 */
async function statesOf(req: PayloadRequest, slug: string, keys: string[]): Promise<Map<string, string>> {
  const pairs = keys.map((k) => k.split(':'))
  const records = [...new Set(pairs.map(([record]) => record))]
  const people = [...new Set(pairs.map(([, who]) => Number(who)))]
  const wanted = new Set(keys)
  // As stored (no read hooks: a message read through Payload would work out its own `pending`).
  const { docs: messages } = await req.payload.db.find({
    collection: 'messages',
    where: { and: [{ relatedCollection: { equals: slug } }, { relatedId: { in: records } }, { recipients: { in: people } }, { status: { not_equals: 'withdrawn' } }] },
    select: { relatedId: true, recipients: true, createdAt: true },
    sort: '-createdAt',
    pagination: false,
    req,
  })
  const newest = new Map<string, unknown>()
  for (const m of messages as Record<string, any>[]) {
    for (const r of (m.recipients as unknown[]) ?? []) {
      const key = `${m.relatedId}:${idOf(r)}`
      if (wanted.has(key) && !newest.has(key)) newest.set(key, m.id)
    }
  }
  const states = new Map<string, string>()
  if (!newest.size) return states
  const { docs: receipts } = await req.payload.db.find({
    collection: 'message-receipts',
    where: { and: [{ message: { in: [...new Set(newest.values())] } }, { recipient: { in: people } }] },
    select: { message: true, recipient: true, state: true },
    pagination: false,
    req,
  })
  const byReceipt = new Map((receipts as Record<string, any>[]).map((r) => [`${idOf(r.message)}:${idOf(r.recipient)}`, String(r.state)]))
  for (const [key, message] of newest) {
    const state = byReceipt.get(`${message}:${key.split(':')[1]}`)
    if (state && order.includes(state)) states.set(key, state)
  }
  return states
}

/**
 * The state of the receipt of `person` (a staff field of the record) for the newest work message about
 * the record; empty when none was sent. The rows of a list are answered together (src/lib/perPage.ts).
 */
export function receiptStateField(name: string, label: Label, person: string, slug: string): Field {
  const read: FieldHook = async ({ data, req }) => {
    const who = idOf(data?.[person])
    if (!data?.id || who == null) return null
    return (await perPage(req, `receiptState:${slug}:${person}`, `${data.id}:${who}`, (keys: string[]) => statesOf(req, slug, keys))) ?? null
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
