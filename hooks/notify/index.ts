/** WF-08 feature: fires the form's `notify` rules on create, update and field changes. */
import { addHooks, idOf } from '../../src/lib/hooks'
import { notifyEvent } from './rules'
import type { FormFeature } from '../form/types'

const valueOf = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (idOf(v) ?? JSON.stringify(v)) : Array.isArray(v) ? JSON.stringify(v.map((x) => idOf(x) ?? x)) : v)

export const notifications: FormFeature = (spec, collection) => {
  const rules = spec.notify ?? []
  if (!rules.length) return collection
  // One event per field (`notifyEvent` applies every rule of it, whatever value it waits for).
  const fieldRules = [...new Set(rules.flatMap((r) => (typeof r.on === 'object' && 'field' in r.on ? [r.on.field] : [])))].map((field) => ({ field }))
  return addHooks(collection, {
    afterChange: [
      async ({ doc, previousDoc, operation, req }) => {
        if (req.context?.approvalTransition) return doc
        await notifyEvent(req, spec.slug, doc, operation)
        for (const on of fieldRules) {
          // A relationship compares by id (the saved record may come back populated, its previous version not).
          const now = valueOf(doc[on.field])
          if (operation === 'update' && now !== valueOf(previousDoc?.[on.field])) await notifyEvent(req, spec.slug, doc, { field: on.field, to: now as string })
        }
        return doc
      },
    ],
  })
}
