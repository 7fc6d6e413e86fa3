/**
 * WF-08 notifications: a form declares, per event, who is told (staff, positions, fields of the
 * record), by e-mail and/or work message, with a template in each recipient's language; WF-10
 * `callWithin` adds a call task per e-mail recipient. `notifyEvent` fires the rules of one event.
 */
import type { PayloadRequest } from 'payload'
import { summaryOf } from '../approval/summary'
import { createCallTask } from './callTasks'
import { specOf } from '../form/specOf'
import type { FormDoc, NotifyEvent, NotifyRule } from '../form/types'
import { fill, L, languages, pick, type Label, type Lang } from '../../src/lib/i18n'
import path from 'node:path'
import { languageGroups, queueMail, type MailAttachment } from '../../src/lib/mail'
import { sendMessage } from './messages'
import { publicUrl } from '../../src/lib/publicUrl'
import { resolveRecipients, type Person } from './recipients'
import { asServer } from '../../src/lib/serverReq'
import { fieldNamed, namedFields } from '../../src/lib/fieldWalk'
import { localDates } from '../../src/lib/calendar'
import { siteInfo } from '../../src/lib/site'
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

async function valuesFor(req: PayloadRequest, slug: string, doc: FormDoc, event: NotifyEvent, lang: string) {
  const spec = specOf(req.payload, slug)
  const { rows } = await summaryOf(req.payload, slug, doc.id, lang, req)
  const base = publicUrl()
  const scalars = Object.fromEntries(Object.entries(doc).filter(([, v]) => v == null || typeof v !== 'object'))
  // No raw codes or UTC instants in a mail: a select's value in words, dates as the site's days and times.
  const words: Record<string, string> = {}
  for (const f of spec ? namedFields(spec.fields) : []) {
    const options = (f as { options?: unknown }).options
    const value = doc[f.name]
    if (f.type !== 'select' || !Array.isArray(options) || value == null || typeof value === 'object') continue
    const option = options.find((o) => typeof o === 'object' && o && (o as { value: unknown }).value === value) as { label?: Label | string } | undefined
    if (option?.label) words[f.name] = pick(option.label, lang)
  }
  const dates = spec ? localDates(spec.fields, doc, (await siteInfo(req.payload, idOf(doc.site) as number | undefined, req)).timeZone) : {}
  return {
    ...scalars,
    ...words,
    ...dates,
    form: spec ? pick(spec.label, lang) : slug,
    id: doc.id,
    event: eventName(spec, event, lang),
    summary: rows.map((r) => `${r.label}: ${r.value}`).join('\n'),
    link: `${base}/admin/collections/${slug}/${doc.id}`,
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
async function inEveryLanguage(template: Label, valuesIn: (lang: Lang) => Promise<Record<string, unknown>>, extra: Record<string, unknown> = {}): Promise<Label> {
  const label = {} as Label
  // One after the other: the queries share the caller's transaction.
  for (const lang of languages) label[lang] = fill(pick(template, lang), { ...(await valuesIn(lang)), ...extra })
  return label
}

async function applyRule(req: PayloadRequest, slug: string, doc: FormDoc, rule: NotifyRule, event: NotifyEvent) {
  const { payload } = req
  // The record's values in one language, computed once per language for this rule.
  const cache = new Map<string, Promise<Record<string, unknown>>>()
  const valuesIn = (lang: string) => {
    if (!cache.has(lang)) cache.set(lang, valuesFor(req, slug, doc, event, lang))
    return cache.get(lang)!
  }
  if (!ruleApplies(rule.where, doc)) return
  const subject = rule.subject ?? defaults.subject
  const body = rule.body ?? defaults.body
  const to = await resolveRecipients(payload, doc.site, rule.email, doc, req)
  const cc = await resolveRecipients(payload, doc.site, rule.cc, doc, req)
  const attachments = rule.attach?.length && to.length ? await attachmentsOf(req, doc, rule.attach) : []
  // WF-08: each mail in its recipient's language: a cc'd person reads the copy in their own language.
  for (const group of languageGroups(to, cc, { perRecipient: true })) {
    const values = { ...(await valuesIn(group.lang)), name: group.main.name }
    await queueMail(payload, {
      to: group.to.map((p) => p.email!),
      cc: group.cc.map((c) => c.email!),
      subject: fill(pick(subject, group.lang), values),
      text: fill(pick(body, group.lang), values),
      related: { collection: slug, id: doc.id },
      site: doc.site,
      ...(attachments.length ? { attachments } : {}),
    }, req)
    if (rule.callWithin && to.includes(group.main) && group.to.includes(group.main)) await callTask(req, slug, doc, group.main, rule.callWithin, valuesIn)
  }
  if (rule.message?.length) {
    const people = await resolveRecipients(payload, doc.site, rule.message, doc, req)
    const byLang = new Map<string, Person[]>()
    for (const p of people.filter((x) => x.id != null)) byLang.set(p.language, [...(byLang.get(p.language) ?? []), p])
    for (const [lang, group] of byLang) {
      const values = await valuesIn(lang)
      await sendMessage(payload, {
        site: doc.site,
        title: fill(pick(subject, lang), values),
        body: fill(pick(body, lang), values),
        to: group.map((p) => ({ staff: p.id! })),
        related: { collection: slug, id: doc.id },
      }, req)
    }
  }
  if (rule.call && doc[rule.call.phone]) {
    // WF-10: the subject in every language; the panel shows each reader theirs (call-tasks' `titles`).
    const title = await inEveryLanguage(rule.call.title, valuesIn)
    await createCallTask(payload, { site: doc.site, title, phone: String(doc[rule.call.phone]), within: rule.call.within, related: { collection: slug, id: doc.id } }, req)
  }
}

async function callTask(req: PayloadRequest, slug: string, doc: FormDoc, person: Person, within: number, valuesIn: (lang: Lang) => Promise<Record<string, unknown>>) {
  await createCallTask(req.payload, {
    site: doc.site,
    title: await inEveryLanguage(defaults.call, valuesIn, { name: person.name }),
    callee: person.id,
    phone: person.phone,
    within,
    related: { collection: slug, id: doc.id },
  }, req)
}

/** Fire the declared notifications of one event of one record (in `req`'s transaction). */
export async function notifyEvent(req: PayloadRequest, slug: string, doc: FormDoc, event: NotifyEvent) {
  const rules = (specOf(req.payload, slug)?.notify ?? []).filter((r) => matches(r.on, event))
  if (!rules.length) return
  const server = asServer(req)
  for (const rule of rules) await applyRule(server, slug, doc, rule, event)
}
