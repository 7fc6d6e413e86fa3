'use client'
/**
 * The workflow of the record in the edit view (GET /api/<slug>/:id/workflow), shared by the bar, the
 * Save button and the history panel: one request per version of the record (it is asked again after
 * a save changes `updatedAt`).
 */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { WorkflowView } from './panel'

const pending = new Map<string, { at: number; promise: Promise<WorkflowView | { error: string }> }>()

function load(url: string): Promise<WorkflowView | { error: string }> {
  const cached = pending.get(url)
  if (cached && Date.now() - cached.at < 5000) return cached.promise
  const promise = fetch(url, { credentials: 'include', headers: { accept: 'application/json' }, cache: 'no-store' }).then(async (res) => {
    const body = await res.json().catch(() => ({}))
    if (!res.ok) return { error: String(body?.errors?.[0]?.message ?? res.statusText) }
    return body as WorkflowView
  }).catch((e: unknown) => ({ error: String((e as Error)?.message ?? e) }))
  pending.set(url, { at: Date.now(), promise })
  return promise
}

export function useWorkflow(): { slug?: string; id?: number | string; api: string; view?: WorkflowView; error?: string } {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}`
  const version = String((data as { updatedAt?: string } | undefined)?.updatedAt ?? '')
  const [state, setState] = useState<{ key: string; view?: WorkflowView; error?: string }>({ key: '' })
  const key = id != null && collectionSlug ? `${api}/workflow?v=${encodeURIComponent(version)}` : ''
  useEffect(() => {
    if (!key) return
    let live = true
    load(key).then((result) => {
      if (!live) return
      if ('error' in result) setState({ key, error: result.error })
      else setState({ key, view: result })
    })
    return () => {
      live = false
    }
  }, [key])
  return { slug: collectionSlug, id, api, view: state.view, error: state.error }
}
