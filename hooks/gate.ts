/**
 * WF-03 feature: `gate: { message, blocks, after }`. On create the form sends its gated work
 * message; a change listed in `blocks` (or a record pointing through an `after` field at a gated
 * record) is refused with a 409 naming who has not confirmed yet.
 */
import type { Field, PayloadRequest } from 'payload'
import { DEFAULT_TIME_ZONE, localDates } from '../src/lib/calendar'
import { isServerCall } from './access'
import { assertConfirmed, gatedMessagesOf, sendMessage } from './notify/messages'
import { addHooks, idOf } from '../src/lib/hooks'
import { specOf } from './form/specOf'
import type { FormDoc, FormFeature, FormSpec } from './form/types'
import type { CollectionSlug } from 'payload'

/** The record's values for `{placeholders}`: dates as the site's days and times, never raw UTC instants. */
async function messageValues(req: PayloadRequest, fields: Field[], doc: FormDoc) {
  const site = idOf(doc.site)
  const siteDoc = site == null ? null : await req.payload.findByID({ collection: 'sites', id: site, depth: 0, overrideAccess: true, req, disableErrors: true })
  return { ...doc, ...localDates(fields, doc, (siteDoc?.timeZone as string | undefined) || DEFAULT_TIME_ZONE) }
}

/** Send the form's gated message about a record (on create, and again after a withdrawal). */
const sendGated = async (req: PayloadRequest, spec: FormSpec, fields: Field[], doc: FormDoc) =>
  sendMessage(req.payload, {
    site: doc.site,
    title: spec.gate!.message!.title,
    body: spec.gate!.message!.body,
    to: spec.gate!.message!.to,
    record: doc,
    values: await messageValues(req, fields, doc),
    gate: true,
    related: { collection: spec.slug, id: doc.id },
  }, req)

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
          await assertConfirmed(req, { collection: spec.slug, id: originalDoc.id }, { required: Boolean(gate.message) })
        }
        for (const field of gate.after ?? []) {
          const target = idOf(data[field])
          if (target == null || (operation === 'update' && target === idOf(originalDoc?.[field]))) continue
          const collection = relationOf(field)!
          // A record that does not exist, or is another site's, gates nothing here (validation answers
          // for it, the same for both): its messages and who has not confirmed them are not told.
          const id = Number(target)
          if (!Number.isSafeInteger(id) || id <= 0) continue
          const related = await req.payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, overrideAccess: true, req, disableErrors: true })
          const site = idOf(data.site ?? originalDoc?.site)
          if (!related || (site != null && idOf((related as { site?: unknown }).site) !== site)) continue
          await assertConfirmed(req, { collection, id }, { required: Boolean(specOf(req.payload, collection)?.gate?.message) })
        }
        return data
      },
    ],
    afterChange: [
      async ({ doc, operation, req }) => {
        if (!gate.message) return doc
        if (operation === 'create') await sendGated(req, spec, collection.fields, doc)
        // After a withdrawal the step waits for a new message: a person's edit of the record sends it.
        else if (!isServerCall(req) && !(await gatedMessagesOf(req, { collection: spec.slug, id: doc.id })).some((m) => m.status !== 'withdrawn')) {
          await sendGated(req, spec, collection.fields, doc)
        }
        return doc
      },
    ],
  })
}
