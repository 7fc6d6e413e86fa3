/**
 * Issue 11 item 7, fast lists: every top-level relationship field of a form shows its records' titles in
 * the list as the server renders the table (src/admin/list/RelatedCell.tsx), one query per related
 * collection, instead of Payload's default cell that fetches them from the browser after the page has
 * loaded. A field with a Cell of its own keeps it.
 */
import type { Field } from 'payload'
import type { FormFeature } from './types'

export const RELATED_CELL = '/src/admin/list/RelatedCell#RelatedCell'

const withCells = (fields: Field[]): Field[] =>
  fields.map((f): Field => {
    if ((f.type === 'row' || f.type === 'collapsible') && 'fields' in f) return { ...f, fields: withCells(f.fields) }
    if (f.type === 'tabs') return { ...f, tabs: f.tabs.map((t) => ('name' in t && t.name ? t : { ...t, fields: withCells(t.fields) })) }
    if (f.type !== 'relationship' || f.admin?.components?.Cell) return f
    return { ...f, admin: { ...f.admin, components: { ...f.admin?.components, Cell: RELATED_CELL } } } as Field
  })

export const relatedCells: FormFeature = (_spec, collection) => ({ ...collection, fields: withCells(collection.fields) })
