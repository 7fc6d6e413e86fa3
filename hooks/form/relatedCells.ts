/**
 * Issue 11 item 7, fast lists: the list of every form is complete in the first HTML the server sends.
 * - every top-level relationship field shows its records' titles as the server renders the table
 *   (src/admin/list/RelatedCell.tsx), one query per related collection, instead of Payload's default
 *   cell that fetches them from the browser after the page has loaded;
 * - every top-level date field is written by the server in the record's site time zone
 *   (src/admin/list/DateCell.tsx), instead of Payload's default cell that shows 加载中... until the
 *   page's JavaScript, hydration and the date-fns locale have loaded in the browser; Payload's own
 *   timestamps (createdAt, updatedAt) included.
 * A field with a Cell of its own keeps it.
 */
import type { Field } from 'payload'
import type { FormFeature } from './types'

export const RELATED_CELL = '/src/admin/list/RelatedCell#RelatedCell'
export const DATE_CELL = '/src/admin/list/DateCell#DateCell'

const cellOf: Partial<Record<Field['type'], string>> = { relationship: RELATED_CELL, date: DATE_CELL }

const withCells = (fields: Field[]): Field[] =>
  fields.map((f): Field => {
    if ((f.type === 'row' || f.type === 'collapsible') && 'fields' in f) return { ...f, fields: withCells(f.fields) }
    if (f.type === 'tabs') return { ...f, tabs: f.tabs.map((t) => ('name' in t && t.name ? t : { ...t, fields: withCells(t.fields) })) }
    const Cell = cellOf[f.type]
    if (!Cell || ('admin' in f && f.admin?.components && 'Cell' in f.admin.components && f.admin.components.Cell)) return f
    return { ...f, admin: { ...f.admin, components: { ...f.admin?.components, Cell } } } as Field
  })

const named = (fields: Field[], name: string): boolean =>
  fields.some((f) => ('name' in f && f.name === name) || ((f.type === 'row' || f.type === 'collapsible') && named(f.fields, name)) || (f.type === 'tabs' && f.tabs.some((t) => !('name' in t && t.name) && named(t.fields, name))))

/**
 * Payload's own timestamps (`createdAt` is the first column of several lists), declared exactly as
 * Payload adds them (payload/dist/collections/config/sanitize.js: the same name, type, index, admin and
 * label, in the same order at the end, so the same columns and indexes) — Payload then adds none of
 * its own — with the server's date cell, shown with their time as Payload showed them (the panel's
 * `yyyy-MM-dd HH:mm`, not the day alone that src/lib/adminViews.ts gives a date field without a format).
 */
const timestamps = (fields: Field[]): Field[] =>
  (['updatedAt', 'createdAt'] as const)
    .filter((name) => !named(fields, name))
    .map((name) => ({ name, type: 'date', index: true, label: ({ t }: { t: (key: string) => string }) => t(`general:${name}`), admin: { disableBulkEdit: true, hidden: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' }, components: { Cell: DATE_CELL } } }) as Field)

export const relatedCells: FormFeature = (_spec, collection) => {
  const fields = withCells(collection.fields)
  return { ...collection, fields: collection.timestamps === false ? fields : [...fields, ...timestamps(fields)] }
}
