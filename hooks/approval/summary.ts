/** The record's summary as label/value rows in a language: what an approver reads before deciding. */
import type { Field, Payload, PayloadRequest } from 'payload'
import { specOf } from '../form/specOf'
import type { FormDoc } from '../form/types'
import { fill, L, pick, type Label } from '../../src/lib/i18n'
import { flatFields } from '../../src/lib/fieldWalk'

export type Row = { label: string; value: string }
/** A value as it is now beside the value the form asks for (ApprovalSpec.compare). */
export type CompareRow = { label: string; current: string; next: string; changed: boolean }
/** An earlier signature of the form, as later approvers read it. */
export type SignatureRow = { round: number; position: string; signer: string; decision: 'approved' | 'rejected'; decisionLabel: string; comment: string; at: string }
/** Everything an approver reads before deciding (Issue 11 item 4). */
export type ApprovalView = { title: string; rows: Row[]; compare: CompareRow[]; signatures: SignatureRow[]; round: number }

/** The words around the comparison and the signatures, for the inbox, the e-mail and the phone page. */
export const viewWords = {
  compare: L('變更前後對照', 'Now and as asked'),
  item: L('項目', 'Item'),
  current: L('現在', 'Now'),
  next: L('變更為', 'Asked for'),
  details: L('表單內容', 'The form'),
  signatures: L('此前的簽批', 'Earlier signatures'),
  noSignatures: L('您是第一位審批人', 'You are the first to sign'),
  round: L('第 {n} 輪', 'Round {n}'),
  approved: L('同意', 'Approved'),
  rejected: L('駁回', 'Rejected'),
  noComment: L('(無批語)', '(no comment)'),
}

const hidden = new Set(['site', 'paperRecordedAt'])

/** Named data fields, rows and groups flattened, server-owned ones left out. */
const dataFields = (fields: Field[]): Field[] =>
  flatFields(fields).flatMap((f) => {
    if (!('name' in f) || f.type === 'ui' || hidden.has(f.name) || (f.custom as { serverOwned?: boolean } | undefined)?.serverOwned) return []
    if ('virtual' in f && f.virtual) return []
    return [f]
  })

const titleOf = (v: Record<string, unknown>, useAsTitle?: string) => String((useAsTitle && v[useAsTitle]) ?? v.name ?? v.title ?? v.code ?? v.subject ?? v.id)

const format = (field: Field, value: unknown, lang: string, timeZone: string): string => {
  if (value == null || value === '') return '—'
  if (Array.isArray(value)) return value.map((v) => format({ ...field, hasMany: false } as Field, v, lang, timeZone)).join('、')
  if (field.type === 'select' || field.type === 'radio') {
    const option = (field.options as { value: string; label: Label }[]).find((o) => o.value === value)
    return option ? pick(option.label, lang) : String(value)
  }
  if (field.type === 'date') {
    const d = new Date(String(value))
    const dayOnly = field.admin?.date?.pickerAppearance === 'dayOnly'
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { timeZone, dateStyle: 'medium', timeStyle: dayOnly ? undefined : 'short', hourCycle: dayOnly ? undefined : 'h23' }).format(d)
  }
  if (field.type === 'checkbox') return value ? '✓' : '✗'
  if (typeof value === 'object') return titleOf(value as Record<string, unknown>)
  return String(value)
}

export async function summaryOf(payload: Payload, slug: string, id: string | number, lang: string, req?: PayloadRequest): Promise<{ title: string; rows: Row[] }> {
  const doc = (await payload.findByID({ collection: slug as never, id, depth: 1, overrideAccess: true, req })) as Record<string, unknown>
  return summaryFrom(payload, slug, doc, lang)
}

/** The site's time zone of a record read with its relations (depth 1). */
export const zoneOfShown = (doc: Record<string, unknown>): string => {
  const site = doc.site as { timeZone?: string } | undefined
  return (typeof site === 'object' && site?.timeZone) || 'Asia/Shanghai'
}

/** `summaryOf` of a record already read with its relations (depth 1): a batch reads its records once. */
export function summaryFrom(payload: Payload, slug: string, doc: Record<string, unknown>, lang: string): { title: string; rows: Row[] } {
  const config = (payload.collections as unknown as Record<string, { config: { fields: Field[] } }>)[slug].config
  const spec = specOf(payload, slug)
  const timeZone = zoneOfShown(doc)
  // A declared summary names what the approver needs, server-kept fields included (who asks, for what).
  const declared = spec?.approval?.summary
  const named = flatFields(config.fields).filter((f) => 'name' in f && f.type !== 'ui')
  const fields = declared ? (declared.map((name) => named.find((f) => 'name' in f && f.name === name)).filter(Boolean) as Field[]) : dataFields(config.fields)
  const rows = fields.map((f) => ({
    label: 'label' in f && f.label ? pick(f.label as Label, lang) : (f as { name: string }).name,
    value: format(f, doc[(f as { name: string }).name], lang, timeZone),
  }))
  const label = spec ? pick(spec.label, lang) : slug
  return { title: `${label} #${doc.id}`, rows }
}

const fieldNamed = (fields: Field[], name: unknown) =>
  typeof name === 'string' ? (fields.find((f) => 'name' in f && f.name === name) as Field | undefined) : undefined

/** A compared value: a related record given by its id is read (on the server, in the request) for its title. */
async function formatValue(payload: Payload, field: Field | undefined, value: unknown, lang: string, timeZone: string, req?: PayloadRequest): Promise<string> {
  if (field && (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    const collection = (payload.collections as unknown as Record<string, { config: { admin?: { useAsTitle?: string } } }>)[field.relationTo]
    const useAsTitle = collection?.config.admin?.useAsTitle
    if (value != null && typeof value !== 'object') {
      const related = await payload.findByID({ collection: field.relationTo as never, id: value as number, depth: 0, overrideAccess: true, req, disableErrors: true }).catch(() => null)
      return related ? titleOf(related as Record<string, unknown>, useAsTitle) : '—'
    }
    if (value && typeof value === 'object') return titleOf(value as Record<string, unknown>, useAsTitle)
  }
  if (!field) {
    if (value == null || value === '') return '—'
    return typeof value === 'object' ? titleOf(value as Record<string, unknown>) : String(value)
  }
  return format(field, value, lang, timeZone)
}

const comparable = (v: unknown): unknown => (v && typeof v === 'object' && 'id' in (v as object) ? (v as { id: unknown }).id : (v ?? null))

/**
 * What an approver reads (WF-05/06/07, Issue 11 item 4): the summary, the declared comparisons (the
 * value now beside the value asked for) and every earlier signature of the form with its comment, in
 * the reader's language and the site's time zone. The same for the inbox, the e-mail and the page.
 */
export async function approvalView(payload: Payload, slug: string, id: string | number, lang: string, req?: PayloadRequest): Promise<ApprovalView> {
  const spec = specOf(payload, slug)
  const doc = (await payload.findByID({ collection: slug as never, id, depth: 1, overrideAccess: true, req })) as FormDoc
  const { title, rows } = summaryFrom(payload, slug, doc, lang)
  const config = (payload.collections as unknown as Record<string, { config: { fields: Field[] } }>)[slug].config
  const fields = dataFields(config.fields).concat(flatFields(config.fields).filter((f) => 'name' in f) as Field[])
  const timeZone = zoneOfShown(doc)
  const server = req ?? ({ payload } as PayloadRequest)
  const compare: CompareRow[] = []
  for (const c of spec?.approval?.compare ?? []) {
    const field = fieldNamed(fields, c.next) ?? fieldNamed(fields, c.current)
    const read = async (side: ApprovalCompareSide) => (typeof side === 'string' ? doc[side] : await side(doc, server))
    const [now, asked] = [await read(c.current), await read(c.next)]
    compare.push({
      label: pick(c.label, lang),
      current: await formatValue(payload, field, now, lang, timeZone, req),
      next: await formatValue(payload, field, asked, lang, timeZone, req),
      changed: JSON.stringify(comparable(now)) !== JSON.stringify(comparable(asked)),
    })
  }
  const { docs } = await payload.find({
    collection: 'approvals',
    where: { and: [{ form: { equals: slug } }, { recordId: { equals: String(id) } }] },
    sort: 'createdAt',
    depth: 1,
    limit: 200,
    overrideAccess: true,
    req,
  })
  const when = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { timeZone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' })
  const signatures: SignatureRow[] = (docs as Record<string, any>[]).map((s) => {
    const position = s.position && typeof s.position === 'object' ? pick({ zh: s.position.name, 'zh-TW': s.position.nameTW ?? s.position.name, en: s.position.nameEn ?? s.position.name }, lang) : ''
    const decision = s.decision === 'rejected' ? 'rejected' : 'approved'
    return {
      round: Number(s.round),
      position,
      signer: s.signer && typeof s.signer === 'object' ? String(s.signer.name ?? '') : '',
      decision,
      decisionLabel: pick(viewWords[decision], lang),
      comment: String(s.comment ?? ''),
      at: when.format(new Date(String(s.createdAt))),
    }
  })
  return { title, rows, compare, signatures, round: Number(doc.approvalRound ?? 1) }
}

type ApprovalCompareSide = string | ((doc: FormDoc, req: PayloadRequest) => unknown)

/** The view as plain text lines (the e-mail's text part and a notification's summary). */
export function viewText(view: ApprovalView, lang: string): string[] {
  const w = (label: Label) => pick(label, lang)
  const lines: string[] = []
  if (view.compare.length) {
    lines.push(`${w(viewWords.compare)}:`)
    for (const c of view.compare) lines.push(`  ${c.label}: ${w(viewWords.current)} ${c.current} → ${w(viewWords.next)} ${c.next}`)
    lines.push('')
  }
  lines.push(...view.rows.map((r) => `  ${r.label}: ${r.value}`))
  lines.push('', `${w(viewWords.signatures)}:`)
  if (!view.signatures.length) lines.push(`  ${w(viewWords.noSignatures)}`)
  for (const s of view.signatures) lines.push(`  ${signatureLine(s, view, lang)}`)
  return lines
}

/** "第 1 輪 · 健康照料部主管 赵敏 · 同意 · 2026/12/1 09:30:「批語」" */
export function signatureLine(s: SignatureRow, view: ApprovalView, lang: string): string {
  const round = view.round > 1 ? `${fill(pick(viewWords.round, lang), { n: s.round })} · ` : ''
  return `${round}${s.position} ${s.signer} · ${s.decisionLabel} · ${s.at}: ${s.comment || pick(viewWords.noComment, lang)}`
}
