/** The record's summary as label/value rows in a language: what an approver reads before deciding. */
import type { Field, Payload, PayloadRequest } from 'payload'
import { specOf } from '../form/specOf'
import { pick, type Label } from '../../src/lib/i18n'
import { flatFields } from '../../src/lib/fieldWalk'

export type Row = { label: string; value: string }

const hidden = new Set(['site', 'paperRecordedAt'])

/** Named data fields, rows and groups flattened, server-owned ones left out. */
const dataFields = (fields: Field[]): Field[] =>
  flatFields(fields).flatMap((f) => {
    if (!('name' in f) || f.type === 'ui' || hidden.has(f.name) || (f.custom as { serverOwned?: boolean } | undefined)?.serverOwned) return []
    if ('virtual' in f && f.virtual) return []
    return [f]
  })

const titleOf = (v: Record<string, unknown>) => String(v.name ?? v.title ?? v.code ?? v.subject ?? v.id)

const format = (field: Field, value: unknown, lang: string, timeZone: string): string => {
  if (value == null || value === '') return '—'
  if (Array.isArray(value)) return value.map((v) => format({ ...field, hasMany: false } as Field, v, lang, timeZone)).join('、')
  if (field.type === 'select' || field.type === 'radio') {
    const option = (field.options as { value: string; label: Label }[]).find((o) => o.value === value)
    return option ? pick(option.label, lang) : String(value)
  }
  if (field.type === 'date') {
    const d = new Date(String(value))
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { timeZone, dateStyle: 'medium', timeStyle: field.admin?.date?.pickerAppearance === 'dayOnly' ? undefined : 'short' }).format(d)
  }
  if (field.type === 'checkbox') return value ? '✓' : '✗'
  if (typeof value === 'object') return titleOf(value as Record<string, unknown>)
  return String(value)
}

export async function summaryOf(payload: Payload, slug: string, id: string | number, lang: string, req?: PayloadRequest): Promise<{ title: string; rows: Row[] }> {
  const config = (payload.collections as unknown as Record<string, { config: { fields: Field[] } }>)[slug].config
  const spec = specOf(payload, slug)
  const doc = (await payload.findByID({ collection: slug as never, id, depth: 1, overrideAccess: true, req })) as Record<string, unknown>
  const site = doc.site as { timeZone?: string } | undefined
  const timeZone = (typeof site === 'object' && site?.timeZone) || 'Asia/Shanghai'
  let fields = dataFields(config.fields)
  if (spec?.approval?.summary) fields = spec.approval.summary.map((name) => fields.find((f) => 'name' in f && f.name === name)).filter(Boolean) as Field[]
  const rows = fields.map((f) => ({
    label: 'label' in f && f.label ? pick(f.label as Label, lang) : (f as { name: string }).name,
    value: format(f, doc[(f as { name: string }).name], lang, timeZone),
  }))
  const label = spec ? pick(spec.label, lang) : slug
  return { title: `${label} #${id}`, rows }
}
