/**
 * The history panel of a form's edit view: every transition and signature of one record — who, in
 * which position, what (decision or transition), the comment, when (site time, 24-hour), through which
 * channel, and the values that changed. Read with the person's own access: the audit trail shows them
 * only what they may read (hooks/audit.ts masks the rest), the signatures only those of their sites.
 */
import type { FlattenedField, PayloadRequest } from 'payload'
import type { FormDoc } from '../../../hooks/form/types'
import { idOf } from '../../lib/hooks'
import { collectionName } from './labels'
import { pick, type Label } from '../../lib/i18n'
import { bookkeepingOf, workflowSources, type WorkflowContext } from './sources'
import { words } from './words'

export type Change = { field: string; from?: string; to: string }

export type HistoryEntry = {
  /** Site time, `YYYY-MM-DD HH:mm`. */
  at: string
  who: string
  /** The position signed as (its label), for signatures. */
  position?: string
  /** What happened: 新建, 修改, 同意, 駁回, 撤回, 重新提交, … */
  what: string
  decision?: 'approved' | 'rejected'
  comment?: string
  /** Channel label: 管理後臺, 郵件鏈接, 接口, … */
  channel: string
  /** `from → to`, for transitions. */
  state?: string
  changes: Change[]
  /** When a back-entered record really happened (site time). */
  occurred?: string
}

type Row = Record<string, unknown>

/** `YYYY-MM-DD HH:mm` (or the day only) in a time zone, 24-hour. */
export function siteTime(value: unknown, timeZone: string, dayOnly = false): string {
  const d = new Date(String(value))
  if (Number.isNaN(d.getTime())) return String(value ?? '')
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  )
  return dayOnly ? `${p.year}-${p.month}-${p.day}` : `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

const labelText = (label: unknown, lang: string, fallback: string): string => {
  if (label && typeof label === 'object') return pick(label as Label, lang)
  return typeof label === 'string' ? label : fallback
}

/** The label of a select option of a collection's field (e.g. the audit trail's channel). */
export function optionLabel(req: PayloadRequest, slug: string, fieldName: string, value: unknown, lang: string): string {
  const fields = (req.payload.collections as Record<string, { config: { flattenedFields: FlattenedField[] } } | undefined>)[slug]?.config.flattenedFields ?? []
  const field = fields.find((f) => f.name === fieldName) as { options?: ({ value: string; label: unknown } | string)[] } | undefined
  const option = field?.options?.find((o) => (typeof o === 'string' ? o : o.value) === value)
  if (!option) return String(value ?? '')
  return typeof option === 'string' ? option : labelText(option.label, lang, option.value)
}

type Lookups = Map<string, Map<string, string>>

const relationOf = (field: FlattenedField | undefined): string | undefined =>
  field && (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' ? field.relationTo : undefined

/** Titles of the related records the changes mention, read with the person's access (one query per collection). */
async function relatedTitles(req: PayloadRequest, fields: FlattenedField[], rows: Row[]): Promise<Lookups> {
  const wanted = new Map<string, Set<number>>()
  for (const row of rows) {
    const changes = row.changes as Record<string, { from?: unknown; to?: unknown }> | null
    if (!changes || typeof changes !== 'object') continue
    for (const [name, change] of Object.entries(changes)) {
      const relationTo = relationOf(fields.find((f) => f.name === name))
      if (!relationTo || !change || typeof change !== 'object') continue
      for (const v of [change.from, change.to].flatMap((x) => (Array.isArray(x) ? x : [x]))) {
        const id = Number(idOf(v))
        if (Number.isInteger(id) && id > 0) wanted.set(relationTo, (wanted.get(relationTo) ?? new Set()).add(id))
      }
    }
  }
  const lookups: Lookups = new Map()
  for (const [slug, ids] of wanted) {
    const config = (req.payload.collections as Record<string, { config: { admin?: { useAsTitle?: string } } } | undefined>)[slug]?.config
    if (!config) continue
    const title = config.admin?.useAsTitle ?? 'id'
    const found = await req.payload
      .find({ collection: slug as 'staff', where: { id: { in: [...ids] } }, depth: 0, limit: ids.size, pagination: false, overrideAccess: false, user: req.user })
      .catch(() => ({ docs: [] as Row[] }))
    lookups.set(slug, new Map((found.docs as Row[]).map((d) => [String(d.id), String(d[title] ?? d.id)])))
  }
  return lookups
}

const short = (s: string, max = 300) => (s.length > max ? `${s.slice(0, max)}…` : s)

function formatValue(field: FlattenedField | undefined, value: unknown, ctx: { lang: string; timeZone: string; lookups: Lookups; formName?: (slug: unknown) => string }): string {
  if (value == null || value === '') return '—'
  if (value === '***') return '***'
  // A text field holding a form's slug (collections/workflow/labels.ts formNameAdmin) reads as the form's name.
  if ((field?.admin as { custom?: { formName?: boolean } } | undefined)?.custom?.formName && ctx.formName) return ctx.formName(value)
  if (Array.isArray(value) && field && (field.type === 'select' || field.type === 'relationship' || field.type === 'upload')) {
    return value.map((v) => formatValue(field, v, ctx)).join('、') || '—'
  }
  switch (field?.type) {
    case 'select':
    case 'radio': {
      const option = (field.options as ({ value: string; label: unknown } | string)[]).find((o) => (typeof o === 'string' ? o : o.value) === value)
      return option && typeof option === 'object' ? labelText(option.label, ctx.lang, String(value)) : String(value)
    }
    case 'relationship':
    case 'upload': {
      const relationTo = relationOf(field)
      const id = String(idOf(value))
      return (relationTo && ctx.lookups.get(relationTo)?.get(id)) ?? `#${id}`
    }
    case 'date': {
      const dayOnly = (field.admin as { date?: { pickerAppearance?: string } } | undefined)?.date?.pickerAppearance === 'dayOnly'
      return siteTime(value, ctx.timeZone, dayOnly)
    }
    case 'checkbox':
      return value ? '✓' : '✗'
    case 'array':
    case 'group': {
      // A list of contacts reads "黄先生 13660004444 担保人 子女; …": each row's values in words, never JSON.
      const subFields = ((field as { flattenedFields?: FlattenedField[] }).flattenedFields ?? []).filter((f) => f.name !== 'id')
      const rowText = (row: Record<string, unknown>) =>
        subFields
          .map((sub) => {
            const v = row?.[sub.name]
            if (v == null || v === '' || v === false) return ''
            return sub.type === 'checkbox' ? labelText(sub.label, ctx.lang, sub.name) : formatValue(sub, v, ctx)
          })
          .filter(Boolean)
          .join(' ')
      const rows = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[]
      return short(rows.map(rowText).filter(Boolean).join(';')) || '—'
    }
    default:
      return short(typeof value === 'object' ? JSON.stringify(value) : String(value))
  }
}

function changesOf(row: Row, fields: FlattenedField[], ctx: { lang: string; timeZone: string; lookups: Lookups; skip: Set<string> }): Change[] {
  const changes = row.changes as Record<string, { from?: unknown; to?: unknown }> | null
  if (!changes || typeof changes !== 'object') return []
  const skip = ctx.skip
  const out: Change[] = []
  const order = new Map(fields.map((f, i) => [f.name, i]))
  const entries = Object.entries(changes).sort(([a], [b]) => (order.get(a) ?? 999) - (order.get(b) ?? 999))
  for (const [name, change] of entries) {
    if (skip.has(name) || !change || typeof change !== 'object') continue
    const field = fields.find((f) => f.name === name)
    // Fields the edit view does not show (hidden, or hidden from the panel: a position's code) are not listed either.
    if (field && ((field as { hidden?: boolean }).hidden || (field as { admin?: { hidden?: boolean } }).admin?.hidden)) continue
    const label = field ? labelText((field as { label?: unknown }).label, ctx.lang, name) : name
    const to = formatValue(field, change.to, ctx)
    if (row.action === 'create') {
      if (change.to == null || change.to === '' || (Array.isArray(change.to) && !change.to.length)) continue
      out.push({ field: label, to })
    } else out.push({ field: label, from: formatValue(field, change.from, ctx), to })
  }
  return out
}

const personOf = (row: Row, lang: string): string => String(row.actorName ?? '') || (row.actor ? `#${idOf(row.actor)}` : pick(words.system, lang))

/**
 * The record's history, oldest first. A decision is one entry: its signature (position, decision,
 * comment, channel) together with the transition it caused.
 */
export async function historyOf(ctx: WorkflowContext, timeZone: string): Promise<HistoryEntry[]> {
  const { req, slug, doc, lang } = ctx
  const payload = req.payload
  const fields = (payload.collections as Record<string, { config: { flattenedFields: FlattenedField[] } }>)[slug].config.flattenedFields
  const recordId = String(doc.id)
  const [trail, signed] = await Promise.all([
    payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: slug } }, { recordId: { equals: recordId } }, { action: { in: ['create', 'update', 'delete', 'transition'] } }] },
      sort: '-createdAt',
      limit: 300,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    }),
    slug === 'approvals'
      ? Promise.resolve({ docs: [] as Row[] })
      : payload.find({
          collection: 'approvals',
          where: { and: [{ form: { equals: slug } }, { recordId: { equals: recordId } }] },
          sort: 'createdAt',
          limit: 300,
          depth: 1,
          overrideAccess: false,
          user: req.user,
        }),
  ])
  const rows = (trail.docs as unknown as Row[]).reverse()
  const signatures = (signed.docs as unknown as Row[]).map((s) => ({ s, used: false }))
  const lookups = await relatedTitles(req, fields, rows)
  // Never listed as changed: the workflows' bookkeeping (their transitions say it) and the site.
  const format = { lang, timeZone, lookups, formName: (v: unknown) => collectionName(payload, v, lang), skip: new Set(['site', 'id', ...bookkeepingOf(ctx.spec)]) }
  const state = (value: unknown) => {
    if (value == null || value === '') return '—'
    const text = String(value)
    if (text === '***') return text
    for (const source of workflowSources()) {
      const label = source.stateLabel?.(ctx, text)
      if (label) return label
    }
    return text
  }
  const positionOf = (s: Row) => {
    const p = s.position as Row | number | undefined
    return p && typeof p === 'object' ? pick({ zh: String(p.name), 'zh-TW': String(p.nameTW), en: String(p.nameEn) }, lang) : undefined
  }
  const signatureEntry = (s: Row): Omit<HistoryEntry, 'state' | 'changes'> => {
    const signer = s.signer as Row | number | undefined
    const decision = s.decision === 'rejected' ? 'rejected' : 'approved'
    return {
      at: siteTime(s.createdAt, timeZone),
      who: signer && typeof signer === 'object' ? String(signer.name ?? signer.id) : `#${signer ?? ''}`,
      position: positionOf(s),
      what: pick(words[decision], lang),
      decision,
      comment: (s.comment as string | undefined) || undefined,
      channel: optionLabel(req, 'approvals', 'channel', s.channel, lang),
    }
  }
  const entries: (HistoryEntry & { t: number })[] = []
  for (const row of rows) {
    const t = new Date(String(row.createdAt)).getTime()
    const base = {
      t,
      at: siteTime(row.createdAt, timeZone),
      who: personOf(row, lang),
      channel: optionLabel(req, 'audit-log', 'channel', row.channel, lang),
      occurred: row.backEntry && row.occurredAt ? siteTime(row.occurredAt, timeZone) : undefined,
    }
    if (row.action === 'transition') {
      const from = row.from == null ? '' : String(row.from)
      const to = String(row.to ?? '')
      const stateText = from ? `${state(from)} → ${state(to)}` : state(to)
      // The signature that caused it: same person, the position that was waiting, the same moment.
      const [status, position] = from.split(':')
      const match =
        status === 'pending' && position
          ? signatures.find(
              ({ s, used }) =>
                !used &&
                (s.position as Row | undefined)?.slug === position &&
                String(idOf(s.signer)) === String(idOf(row.actor)) &&
                Math.abs(new Date(String(s.createdAt)).getTime() - t) < 120_000,
            )
          : undefined
      if (match) {
        match.used = true
        entries.push({ ...base, ...signatureEntry(match.s), t, state: stateText, changes: [] })
        continue
      }
      const named = workflowSources()
        .map((source) => source.transitionLabel?.(ctx, from || null, to))
        .find(Boolean)
      const note = row.note == null ? undefined : String(row.note)
      entries.push({ ...base, what: named ?? pick(words.transition, lang), state: stateText, comment: note || undefined, changes: [] })
      continue
    }
    const changes = changesOf(row, fields, format)
    if (row.action === 'update' && !changes.length) continue
    const what = row.action === 'create' ? words.created : row.action === 'delete' ? words.deleted : words.changed
    entries.push({ ...base, what: pick(what, lang), changes: row.action === 'delete' ? [] : changes })
  }
  // Signatures whose transition the person cannot see in the trail still show.
  for (const { s, used } of signatures) {
    if (!used) entries.push({ ...signatureEntry(s), t: new Date(String(s.createdAt)).getTime(), changes: [] })
  }
  // The create's own submission is written a moment before the create's audit row: the create comes first.
  const created = entries.find((e) => e.what === pick(words.created, lang))
  if (created) created.t = Math.min(created.t, ...entries.filter((e) => e.t >= created.t - 5000).map((e) => e.t - 1))
  return entries.sort((a, b) => a.t - b.t).map(({ t: _t, ...entry }) => entry)
}
