/**
 * A field holding a collection slug (the form a signature, message, call task or mail is about) shows
 * the form's name in the reader's language — 護理費用變更書, never `fee-changes` — in the edit view and
 * the list. A slug that is not a collection (e.g. the daily digest) has its words in `relatedNames`.
 */
import { TextInput } from '@payloadcms/ui'
import type { Payload } from 'payload'
import React from 'react'
import { pick } from '../../lib/i18n'
import { collectionName } from './labels'

export { collectionName }

type Props = {
  payload: Payload
  i18n?: { language?: string }
  value?: unknown
  path?: string
  field?: { name?: string; label?: unknown }
  clientField?: { label?: unknown }
  cellData?: unknown
}

export function CollectionField({ payload, i18n, value, path, field, clientField }: Props) {
  const lang = i18n?.language
  const raw = (clientField?.label ?? field?.label) as Record<string, string> | string | undefined
  const label = typeof raw === 'object' && raw ? pick(raw as never, lang) : raw
  return <TextInput path={path ?? field?.name ?? 'collection'} label={label} value={collectionName(payload, value, lang)} readOnly />
}

export function CollectionCell({ payload, i18n, cellData }: Props) {
  return <span>{collectionName(payload, cellData, i18n?.language)}</span>
}
