/**
 * A field holding a position slug (the approval's waiting position) shows the position's name in the
 * reader's language — 健康照料部主管, never `health-care-supervisor` — in the edit view and the list.
 */
import { TextInput } from '@payloadcms/ui'
import type { Payload } from 'payload'
import React, { cache } from 'react'
import { pick } from '../../lib/i18n'

/** Position names by slug, read once per request. */
const positionNames = cache(async (payload: Payload) => {
  const { docs } = await payload.find({ collection: 'positions', limit: 500, pagination: false, depth: 0, overrideAccess: true })
  return new Map(docs.map((p) => [String(p.slug), { zh: String(p.name), 'zh-TW': String(p.nameTW), en: String(p.nameEn) }]))
})

async function labelOf(payload: Payload, slug: unknown, lang?: string): Promise<string> {
  if (slug == null || slug === '') return ''
  const name = (await positionNames(payload)).get(String(slug))
  return name ? pick(name, lang) : String(slug)
}

type Props = {
  payload: Payload
  i18n?: { language?: string }
  value?: unknown
  path?: string
  field?: { name?: string; label?: unknown }
  clientField?: { label?: unknown }
  cellData?: unknown
}

export async function PositionField({ payload, i18n, value, path, field, clientField }: Props) {
  const lang = i18n?.language
  const raw = (clientField?.label ?? field?.label) as Record<string, string> | string | undefined
  const label = typeof raw === 'object' && raw ? pick(raw as never, lang) : raw
  return <TextInput path={path ?? field?.name ?? 'position'} label={label} value={await labelOf(payload, value, lang)} readOnly />
}

export async function PositionCell({ payload, i18n, cellData }: Props) {
  return <span>{await labelOf(payload, cellData, i18n?.language)}</span>
}
