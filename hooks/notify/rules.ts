/**
 * WF-08 notifications: a form declares, per event, who is told (staff, positions, fields of the
 * record), by e-mail and/or work message, with a template in each recipient's language; WF-10
 * `callWithin` adds a call task per e-mail recipient. `notifyEvent` fires the rules of one event.
 */
import type { PayloadRequest } from 'payload'
import { summaryFrom, zoneOfShown } from '../approval/summary'
import { createCallTask } from './callTasks'
import { specOf } from '../form/specOf'
import type { FormDoc, NotifyEvent, NotifyRule } from '../form/types'
import { fill, L, languages, pick, type Label, type Lang } from '../../src/lib/i18n'
import path from 'node:path'
import { languageGroups, queueMail, type Mail, type MailAttachment } from '../../src/lib/mail'
import { sendMessage, sendMessages, type MessageInput } from './messages'
import { queueMails } from './outbox'
import { publicUrl } from '../../src/lib/publicUrl'
import { resolveRecipients, resolveRecipientsMany, type Person } from './recipients'
import { asServer } from '../../src/lib/serverReq'
import { fieldNamed, namedFields } from '../../src/lib/fieldWalk'
import { localDates } from '../../src/lib/calendar'
import { idOf } from '../../src/lib/hooks'

export const eventLabels: Record<string, Label> = {
  create: L('新建', 'created'),
  update: L('已修改', 'changed'),
  submitted: L('已提交審批', 'submitted for approval'),
  approved: L('已批准', 'approved'),
  rejected: L('已駁回', 'rejected'),
  withdrawn: L('已撤回', 'withdrawn'),
}

const defaults = {
  subject: L('{form} #{id} {event}', '{form} #{id} {event}'),
  body: L('{form} #{id} {event}。\n\n{summary}\n\n{link}', '{form} #{id} {event}.\n\n{summary}\n\n{link}'),
  call: L('致電 {name}:確認已收到「{form} #{id}」的郵件', 'Call {name}: check they got the e-mail about "{form} #{id}"'),
}

const matches = (on: NotifyEvent, event: NotifyEvent) => {
  if (typeof on === 'string' || typeof event === 'string') return on === event
  if ('deadline' in on) return 'deadline' in event && on.deadline === event.deadline
  return 'field' in event && on.field === event.field && (on.to == null || on.to === event.to)
}

const reached = L('到期', 'due')

/** The event in words (WF-08: no internal names in a mail): a deadline by its label, a field change by the field's label and value's label. */
function eventName(spec: ReturnType<typeof specOf>, event: NotifyEvent, lang: string): string {
  if (typeof event === 'string') return eventLabels[event] ? pick(eventLabels[event], lang) : event
  if ('deadline' in event) {
    const label = spec?.deadlines?.find((d) => d.name === event.deadline)?.label
    return pick(label ?? reached, lang)
  }
  const field = spec ? (fieldNamed(spec.fields, event.field) as { label?: unknown; options?: { value: string; label: unknown }[] } | undefined) : undefined
  const text = (v: unknown, fallback: string) => (v && typeof v === 'object' ? pick(v as Label, lang) : typeof v === 'string' ? v : fallback)
  const option = event.to == null ? undefined : field?.options?.find((o) => typeof o === 'object' && o.value === event.to)
  return `${text(field?.label, event.field)} → ${event.to == null ? '' : text(option?.label, String(event.to))}`
}

/** A record's values in one language, for a rule's templates (see `valuesReader`). */
type ValuesIn = (doc: FormDoc, lang: string) => Record<string, unknown>

/**
 * What the templates of `docs`' notifications are filled from, read once for them all: each record as
 * its summary shows it (depth 1, one read for the batch); then, per record and language, its scalar
 * values, its choices in words, its dates as its site's days and times, the form, the event, the
 * summary and the link. No raw codes or UTC instants in a mail.
 */
async function valuesReader(req: PayloadRequest, slug: string, docs: FormDoc[], event: NotifyEvent): Promise<ValuesIn> {
  const spec = specOf(req.payload, slug)
  const ids = docs.map((d) => d.id)
  const { docs: read } = await req.payload.find({ collection: slug as never, where: { id: { in: ids } }, depth: 1, limit: ids.length, pagination: false, overrideAccess: true, req })
  const shownById = new Map((read as Record<string, unknown>[]).map((r) => [String(r.id), r]))
  const base = publicUrl()
  const fields = spec ? namedFields(spec.fields) : []
  // Each record's values in a language are made once, however many rules and mails use them.
  const made = new Map<string, Record<string, unknown>>()
  return (doc, lang) => {
    const key = `${doc.id}\u0000${lang}`
    const known = made.get(key)
    if (known) return known
    const shown = shownById.get(String(doc.id)) ?? doc
    const scalars = Object.fromEntries(Object.entries(doc).filter(([, v]) => v == null || typeof v !== 'object'))
    const words: Record<string, string> = {}
    for (const f of fields) {
      const options = (f as { options?: unknown }).options
      const value = doc[f.name]
      if (f.type !== 'select' || !Array.isArray(options) || value == null || typeof value === 'object') continue
      const option = options.find((o) => typeof o === 'object' && o && (o as { value: unknown }).value === value) as { label?: Label | string } | undefined
      if (option?.label) words[f.name] = pick(option.label, lang)
    }
    const dates = spec ? localDates(spec.fields, doc, zoneOfShown(shown)) : {}
    const { rows } = summaryFrom(req.payload, slug, shown, lang)
    const values = {
      ...scalars,
      ...words,
      ...dates,
      form: spec ? pick(spec.label, lang) : slug,
      id: doc.id,
      event: eventName(spec, event, lang),
      summary: rows.map((r) => `${r.label}: ${r.value}`).join('\n'),
      link: `${base}/admin/collections/${slug}/${doc.id}`,
    }
    made.set(key, values)
    return values
  }
}

/** A rule's `where`: each field equals the value (or one of the values); `false` also matches empty. */
export const ruleApplies = (where: NotifyRule['where'], doc: FormDoc) =>
  Object.entries(where ?? {}).every(([field, v]) => {
    const x = doc[field] && typeof doc[field] === 'object' ? idOf(doc[field]) : doc[field]
    if (Array.isArray(v)) return v.includes(x as string)
    if (v === false) return x == null || x === '' || x === false
    return x === v
  })

/** The files a rule attaches: each field's document (of the record's own site only), from where uploads are stored. */
async function attachmentsOf(req: PayloadRequest, doc: FormDoc, fields: string[] = []) {
  const files: MailAttachment[] = []
  for (const field of fields) {
    const id = idOf(doc[field])
    if (id == null) continue
    const file = (await req.payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as { site?: unknown; filename?: string; mimeType?: string } | null
    if (!file?.filename || idOf(file.site) !== idOf(doc.site)) continue
    const dir = req.payload.collections.documents?.config.upload?.staticDir
    if (!dir) continue
    files.push({ filename: file.filename, path: path.join(dir, file.filename), contentType: file.mimeType })
  }
  return files
}

/** A template filled in every language (a call task's subject is read by whoever opens it, each in their own). */
const inEveryLanguage = (template: Label, values: (lang: Lang) => Record<string, unknown>, extra: Record<string, unknown> = {}): Label =>
  Object.fromEntries(languages.map((lang) => [lang, fill(pick(template, lang), { ...values(lang), ...extra })])) as Label

type Told = { to: Person[]; cc: Person[]; message: Person[] }

/** The e-mails a rule sends about a record (WF-08): each in its recipient's language, a cc'd person reading the copy in their own. */
function mailsOf(slug: string, doc: FormDoc, rule: NotifyRule, told: Told, valuesIn: ValuesIn) {
  return languageGroups(told.to, told.cc, { perRecipient: true }).map((group) => {
    const values = { ...valuesIn(doc, group.lang), name: group.main.name }
    return {
      group,
      mail: {
        to: group.to.map((p) => p.email!),
        cc: group.cc.map((c) => c.email!),
        subject: fill(pick(rule.subject ?? defaults.subject, group.lang), values),
        text: fill(pick(rule.body ?? defaults.body, group.lang), values),
        related: { collection: slug, id: doc.id },
        site: doc.site,
      } satisfies Mail,
    }
  })
}

/** The work messages a rule sends about a record: one per language of the staff it reaches. */
function messagesOf(slug: string, doc: FormDoc, rule: NotifyRule, told: Told, valuesIn: ValuesIn): MessageInput[] {
  const byLang = new Map<string, Person[]>()
  for (const p of told.message.filter((x) => x.id != null)) byLang.set(p.language, [...(byLang.get(p.language) ?? []), p])
  return [...byLang].map(([lang, group]) => {
    // `{name}` greets the readers of this language (a mail greets its one recipient).
    const values = { ...valuesIn(doc, lang), name: group.map((p) => p.name).join('、') }
    return {
      site: doc.site,
      title: fill(pick(rule.subject ?? defaults.subject, lang), values),
      body: fill(pick(rule.body ?? defaults.body, lang), values),
      to: group.map((p) => ({ staff: p.id! })),
      related: { collection: slug, id: doc.id },
    }
  })
}

async function applyRule(req: PayloadRequest, slug: string, doc: FormDoc, rule: NotifyRule, values: () => Promise<ValuesIn>) {
  const { payload } = req
  if (!ruleApplies(rule.where, doc)) return
  const told: Told = {
    to: await resolveRecipients(payload, doc.site, rule.email, doc, req),
    cc: await resolveRecipients(payload, doc.site, rule.cc, doc, req),
    message: rule.message?.length ? await resolveRecipients(payload, doc.site, rule.message, doc, req) : [],
  }
  if (!told.to.length && !told.cc.length && !told.message.length && !(rule.call && doc[rule.call.phone])) return
  const valuesIn = await values()
  const attachments = rule.attach?.length && told.to.length ? await attachmentsOf(req, doc, rule.attach) : []
  for (const { group, mail } of mailsOf(slug, doc, rule, told, valuesIn)) {
    await queueMail(payload, { ...mail, ...(attachments.length ? { attachments } : {}) }, req)
    // WF-10: a call task per e-mail recipient, to check they got it.
    if (rule.callWithin && told.to.includes(group.main) && group.to.includes(group.main)) await callTask(req, slug, doc, group.main, rule.callWithin, (lang) => valuesIn(doc, lang))
  }
  for (const message of messagesOf(slug, doc, rule, told, valuesIn)) await sendMessage(payload, message, req)
  if (rule.call && doc[rule.call.phone]) {
    // WF-10: the subject in every language; the panel shows each reader theirs (call-tasks' `titles`).
    const title = inEveryLanguage(rule.call.title, (lang) => valuesIn(doc, lang))
    await createCallTask(payload, { site: doc.site, title, phone: String(doc[rule.call.phone]), within: rule.call.within, related: { collection: slug, id: doc.id } }, req)
  }
}

async function callTask(req: PayloadRequest, slug: string, doc: FormDoc, person: Person, within: number, values: (lang: Lang) => Record<string, unknown>) {
  await createCallTask(req.payload, {
    site: doc.site,
    title: inEveryLanguage(defaults.call, values, { name: person.name }),
    callee: person.id,
    phone: person.phone,
    within,
    related: { collection: slug, id: doc.id },
  }, req)
}

const rulesOf = (req: PayloadRequest, slug: string, event: NotifyEvent) => (specOf(req.payload, slug)?.notify ?? []).filter((r) => matches(r.on, event))

/** Fire the declared notifications of one event of one record (in `req`'s transaction). */
export async function notifyEvent(req: PayloadRequest, slug: string, doc: FormDoc, event: NotifyEvent) {
  const rules = rulesOf(req, slug, event)
  if (!rules.length) return
  const server = asServer(req)
  // Read once, when the first rule has someone to tell.
  let read: Promise<ValuesIn> | undefined
  const values = () => (read ??= valuesReader(server, slug, [doc], event))
  for (const rule of rules) await applyRule(server, slug, doc, rule, values)
}

/**
 * The batch form of `notifyEvent` for many records of one form and one event (a deadline sweep's
 * batch, issue 15 item 4): the same mails and work messages as `notifyEvent` of each record in turn,
 * written set-wise in `req`'s transaction — the records read once for their values, the recipients
 * of a rule at a site resolved together (`resolveRecipientsMany`), the mails in one INSERT, the
 * messages as `sendMessages` writes them. False (nothing sent) when a rule attaches files or asks for
 * calls: the caller notifies a record at a time.
 */
export async function notifyEventMany(req: PayloadRequest, slug: string, docs: FormDoc[], event: NotifyEvent): Promise<boolean> {
  const rules = rulesOf(req, slug, event)
  if (rules.some((r) => r.attach?.length || r.callWithin || r.call)) return false
  const applying = rules.map((rule) => ({ rule, docs: docs.filter((doc) => ruleApplies(rule.where, doc)) })).filter((r) => r.docs.length)
  if (!applying.length) return true
  const server = asServer(req)
  const valuesIn = await valuesReader(server, slug, [...new Set(applying.flatMap((r) => r.docs))], event)
  const mails: Mail[] = []
  const messages: MessageInput[] = []
  for (const { rule, docs: applicable } of applying) {
    const bySite = new Map<unknown, FormDoc[]>()
    for (const doc of applicable) bySite.set(idOf(doc.site), [...(bySite.get(idOf(doc.site)) ?? []), doc])
    for (const [site, records] of bySite) {
      const resolve = (recipients: NotifyRule['email']) => resolveRecipientsMany(req.payload, site, recipients ?? [], records, server)
      const [to, cc, message] = [await resolve(rule.email), await resolve(rule.cc), await resolve(rule.message)]
      records.forEach((doc, i) => {
        const told = { to: to[i], cc: cc[i], message: message[i] }
        mails.push(...mailsOf(slug, doc, rule, told, valuesIn).map((m) => m.mail))
        messages.push(...messagesOf(slug, doc, rule, told, valuesIn))
      })
    }
  }
  await queueMails(server, mails)
  if (messages.length && !(await sendMessages(server, messages))) for (const message of messages) await sendMessage(req.payload, message, server)
  return true
}
