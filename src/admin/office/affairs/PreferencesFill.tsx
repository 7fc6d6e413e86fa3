'use client'
/**
 * OFFICE-03 in the admin panel: choosing the leader on a travel request fills the preference fields
 * from the leader's stored profile at once (the server fills them again on save, whatever is sent), or
 * says that they are not on file yet and must be asked this once.
 */
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

type Label = Record<string, string>
type Props = { words: { filled: Label; none: Label }; names: string[] }

const idOf = (v: unknown): number | undefined => {
  const raw = v && typeof v === 'object' ? ((v as { id?: unknown; value?: unknown }).id ?? (v as { value?: unknown }).value) : v
  const n = Number(raw)
  return Number.isSafeInteger(n) && n > 0 ? n : undefined
}

export function PreferencesFill({ words, names }: Props) {
  const leader = useFormFields(([fields]) => fields.leader?.value)
  const dispatch = useFormFields(([, d]) => d)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [state, setState] = useState<'filled' | 'none' | null>(null)
  const id = idOf(leader)
  const { id: docId } = useDocumentInfo()
  // A saved request already carries what the server filled in: only a newly chosen leader fills the form.
  const initial = useRef(id)
  const namesKey = names.join(',')
  useEffect(() => {
    if (!id) return setState(null)
    let cancelled = false
    fetch(`${config.serverURL ?? ''}${config.routes.api}/travel-preferences?where[staff][equals]=${id}&limit=1&depth=0`, { credentials: 'include' })
      .then((r) => r.json())
      .then((body: { docs?: Record<string, unknown>[] }) => {
        if (cancelled) return
        const profile = body.docs?.[0]
        if (!profile) return setState('none')
        const saved = docId !== undefined && docId !== null && id === initial.current
        if (!saved) for (const name of namesKey.split(',')) if (profile[name]) dispatch({ type: 'UPDATE', path: `preferences.${name}`, value: profile[name] })
        setState('filled')
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [id, docId, config.serverURL, config.routes.api, dispatch, namesKey])
  if (!state) return null
  const lang = i18n.language
  const text = (words[state][lang] ?? words[state].zh) as string
  return (
    <p className="travel-preferences-fill" style={{ margin: '0 0 1rem', padding: '0.5rem 0.75rem', borderRadius: 4, background: state === 'filled' ? 'var(--theme-success-100)' : 'var(--theme-warning-100)' }}>
      {text}
    </p>
  )
}
