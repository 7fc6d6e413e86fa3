/**
 * Issue 11 item 7, fast lists: the list of every form is complete in the first HTML the server sends.
 * - every top-level relationship field shows its records' titles as the server renders the table
 *   (src/admin/list/RelatedCell.tsx), one query per related collection, instead of Payload's default
 *   cell that fetches them from the browser after the page has loaded;
 * - every top-level date field is written by the server in the record's site time zone
 *   (src/admin/list/DateCell.tsx), instead of Payload's default cell that shows 加载中... until the
 *   page's JavaScript, hydration and the date-fns locale have loaded in the browser.
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

export const relatedCells: FormFeature = (_spec, collection) => ({ ...collection, fields: withCells(collection.fields) })
