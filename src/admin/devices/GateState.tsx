/**
 * DEV-01 a gate's last state read back (stored as the controller's code: closed, opening …) shows in the
 * reader's language — 已关, 正在开门 — in the device's edit view and the list (Issue 11 item 5).
 */
import { TextInput } from '@payloadcms/ui'
import React from 'react'
import { gateStates } from '../../../collections/devices/labels'
import { pick, type Label } from '../../lib/i18n'

export const gateStateIn = (value: unknown, lang?: string): string => {
  if (value == null || value === '') return ''
  const label = (gateStates as Record<string, Label>)[String(value)]
  return label ? pick(label, lang) : String(value)
}

type Props = { i18n?: { language?: string }; value?: unknown; path?: string; field?: { name?: string; label?: unknown }; clientField?: { label?: unknown }; cellData?: unknown }

export function GateStateField({ i18n, value, path, field, clientField }: Props) {
  const lang = i18n?.language
  const raw = (clientField?.label ?? field?.label) as Record<string, string> | string | undefined
  const label = typeof raw === 'object' && raw ? pick(raw as never, lang) : raw
  return <TextInput path={path ?? field?.name ?? 'state'} label={label} value={gateStateIn(value, lang)} readOnly />
}

export function GateStateCell({ i18n, cellData }: Props) {
  return <span>{gateStateIn(cellData, i18n?.language)}</span>
}
