'use client'
/**
 * The workflow bar of a form's edit view, before the Save button: the actions the signed-in person may
 * take now (computed on the server, GET /api/<slug>/:id/workflow) and the print button. An action that
 * asks for a comment (approve, reject) opens a dialog first. After an action the view reloads, so
 * that the fields, their read-only state, the bar and the history all show the new state.
 */
import { Button, toast, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'
import type { BarAction } from './panel'
import { useWorkflow } from './useWorkflow'

const bar: React.CSSProperties = { display: 'flex', gap: 'calc(var(--base) / 2)', alignItems: 'center', flexWrap: 'wrap' }

export function ActionBar() {
  const { id, slug, view } = useWorkflow()
  const { unlockDocument } = useDocumentInfo()
  const modified = useFormModified()
  const dialog = useRef<HTMLDialogElement>(null)
  const [asking, setAsking] = useState<BarAction | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  if (id == null || !view) return null

  const run = async (action: BarAction, text?: string) => {
    setBusy(true)
    try {
      const res = await fetch(action.url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ ...action.body, ...(text ? { comment: text } : {}) }),
      })
      if (!res.ok) {
        const body = await res.json().catch(() => ({}))
        toast.error(String(body?.errors?.[0]?.message ?? res.statusText))
        setBusy(false)
        return
      }
      dialog.current?.close()
      // The person is done with the record: their edit lock (if any) must not hold the next signer up.
      if (slug) await unlockDocument(id, slug).catch(() => undefined)
      toast.success(`${action.label} · ${view.words.done}`)
      window.location.reload()
    } catch (error) {
      toast.error(String((error as Error)?.message ?? error))
      setBusy(false)
    }
  }

  const start = (action: BarAction) => {
    if (!action.comment || action.comment === 'none') return void run(action)
    setAsking(action)
    setComment('')
    dialog.current?.showModal()
  }

  const needed = asking?.comment === 'required'
  return (
    <div className="workflow-bar" style={bar}>
      {view.actions.map((action) => {
        const blocked = action.key === 'resubmit' && modified
        return (
          <Button
            key={action.key}
            buttonStyle={action.tone === 'primary' ? 'primary' : 'secondary'}
            size="medium"
            margin={false}
            disabled={busy || blocked}
            tooltip={blocked ? view.words.saveFirst : undefined}
            extraButtonProps={{ 'data-action': action.key }}
            onClick={() => start(action)}
          >
            {action.label}
          </Button>
        )
      })}
      {view.print && (
        <Button el="anchor" url={view.print.url} newTab buttonStyle="secondary" size="medium" margin={false} extraButtonProps={{ 'data-action': 'print' }}>
          {view.print.label}
        </Button>
      )}
      <dialog ref={dialog} className="workflow-bar__dialog" onClose={() => setAsking(null)} style={{ position: 'fixed', inset: 0, margin: 'auto', height: 'fit-content', width: 'min(32rem, 92vw)', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)', padding: 'var(--base)', background: 'var(--theme-bg)', color: 'var(--theme-text)', boxShadow: '0 8px 32px rgba(0, 0, 0, 0.2)' }}>
        {asking && (
          <div style={{ display: 'flex', flexDirection: 'column', gap: 'calc(var(--base) / 2)' }}>
            <strong>{asking.label}</strong>
            <label htmlFor="workflow-comment">{needed ? view.words.commentRequired : view.words.comment}</label>
            <textarea
              id="workflow-comment"
              name="comment"
              maxLength={2000}
              rows={4}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              style={{ width: '100%', font: 'inherit', padding: 'calc(var(--base) / 3)' }}
            />
            <div style={bar}>
              <Button
                buttonStyle="primary"
                size="medium"
                margin={false}
                disabled={busy || (needed && !comment.trim())}
                extraButtonProps={{ 'data-action': 'confirm' }}
                onClick={() => run(asking, comment.trim())}
              >
                {view.words.confirm}
              </Button>
              <Button buttonStyle="secondary" size="medium" margin={false} disabled={busy} onClick={() => dialog.current?.close()}>
                {view.words.cancel}
              </Button>
            </div>
          </div>
        )}
      </dialog>
    </div>
  )
}
