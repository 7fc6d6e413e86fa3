/**
 * CORE-06: standard scripts (標準話術) shown beside the call and visitor forms. MEMBER-06: each is a
 * versioned document — a change of its title or text is a new version (`version`, `versionedAt`; the
 * audit trail keeps the earlier texts), and every desk person of the site is asked to acknowledge
 * it (rows of `acknowledgements`, where that form is installed; earlier unanswered asks are superseded).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { datetime, number, select, text, textarea } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { defineForm } from '../../hooks/form/defineForm'
import { serverOwned } from '../../hooks/serverOwned'
import { holdersOf } from '../../src/lib/holders'
import { siteOf } from '../../src/lib/hooks'
import { asServer } from '../../src/lib/serverReq'
import { groups } from './labels'

/** Who acknowledges scripts: the desk people of any site. */
export const scriptReaders = ['front-desk', 'cs-assistant', 'store-manager', 'beautician', 'coach', 'member-consultant']

const versioned: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation === 'create') Object.assign(data, { version: 1, versionedAt: new Date().toISOString() })
  else if ((data.body !== undefined && data.body !== originalDoc?.body) || (data.title !== undefined && data.title !== originalDoc?.title)) {
    Object.assign(data, { version: (originalDoc?.version ?? 1) + 1, versionedAt: new Date().toISOString() })
  }
  return data
}

/** A new version asks every desk person of the site again; the earlier unanswered asks are superseded. */
export async function askToAcknowledge(clientReq: PayloadRequest, doc: Record<string, any>) {
  const req = asServer(clientReq)
  const payload = req.payload
  if (!(payload.collections as Record<string, unknown>)['acknowledgements']) return
  const site = siteOf(doc)
  if (!site) return
  const old = await payload.find({ collection: 'acknowledgements' as never, where: { and: [{ script: { equals: doc.id } }, { status: { equals: 'pending' } }, { version: { less_than: doc.version } }] }, pagination: false, depth: 0, overrideAccess: true, req })
  const { transition } = await import('../../hooks/lifecycle')
  for (const a of old.docs as { id: number }[]) await transition(req, 'acknowledgements', a.id, 'superseded', { server: true })
  const now = new Date().toISOString()
  for (const person of await holdersOf(payload, site, scriptReaders, req)) {
    await payload.create({
      collection: 'acknowledgements' as never,
      data: { site, staff: person.id, script: doc.id, version: doc.version, scriptTitle: doc.title, scriptKind: doc.kind, askedAt: now, status: 'pending' } as never,
      overrideAccess: true, depth: 0, req,
    })
  }
}

const ask: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create' || doc.version !== previousDoc?.version) await askToAcknowledge(req, doc)
  return doc
}

export const Scripts = defineForm({
  slug: 'scripts',
  label: L('標準話術', 'Standard script'),
  plural: L('標準話術', 'Standard scripts'),
  group: groups.desk,
  title: 'title',
  columns: ['title', 'kind', 'order', 'version', 'versionedAt'],
  paper: false,
  hooks: { beforeChange: [versioned], afterChange: [ask] },
  fields: [
    select('kind', L('類別', 'Kind'), {
      greeting: L('接聽問候語', 'Greeting'),
      call: L('通話話術', 'Call script'),
      'six-eight': L('六聲八句', 'The six sounds and eight phrases'),
      forbidden: L('服務忌語', 'Forbidden phrases'),
    }, { required: true, index: true }),
    text('title', L('標題', 'Title'), { required: true }),
    textarea('body', L('內容', 'Text'), { required: true }),
    number('order', L('排序', 'Order'), { defaultValue: 0 }),
    serverOwned(number('version', L('版本', 'Version'), { defaultValue: 1, min: 1, admin: { position: 'sidebar' } })),
    serverOwned(datetime('versionedAt', L('本版本發佈時間', 'This version since'), { admin: { position: 'sidebar' } })),
  ],
})
