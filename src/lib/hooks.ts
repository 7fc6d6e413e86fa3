import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Append hooks to a collection without losing the ones it already has. */
export const addHooks = (config: CollectionConfig, hooks: Hooks): CollectionConfig => {
  const merged: Record<string, unknown[]> = { ...(config.hooks as Record<string, unknown[]>) }
  for (const [key, list] of Object.entries(hooks)) merged[key] = [...(merged[key] ?? []), ...(list as unknown[])]
  return { ...config, hooks: merged as Hooks }
}

/**
 * The id of a relationship value, whether populated or not: a number (record ids are integers; a
 * numeric string is read as one), or nothing for an empty value or one that is no id.
 */
export const idOf = (value: unknown): number | undefined => {
  const raw = value != null && typeof value === 'object' ? (value as { id?: unknown }).id : value
  if (raw == null || raw === '' || typeof raw === 'boolean') return undefined
  const id = typeof raw === 'number' ? raw : Number(raw)
  return Number.isSafeInteger(id) ? id : undefined
}

/** The site of a record, as an id. */
export const siteOf = (doc: { site?: unknown } | null | undefined): number | undefined => idOf(doc?.site)
