/** WF-08 feature: fires the form's `notify` rules on create, update and field changes. */
import { addHooks } from '../../src/lib/hooks'
import { notifyEvent } from './rules'
import type { FormFeature } from '../form/types'

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
          if (operation === 'update' && doc[on.field] !== previousDoc?.[on.field]) await notifyEvent(req, spec.slug, doc, { field: on.field, to: doc[on.field] })
        }
        return doc
      },
    ],
  })
}
