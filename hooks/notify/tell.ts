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
import { APIError, type PayloadRequest } from 'payload'
import type { FormDoc, Recipient } from '../form/types'
import { sendMessage, sendMessages, type MessageInput, type Sent } from './messages'
import { shortDateTime } from '../../src/lib/format'
import { siteOf } from '../../src/lib/hooks'
import type { Label } from '../../src/lib/i18n'
import { siteInfo, sitesInfo } from '../../src/lib/site'

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
  const input = await messageOf(slug, doc, tell, async (site) => (await siteInfo(req.payload, site, req)).timeZone)
  const message = (to: Recipient[]) => sendMessage(req.payload, { ...input, to }, req)
  if (!tell.fallback) return message(input.to)
  // Nobody to tell refuses before anything is written, so the transaction goes on with the fallback.
  try {
    return await message(input.to)
  } catch {
    try {
      return await message(tell.fallback)
    } catch {
      req.payload.logger.warn({ msg: `${slug} ${doc.id}: nobody to tell at site ${input.site}` })
      return undefined
    }
  }
}

/**
 * The batch form of `tellAbout` (for a deadline's `runMany`): the messages about many records written
 * set-wise by `sendMessages` — the rows `tellAbout` writes for each in turn —, the sites' time zones read
 * in one statement. When one of them has nobody to tell (refused before anything is written) or cannot be sent
 * set-wise, each record is told in turn by `tellAbout`, with its fallback.
 */
export async function tellMany(req: PayloadRequest, slug: string, items: { doc: FormDoc; tell: Tell }[]): Promise<(Sent | undefined)[]> {
  const sites = await sitesInfo(req.payload, items.map(({ doc }) => siteOf(doc)), req)
  const inputs: MessageInput[] = []
  for (const { doc, tell } of items) inputs.push(await messageOf(slug, doc, tell, async (site) => sites.get(site)!.timeZone))
  const sent = await sendMessages(req, inputs).catch((error: unknown) => {
    if (error instanceof APIError && error.status < 500) return undefined
    throw error
  })
  if (sent) return sent
  const told: (Sent | undefined)[] = []
  for (const { doc, tell } of items) told.push(await tellAbout(req, slug, doc, tell))
  return told
}

/** The message a tell sends about `doc`: its dates shown in the site's zone, a link back to the record. */
async function messageOf(slug: string, doc: FormDoc, tell: Tell, zoneOf: (site: number | undefined) => Promise<string>): Promise<MessageInput> {
  const site = siteOf(doc)
  const dates: Record<string, string> = {}
  if (tell.dates && Object.keys(tell.dates).length) {
    const timeZone = await zoneOf(site)
    for (const [k, v] of Object.entries(tell.dates)) dates[k] = v ? shortDateTime(v, timeZone) : ''
  }
  return { site, title: tell.title, body: tell.body, values: { ...tell.values, ...dates }, to: tell.to.filter(isRecipient), related: tell.related ?? { collection: slug, id: doc.id } }
}
