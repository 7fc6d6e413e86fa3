/**
 * WF-03 feature: `gate: { message, blocks, after }`. On create the form sends its gated work
 * message; a change listed in `blocks` (or a record pointing through an `after` field at a gated
 * record) is refused with a 409 naming who has not confirmed yet.
 */
import { assertConfirmed, sendMessage } from '../messages'
import { addHooks, idOf } from '../hooks'
import type { FormFeature } from './types'

export const confirmationGate: FormFeature = (spec, collection) => {
  const gate = spec.gate
  if (!gate) return collection
  const relationOf = (field: string) => {
    const f = collection.fields.flatMap((x) => ('fields' in x && x.type === 'row' ? x.fields : [x])).find((x) => 'name' in x && x.name === field)
    return (f as { relationTo?: string } | undefined)?.relationTo
  }
  return addHooks(collection, {
    beforeChange: [
      async ({ data, originalDoc, operation, req }) => {
        for (const block of gate.blocks ?? []) {
          if (operation !== 'update' || !(block.field in data) || data[block.field] === originalDoc?.[block.field]) continue
          if (block.to && !block.to.includes(data[block.field])) continue
          await assertConfirmed(req, { collection: spec.slug, id: originalDoc.id })
        }
        for (const field of gate.after ?? []) {
          const target = idOf(data[field])
          if (target == null || (operation === 'update' && target === idOf(originalDoc?.[field]))) continue
          await assertConfirmed(req, { collection: relationOf(field)!, id: target })
        }
        return data
      },
    ],
    afterChange: [
      async ({ doc, operation, req }) => {
        if (operation !== 'create' || !gate.message) return doc
        await sendMessage(req.payload, {
          site: doc.site,
          title: gate.message.title,
          body: gate.message.body,
          to: gate.message.to,
          record: doc,
          values: doc,
          gate: true,
          related: { collection: spec.slug, id: doc.id },
        }, req)
        return doc
      },
    ],
  })
}
