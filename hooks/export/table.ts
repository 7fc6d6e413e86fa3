/**
 * CORE-08: a register as a table — the form's own fields as columns, labels in the reader's language,
 * options and relationships shown as people read them, times in the site's time zone.
 */
import type { Field, Payload, SanitizedCollectionConfig } from 'payload'
import { tryDay } from '../../src/lib/calendar'
import { pick } from '../../src/lib/i18n'
import { namedFields } from '../../src/lib/fieldWalk'

export type Column = { key: string; header: string; value: (doc: Record<string, unknown>) => string | number | null }


const labelOf = (field: Field, lang: string): string => {
  const label = (field as { label?: unknown }).label
  if (label && typeof label === 'object') return pick(label as never, lang)
  return typeof label === 'string' ? label : (field as { name: string }).name
}

const formatTime = (iso: string, timeZone: string, withTime: boolean) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric', month: '2-digit', day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  }).format(new Date(iso))

export function columnsFor(payload: Payload, collection: SanitizedCollectionConfig, lang: string, timeZone: string): Column[] {
  const skip = new Set(['id'])
  const columns: Column[] = [{ key: 'id', header: 'ID', value: (d) => d.id as number }]
  for (const field of namedFields(collection.fields)) {
    const name = (field as { name: string }).name
    if (skip.has(name) || (field as { hidden?: boolean }).hidden || field.type === 'array' || field.type === 'json' || field.type === 'group' || field.type === 'ui') continue
    if (name === 'password' || name === 'hash' || name === 'salt') continue
    const header = labelOf(field, lang)
    const read = (doc: Record<string, unknown>): string | number | null => {
      const v = doc[name]
      if (v == null || v === '') return null
      if (field.type === 'select') {
        const options = field.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o))
        const show = (x: unknown) => {
          const option = options.find((o) => o.value === x)
          return option ? (typeof option.label === 'object' ? pick(option.label as never, lang) : String(option.label)) : String(x)
        }
        return Array.isArray(v) ? v.map(show).join('、') : show(v)
      }
      if (field.type === 'relationship' || field.type === 'upload') {
        const title = (x: unknown) => {
          if (x && typeof x === 'object') {
            const relatedSlug = (Array.isArray(field.relationTo) ? '' : field.relationTo) as string
            const related = payload.collections[relatedSlug as 'staff']?.config
            const key = related?.admin?.useAsTitle ?? 'id'
            return String((x as Record<string, unknown>)[key] ?? (x as { id: unknown }).id)
          }
          return String(x)
        }
        return Array.isArray(v) ? v.map(title).join('、') : title(v)
      }
      if (field.type === 'date') {
        const dayOnly = (field.admin as { date?: { pickerAppearance?: string } } | undefined)?.date?.pickerAppearance === 'dayOnly'
        return dayOnly ? (tryDay(v, timeZone, 'day') ?? String(v)) : formatTime(String(v), timeZone, true)
      }
      if (field.type === 'checkbox') return v ? '✓' : ''
      if (typeof v === 'number') return v
      return String(v)
    }
    columns.push({ key: name, header, value: read })
  }
  return columns
}
