import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Append hooks to a collection without losing the ones it already has. */
export const addHooks = (config: CollectionConfig, hooks: Hooks): CollectionConfig => {
  const merged: Record<string, unknown[]> = { ...(config.hooks as Record<string, unknown[]>) }
  for (const [key, list] of Object.entries(hooks)) merged[key] = [...(merged[key] ?? []), ...(list as unknown[])]
  return { ...config, hooks: merged as Hooks }
}

/** The id of a relationship value, whether populated or not. */
export const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string | undefined)
