'use client'
/** JOB-03: tick a routine item from the dashboard (the same PATCH as the edit form). */
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

export function TickButton({ id, label, api }: { id: number; label: string; api: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const tick = async () => {
    setBusy(true)
    setError('')
    const res = await fetch(`${api}/routine-checks/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ done: true }),
    })
    setBusy(false)
    if (!res.ok) setError(((await res.json().catch(() => ({}))) as { errors?: { message: string }[] }).errors?.[0]?.message ?? String(res.status))
    else router.refresh()
  }
  return (
    <>
      <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} disabled={busy} onClick={tick}>
        {label}
      </button>
      {error && <span style={{ color: 'var(--theme-error-500)', marginLeft: 8 }}>{error}</span>}
    </>
  )
}
