import type { Payload } from 'payload'
import type { FormSpec } from './types'

/** The form declaration behind a collection slug (without importing defineForm: no import cycle). */
export const specOf = (payload: Payload, slug: string): FormSpec | undefined =>
  ((payload.collections as Record<string, { config?: { custom?: unknown } }>)[slug]?.config?.custom as { form?: FormSpec } | undefined)?.form
