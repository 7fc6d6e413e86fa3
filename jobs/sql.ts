/** Plain SQL for the jobs that aggregate or remove in bulk: the connection and Payload's table/column names. */
import type { CollectionSlug, Payload } from 'payload'

type Drizzle = { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
type Adapter = { drizzle: Drizzle; tableNameMap: Map<string, string> }

export const db = (payload: Payload) => (payload.db as unknown as Adapter).drizzle

/** A field's column: Payload's snake_case (relationships add `_id`). */
export const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** The table of an installed collection (undefined when the form is not part of this app). */
export const tableOf = (payload: Payload, slug: string): string | undefined => {
  if (!payload.collections[slug as CollectionSlug]) return undefined
  const name = slug.replace(/-/g, '_')
  return (payload.db as unknown as Adapter).tableNameMap.get(name) ?? name
}
