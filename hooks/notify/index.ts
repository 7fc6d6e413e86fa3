/** WF-08 feature: fires the form's `notify` rules on create, update and field changes. */
import { addHooks } from '../../src/lib/hooks'
import { notifyEvent } from './rules'
import type { FormFeature } from '../form/types'

export const notifications: FormFeature = (spec, collection) => {
  const rules = spec.notify ?? []
  if (!rules.length) return collection
  const fieldRules = rules.flatMap((r) => (typeof r.on === 'object' && 'field' in r.on ? [r.on] : []))
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
