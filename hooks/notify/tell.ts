/**
 * A form's own work message about one of its records, from a transition's effect or a hook: the
 * record's site, a link back to it (`related`), the times of `dates` in the site's zone, and who is
 * told — positions (also a slug kept on the record), staff — with a fallback when nobody holds them.
 * What `notify` rules cannot say (recipients that depend on the record, a title that depends on the
 * step) is said here, once, instead of each form repeating the `sendMessage` call around it.
 *
 * ```ts
 * await tellAbout(req, 'owner-complaints', doc, {
 *   to: [{ position: doc.headSlug }, isGrave(doc) && 'office-director'],
 *   title: L('業主投訴:{unit}', …), body: L('請於 {due} 前處理完畢', …),
 *   values: { unit: doc.unitCode }, dates: { due: doc.handleBy },
 * })
 * ```
 */
import type { PayloadRequest } from 'payload'
import type { FormDoc, Recipient } from '../form/types'
import { sendMessage, type Sent } from './messages'
import { shortDateTime } from '../../src/lib/format'
import { siteOf } from '../../src/lib/hooks'
import type { Label } from '../../src/lib/i18n'
import { siteInfo } from '../../src/lib/site'

export type Tell = {
  /** Who is told; `false`/`undefined`/an empty slug are left out (`cond && 'office-director'`). */
  to: (Recipient | false | null | undefined | { position: string | null | undefined })[]
  title: string | Label
  body?: string | Label
  values?: Record<string, unknown>
  /** Instants shown as the site's local `yyyy-MM-dd HH:mm` under these placeholders (empty when unset). */
  dates?: Record<string, string | Date | null | undefined>
  /** When nobody holds any of `to` at the site: tell these instead; without it, that refuses (4xx) as `sendMessage` does. */
  fallback?: Recipient[]
  /** The record the message is about (default: this record). */
  related?: { collection: string; id: string | number }
}

const isRecipient = (r: Tell['to'][number]): r is Recipient =>
  Boolean(r) && !(typeof r === 'object' && r !== null && 'position' in r && !r.position)

export async function tellAbout(req: PayloadRequest, slug: string, doc: FormDoc, tell: Tell): Promise<Sent | undefined> {
  const site = siteOf(doc)
  const dates: Record<string, string> = {}
  if (tell.dates && Object.keys(tell.dates).length) {
    const { timeZone } = await siteInfo(req.payload, site, req)
    for (const [k, v] of Object.entries(tell.dates)) dates[k] = v ? shortDateTime(v, timeZone) : ''
  }
  const message = (to: Recipient[]) =>
    sendMessage(req.payload, { site, title: tell.title, body: tell.body, values: { ...tell.values, ...dates }, to, related: tell.related ?? { collection: slug, id: doc.id } }, req)
  const to = tell.to.filter(isRecipient)
  if (!tell.fallback) return message(to)
  // Nobody to tell refuses before anything is written, so the transaction goes on with the fallback.
  try {
    return await message(to)
  } catch {
    try {
      return await message(tell.fallback)
    } catch {
      req.payload.logger.warn({ msg: `${slug} ${doc.id}: nobody to tell at site ${site}` })
      return undefined
    }
  }
}
