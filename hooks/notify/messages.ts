/**
 * WF-01..WF-04: the one way to send a work message. `sendMessage` resolves positions to their
 * holders at the site now, stores the message and one receipt per recipient (in the caller's
 * transaction when `req` is given). A gated message holds back the next step of its record until
 * every recipient has confirmed (`assertConfirmed`); `chaseUnconfirmed` reminds the ones who have not.
 */
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { declaredDeadline, runDeadline, type DeadlineBatchArgs, type DeadlineResult } from '../deadlines'
import { langOf, refuse } from '../../src/lib/errors'
import { positionLabels } from '../../src/lib/holders'
import type { FormDoc, Recipient } from '../form/types'
import { idOf } from '../../src/lib/hooks'
import { isAdmin } from '../../src/lib/roles'
import { publicUrl } from '../../src/lib/publicUrl'
import { fill, L, pick, type Label } from '../../src/lib/i18n'
import type { Mail } from '../../src/lib/mail'
import { queueMails } from './outbox'
import { resolveRecipients, resolveRecipientsMany, type Person } from './recipients'
import { asServer } from '../../src/lib/serverReq'
import { createEntries, recordAudits, recordTransition } from '../audit'
import { createMany } from '../lifecycle/batch'

export type MessageInput = {
  site: unknown
  /** A string, or a label in the three languages (each recipient gets their language). */
  title: string | Label
  body?: string | Label
  /** Position slugs (their holders at the site now), `{ staff }`, or `{ field }` of `record`. */
  to: Recipient[]
  /** Sender (staff id); default the signed-in person of `req`. */
  from?: number | string
  /** The record the message is about; gates look messages up by it. */
  related?: { collection: string; id: string | number }
  record?: FormDoc
  /** Every recipient must confirm before the related record's next step (WF-03). */
  gate?: boolean
  /** `{placeholders}` of title and body. */
  values?: Record<string, unknown>
}

export type Sent = { messages: { id: number; language: string }[]; recipients: Person[] }

const text = (t: string | Label | undefined, lang: string, values: Record<string, unknown>) =>
  t == null ? '' : fill(typeof t === 'string' ? t : pick(t, lang), values)

/** Refused when a message reaches nobody: the positions named the way the desk calls them, in the reader's language. */
async function someone(payload: Payload, input: MessageInput, people: Person[], req?: PayloadRequest): Promise<Person[]> {
  const reached = people.filter((p) => p.id != null)
  if (!reached.length) {
    const positionName = await positionLabels(req ?? { payload }, langOf(req))
    const names = input.to.map((r) =>
      typeof r === 'string' ? positionName(r) : 'position' in r ? positionName(r.position) : 'staff' in r ? pick(L('指定員工', 'the staff member named'), langOf(req)) : pick(L('記錄中的人員', 'the person named in the record'), langOf(req)),
    )
    refuse(req, L('這條消息沒有收件人:{to} 在本站點目前沒有人擔任', 'This message has no recipient: nobody holds {to} at this site'), { to: names.join('、') })
  }
  return reached
}

/** The recipients of a message, resolved now (refused when there is none). */
const recipientsOf = async (payload: Payload, input: MessageInput, req?: PayloadRequest): Promise<Person[]> =>
  someone(payload, input, await resolveRecipients(payload, input.site, input.to, input.record, req && asServer(req)), req)

/** The messages' data: one per language when the text is given in three languages (each recipient reads theirs), else one. */
function messageData(input: MessageInput, people: Person[], req?: PayloadRequest): { language: string; data: Record<string, unknown> }[] {
  const multilingual = typeof input.title !== 'string' || (input.body != null && typeof input.body !== 'string')
  const groups = new Map<string, Person[]>()
  for (const p of people) {
    const lang = multilingual ? p.language : 'zh'
    groups.set(lang, [...(groups.get(lang) ?? []), p])
  }
  const values = input.values ?? {}
  return [...groups].map(([language, group]) => ({
    language,
    data: {
      site: idOf(input.site) as number,
      title: text(input.title, language, values).slice(0, 200),
      body: text(input.body, language, values) || undefined,
      sender: (input.from ?? req?.user?.id) as number | undefined,
      recipients: group.map((p) => p.id!),
      gated: Boolean(input.gate),
      status: 'open',
      relatedCollection: input.related?.collection,
      relatedId: input.related ? String(input.related.id) : undefined,
    },
  }))
}

export async function sendMessage(payload: Payload, input: MessageInput, req?: PayloadRequest): Promise<Sent> {
  const server = req ? asServer(req) : undefined
  const people = await recipientsOf(payload, input, req)
  const messages: Sent['messages'] = []
  for (const { language, data } of messageData(input, people, req)) {
    const doc = await payload.create({ collection: 'messages', data: data as never, req: server, overrideAccess: true, depth: 0 })
    messages.push({ id: doc.id as number, language })
  }
  return { messages, recipients: people }
}

/**
 * The batch form of `sendMessage` for many records at once (a deadline sweep's batch, issue 15 item 4):
 * the same messages, receipts and audit rows as `sendMessage` of each input in turn, written set-wise
 * in `req`'s transaction — the messages in one INSERT (their recipients in one more), the receipts in
 * one, the audit rows in one (`createMany`, `createEntries`) — with the holders of the same positions
 * at the same site, and the staff the records name, looked up once (`resolveRecipientsMany`). It
 * writes what the two forms' change hooks write on a server's create — the receipts, the audit rows;
 * their other hooks (the composer's recipients, forbidden phrases, a receipt's forward-only state) act
 * on a person's writes only —, and tests/jobs/deadlines-messages-setwise.test.ts compares every row
 * with what Payload's create writes.
 * A gated message is not sent this way (its receipts are chased from their creation, which the
 * deadline feature's hooks set up): undefined, nothing written, and the caller sends each with
 * `sendMessage`. Refused, as `sendMessage` refuses, when one has no recipient.
 */
export async function sendMessages(req: PayloadRequest, inputs: MessageInput[]): Promise<Sent[] | undefined> {
  if (inputs.some((i) => i.gate)) return undefined
  const server = asServer(req)
  // The recipients of the messages to the same people at the same site, resolved together.
  const groups = new Map<string, number[]>()
  inputs.forEach((input, i) => {
    const key = JSON.stringify([idOf(input.site), input.to])
    groups.set(key, [...(groups.get(key) ?? []), i])
  })
  const people: Person[][] = []
  for (const members of groups.values()) {
    const { site, to } = inputs[members[0]]
    const resolved = await resolveRecipientsMany(req.payload, site, to, members.map((i) => inputs[i].record), server)
    for (const [n, i] of members.entries()) people[i] = await someone(req.payload, inputs[i], resolved[n], req)
  }
  const sent = inputs.map((input, i) => ({ people: people[i], messages: messageData(input, people[i], req) }))
  const docs = await createMany(server, 'messages', sent.flatMap((s) => s.messages.map((m) => m.data)))
  if (!docs) return undefined
  const receipts = await createMany(server, 'message-receipts', docs.flatMap((message) => receiptData(message)))
  if (!receipts) throw new Error('message-receipts: the receipts of a batch of messages could not be written set-wise')
  await recordAudits(server, [...createEntries(server, 'message-receipts', receipts), ...createEntries(server, 'messages', docs)])
  let next = 0
  return sent.map((s) => ({ recipients: s.people, messages: s.messages.map(({ language }) => ({ id: docs[next++].id as number, language })) }))
}

/** A message's receipts: one per recipient, unread (chased from now when the message is gated). */
const receiptData = (message: FormDoc) =>
  ((message.recipients ?? []) as unknown[]).map((recipient) => ({
    message: message.id as number,
    title: message.title,
    sender: idOf(message.sender) as number,
    recipient: idOf(recipient) as number,
    state: 'unread',
    site: idOf(message.site) as number,
    chaseFrom: message.gated ? new Date().toISOString() : undefined,
  }))

/** One receipt per recipient, unread (called when a message is created). */
export async function createReceipts(req: PayloadRequest, message: FormDoc) {
  const server = asServer(req)
  for (const data of receiptData(message)) {
    await req.payload.create({ collection: 'message-receipts', data: data as never, req: server, overrideAccess: true, depth: 0 })
  }
}

type Unconfirmed = { receipt: number; message: number; recipient: number; name: string; email?: string; language: string; title: string }

/** Recipients who have not confirmed, for one message, for several, or for the open gated messages of a record. */
export async function unconfirmed(
  req: Partial<PayloadRequest> & { payload: Payload },
  of: { message: number | string } | { messages: (number | string)[] } | { collection: string; id: string | number },
): Promise<Unconfirmed[]> {
  const { payload } = req
  let messageIds: (number | string)[]
  if ('message' in of) messageIds = [of.message]
  else if ('messages' in of) messageIds = of.messages
  else {
    const gated = await payload.find({
      collection: 'messages',
      where: { and: [{ relatedCollection: { equals: of.collection } }, { relatedId: { equals: String(of.id) } }, { gated: { equals: true } }, { status: { not_equals: 'withdrawn' } }] },
      depth: 0,
      limit: 100,
      req,
      overrideAccess: true,
    })
    messageIds = gated.docs.map((m) => m.id as number)
  }
  if (!messageIds.length) return []
  // depth 0: a populated message would compute its own `pending` again.
  const receipts = await payload.find({
    collection: 'message-receipts',
    where: { and: [{ message: { in: messageIds } }, { state: { not_equals: 'confirmed' } }] },
    depth: 0,
    pagination: false,
    sort: 'id',
    req,
    overrideAccess: true,
  })
  const ids = [...new Set(receipts.docs.map((r) => idOf(r.recipient)))]
  const staff = ids.length
    ? (await payload.find({ collection: 'staff', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, req, overrideAccess: true })).docs
    : []
  const byId = new Map(staff.map((s) => [s.id, s]))
  return receipts.docs.map((r) => {
    const person = byId.get(idOf(r.recipient) as number)
    return {
      receipt: r.id as number,
      message: idOf(r.message) as number,
      recipient: idOf(r.recipient) as number,
      name: (person?.name as string) ?? String(idOf(r.recipient)),
      email: person?.email as string | undefined,
      language: (person?.language as string) ?? 'zh',
      title: r.title as string,
    }
  })
}

/**
 * Which of these people the reader may read (staff of the reader's sites; all for administrators):
 * a message never shows a name its reader could not look up. Undefined: all of them (server code
 * without a user).
 */
async function readableStaff(payload: Payload, user: unknown, people: { recipient: number }[], req?: Partial<PayloadRequest>): Promise<Set<unknown> | undefined> {
  if (!user) return undefined
  const ids = [...new Set(people.map((p) => p.recipient))]
  if (!ids.length) return new Set()
  const { docs } = await payload.find({ collection: 'staff', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: false, user, req })
  return new Set(docs.map((d) => d.id))
}

/** WF-02: for each message, the names of those who have not confirmed it, as far as the reader may see them (three reads for any number of messages). */
export async function pendingNamesOf(req: Partial<PayloadRequest> & { payload: Payload }, messages: (number | string)[]): Promise<Map<number, string[]>> {
  const names = new Map(messages.map((id) => [Number(id), [] as string[]]))
  if (!messages.length) return names
  const waiting = await unconfirmed(req, { messages })
  const readable = await readableStaff(req.payload, req.user, waiting, req)
  for (const p of waiting) if (!readable || readable.has(p.recipient)) names.get(p.message)?.push(p.name)
  return names
}

const gateTexts = {
  withdrawn: L(
    '確認消息已撤回,這一步已取消:修改記錄會重新發出確認消息,全部確認後才能繼續',
    'The confirmation message was withdrawn, so this step is cancelled: editing the record sends a new one, and the step waits until everyone has confirmed it',
  ),
  missing: L(
    '這條記錄沒有待確認的消息,不能進行下一步:修改記錄會重新發出確認消息',
    'This record has no confirmation message, so this step cannot go ahead: editing the record sends a new one',
  ),
}

/** The record's gated messages, withdrawn ones included (id and status). */
export async function gatedMessagesOf(req: Partial<PayloadRequest> & { payload: Payload }, record: { collection: string; id: string | number }) {
  const { docs } = await req.payload.find({
    collection: 'messages',
    where: { and: [{ relatedCollection: { equals: record.collection } }, { relatedId: { equals: String(record.id) } }, { gated: { equals: true } }] },
    select: { status: true },
    depth: 0,
    limit: 100,
    req,
    overrideAccess: true,
  })
  return docs as unknown as { id: number; status: string }[]
}

/**
 * WF-03: refuse the step (409) while anyone has not confirmed the record's gated messages, naming them.
 * Withdrawing never opens a gate: a record whose gated messages are all withdrawn stays closed (the
 * step is cancelled until a new gated message is fully confirmed), and so does a record of a form
 * that sends a gated message (`required`) when it has none (deleted).
 */
export async function assertConfirmed(req: PayloadRequest, record: { collection: string; id: string | number }, options: { required?: boolean } = {}) {
  const gated = await gatedMessagesOf(req, record)
  if (!gated.some((m) => m.status !== 'withdrawn')) {
    if (gated.length) refuse(req, gateTexts.withdrawn, {}, 409)
    if (options.required) refuse(req, gateTexts.missing, {}, 409)
  }
  const waiting = await unconfirmed(req, record)
  if (waiting.length) {
    refuse(req, L('還有人未確認消息,不能進行下一步:{names}', 'Not everyone has confirmed the message yet, so this step must wait: {names}'), {
      names: [...new Set(waiting.map((w) => w.name))].join(', '),
    }, 409)
  }
}

/** When the last recipient confirms, the message is done. */
export async function closeIfAllConfirmed(req: PayloadRequest, message: unknown) {
  const id = idOf(message)!
  // A withdrawn message stays withdrawn (confirming it late never reopens its gate).
  const current = await req.payload.findByID({ collection: 'messages', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!current || current.status !== 'open') return
  if ((await unconfirmed(req, { message: id })).length) return
  await req.payload.update({ collection: 'messages', id, data: { status: 'done' }, req: asServer(req), overrideAccess: true, depth: 0 })
}

/**
 * The sender (or an admin) withdraws a message: it is no longer chased. A gated message's step is
 * cancelled, not passed: its gate stays closed until a new gated message is fully confirmed
 * (`assertConfirmed`), and the withdrawal is a transition in the audit trail of the message and of
 * the record it gated.
 */
export async function withdrawMessage(req: PayloadRequest, id: string | number) {
  const message = await req.payload.findByID({ collection: 'messages', id, depth: 0, req, overrideAccess: false }).catch(() => null)
  if (!message) return refuse(req, L('找不到這條消息', 'No such message'), {}, 404)
  if (idOf(message.sender) !== req.user?.id && !isAdmin(req.user)) refuse(req, L('只有發送人可以撤回消息', 'Only the sender can withdraw a message'), {}, 403)
  if (message.status === 'withdrawn') return message
  const server = asServer(req)
  const doc = await req.payload.update({ collection: 'messages', id, data: { status: 'withdrawn' }, req: server, overrideAccess: true, depth: 0 })
  if (message.gated) {
    const related = message.relatedCollection && message.relatedId ? `${message.relatedCollection} ${message.relatedId}` : ''
    await recordTransition(server, doc, 'messages', String(message.status ?? 'open'), 'withdrawn', related ? `gate of ${related}: step cancelled` : undefined)
    if (related) {
      await recordTransition(server, { id: String(message.relatedId), site: message.site }, String(message.relatedCollection), 'gate:waiting', 'gate:withdrawn', `message ${message.id} withdrawn`)
    }
  }
  return doc
}

const reminder = {
  subject: L('催辦:請確認「{title}」', 'Reminder: please confirm "{title}"'),
  text: L('您好 {name}:\n\n工作任務「{title}」還在等您確認。請登錄前臺系統,在「我的消息」中確認。\n\n{url}', 'Hello {name},\n\nThe work message "{title}" is still waiting for your confirmation. Please sign in to the front desk and confirm it under "My messages".\n\n{url}'),
}

/**
 * WF-04 催辦: the `chase` deadline of message-receipts (collections/workflow/message-receipts.ts): each
 * working morning, a recipient of an open gated message who has not confirmed gets a reminder, then
 * again a day later while still unconfirmed. A withdrawn or closed message ends it. Set-wise: the
 * batch's messages and recipients read once each, the reminders queued in one INSERT (the deadline
 * counts and stamps them).
 */
export async function remindUnconfirmed({ req, docs }: DeadlineBatchArgs): Promise<DeadlineResult[]> {
  // As stored (no read hooks): what the reminder needs is in the rows themselves.
  const byId = async <T,>(collection: 'messages' | 'staff', ids: unknown[], select: Record<string, true>) => {
    const wanted = [...new Set(ids.map(idOf))] as number[]
    const { docs: found } = await req.payload.db.find({ collection, where: { id: { in: wanted } }, select, limit: wanted.length, pagination: false, req })
    return new Map(found.map((d) => [d.id as number, d as T]))
  }
  const messages = await byId<FormDoc>('messages', docs.map((doc) => doc.message), { title: true, gated: true, status: true, site: true })
  const people = await byId<{ name: string; email: string; language?: string }>('staff', docs.map((doc) => doc.recipient), { name: true, email: true, language: true })
  const mails: Mail[] = []
  const results = docs.map((doc): DeadlineResult => {
    const message = messages.get(idOf(doc.message) as number)
    const staff = people.get(idOf(doc.recipient) as number)
    if (!message || !message.gated || message.status !== 'open' || !staff) return 'stop'
    const lang = staff.language ?? 'zh'
    const values = { name: staff.name, title: message.title, url: `${publicUrl()}/admin/collections/message-receipts/${doc.id}` }
    mails.push({
      to: staff.email,
      subject: fill(pick(reminder.subject, lang), values),
      text: fill(pick(reminder.text, lang), values),
      related: { collection: 'messages', id: message.id as number },
      site: message.site,
    })
    return true
  })
  await queueMails(req, mails)
  return results
}

/** WF-04: run the chase now (for one site): how many reminders were sent. Idempotent within the day. */
export async function chaseUnconfirmed(payload: Payload, options: { now?: Date; site?: unknown; req?: PayloadRequest } = {}): Promise<number> {
  const req = options.req ?? (await createLocalReq({ context: { channel: 'job' } }, payload))
  const site = idOf(options.site) as number | undefined
  return (await runDeadline({ payload, req, now: options.now ?? new Date(), site }, 'message-receipts', declaredDeadline(payload, 'message-receipts', 'chase'))).acted
}
