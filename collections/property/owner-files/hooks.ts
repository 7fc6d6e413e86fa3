/** PROP-01: the archive's open title (the unit code) and completeness count; a new archive starts with the whole checklist. */
import type { CollectionBeforeChangeHook } from 'payload'
import { onSite } from '../../../hooks/onSite'
import { idOf } from '../../../src/lib/hooks'
import { requiredDocuments } from './checklist'

type Item = { document?: string; present?: boolean | null }

export const archiveTitleAndChecklist: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const site = data.site ?? originalDoc?.site
  const unit = await onSite<{ code?: string }>(req, 'units', idOf(data.unit ?? originalDoc?.unit), site)
  data.title = unit?.code ? `${unit.code} 业主档案` : ''
  let items = (data.items ?? originalDoc?.items ?? []) as Item[]
  if (operation === 'create') {
    const listed = new Set(items.map((i) => i.document))
    items = [...items, ...requiredDocuments.filter((d) => !listed.has(d)).map((document) => ({ document, present: false }))]
    data.items = items
  }
  const kinds = new Map<string, boolean>()
  for (const item of items) if (item.document) kinds.set(item.document, Boolean(kinds.get(item.document)) || Boolean(item.present))
  data.present = [...kinds.values()].filter(Boolean).length
  data.missing = [...kinds.values()].filter((v) => !v).length
  return data
}
