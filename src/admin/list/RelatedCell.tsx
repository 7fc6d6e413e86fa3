/**
 * Issue 11 item 7, fast lists: a relationship column of a list shows its records' titles as the server
 * renders the table, instead of Payload's default cell that asks the browser to fetch each related
 * collection after the page has loaded (加载中… for seconds on a busy desk machine). All the cells of one
 * related collection in one request are read in one query (`id in …`, only the title field), as the
 * reader (their read access: a record they may not read shows as Payload shows it, "untitled - ID"); the
 * reader is read once per request by the sign-in strategies alone (src/admin/list/request.ts).
 * The cell itself is Payload's own default cell (link, drawer selection, empty placeholder), given
 * the title as text.
 */
import { formatDocTitle } from '@payloadcms/ui/shared'
import type { CollectionSlug, Payload } from 'payload'
import { cache } from 'react'
import { defaultCell, textCell, type ServerCellProps } from './defaultCell'
import { labelOf, readerOf } from './request'

type Ref = { relationTo: string; value: number | string }

/**
 * Per request and related collection: ids asked for in the same turn are read together. Each cell
 * asks, then waits; the query runs once every cell of the table has asked (after the current turn).
 */
const batcher = cache((payload: Payload, slug: string) => {
  let pending: Map<string, ((doc: Record<string, unknown> | null) => void)[]> | null = null
  const run = async (ids: Map<string, ((doc: Record<string, unknown> | null) => void)[]>) => {
    const found = new Map<string, Record<string, unknown>>()
    try {
      const collection = payload.collections[slug as CollectionSlug]?.config
      const title = collection?.admin?.useAsTitle
      const user = await readerOf(payload)
      if (collection && user) {
        const { docs } = await payload.find({
          collection: slug as CollectionSlug,
          where: { id: { in: [...ids.keys()] } },
          ...(title && title !== 'id' ? { select: { [title]: true } as never } : {}),
          depth: 0,
          draft: true,
          limit: ids.size,
          pagination: false,
          overrideAccess: false,
          user,
        })
        for (const doc of docs as unknown as Record<string, unknown>[]) found.set(String(doc.id), doc)
      }
    } catch {
      // Shown as not found: the list still renders.
    }
    for (const [id, waiting] of ids) for (const resolve of waiting) resolve(found.get(id) ?? null)
  }
  return (id: string) =>
    new Promise<Record<string, unknown> | null>((resolve) => {
      if (!pending) {
        const batch = (pending = new Map())
        setImmediate(() => {
          pending = null
          void run(batch)
        })
      }
      pending.set(id, [...(pending.get(id) ?? []), resolve])
    })
})

const refsOf = (cellData: unknown, relationTo: unknown): Ref[] => {
  const items = Array.isArray(cellData) ? cellData : cellData == null || cellData === '' ? [] : [cellData]
  return items.flatMap((item): Ref[] => {
    if (item && typeof item === 'object' && 'relationTo' in item && 'value' in item) {
      const value = (item as { value: unknown }).value
      const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
      return id == null ? [] : [{ relationTo: String((item as { relationTo: unknown }).relationTo), value: id as number }]
    }
    if (item && typeof item === 'object' && 'id' in item) return typeof relationTo === 'string' ? [{ relationTo, value: (item as { id: number }).id }] : []
    if ((typeof item === 'number' || typeof item === 'string') && typeof relationTo === 'string') return [{ relationTo, value: item }]
    return []
  })
}

/** How many related records a cell names before "and N more" (as Payload's own cell). */
const SHOWN = 3

type Props = ServerCellProps<{ relationTo?: unknown; hasMany?: boolean }>

export async function RelatedCell(props: Props) {
  const { payload, i18n, cellData, field } = props
  if (process.env.RELATED_CELLS === 'browser') {
    // Payload's own cell, fetching from the browser: only to measure the difference (bench/lists.ts).
    const own = { name: field.name, type: 'relationship', relationTo: field.relationTo, hasMany: field.hasMany, label: labelOf(field.label, i18n), admin: {} }
    return defaultCell(props, cellData, own)
  }
  const refs = refsOf(cellData, field.relationTo)
  const names = await Promise.all(
    refs.slice(0, SHOWN).map(async ({ relationTo, value }) => {
      const doc = await batcher(payload, relationTo)(String(value))
      const fallback = `${i18n.t('general:untitled')} - ID: ${value}`
      if (!doc) return fallback
      const config = payload.collections[relationTo as CollectionSlug]?.config
      return formatDocTitle({ collectionConfig: config as never, data: doc as never, dateFormat: payload.config.admin.dateFormat, fallback, i18n: i18n as never })
    }),
  )
  const more = refs.length > SHOWN ? i18n.t('fields:itemsAndMore', { count: refs.length - SHOWN, items: '' }) : ''
  const text = names.length ? `${names.join(', ')}${more ? ` ${more}` : ''}` : undefined
  return textCell(props, text)
}
