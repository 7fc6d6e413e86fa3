'use client'
/**
 * DEV-04 the incoming-call pop-up: listens to /devices/live (server-sent events, the admin session
 * cookie) and shows the caller's number and who they are to the home (张明 · 张桂兰的家属) within a
 * second; answer and hang up (a simulated phone); after the call the desk types the note, saved into
 * the call log. On connecting (a reload included) the server replays the open calls, so the pop-up is
 * rebuilt and its buttons still work. At a site whose desk keeps its own phone log (OFFICE-01: the
 * company's 接聽電話記錄簿), 登記 opens a new entry filled from the call (/devices/calls/:id/log).
 */
import React, { useEffect, useState } from 'react'
import { say, type DeviceWords } from './words'

type Role = Record<string, string>
type Call = { id: number; site?: number; number: string; status: string; known?: { kind: string; name: string; role?: Role | string }[]; device?: number; controllable?: boolean }

const box: React.CSSProperties = {
  position: 'fixed', right: 16, bottom: 16, width: 320, zIndex: 1000, padding: 16, borderRadius: 8,
  background: 'var(--theme-elevation-0)', border: '2px solid var(--theme-success-500, #2a7)', boxShadow: '0 6px 24px rgba(0,0,0,.25)',
}

const CONNECT_AFTER_MS = 2500

export function CallPopup({ words, admin, lang = 'zh', logSites = [] }: { words: DeviceWords; admin: string; lang?: string; logSites?: number[] }) {
  const [call, setCall] = useState<Call | null>(null)
  const [note, setNote] = useState('')
  const [saved, setSaved] = useState(false)
  const [problem, setProblem] = useState('')

  useEffect(() => {
    let source: EventSource | undefined
    // Connect once the page has settled (a page is not "idle" while a stream is open); the server
    // replays the calls still ringing, so a call that starts meanwhile is not missed.
    const timer = setTimeout(() => {
      source = new EventSource('/devices/live', { withCredentials: true })
      source.addEventListener('call', onCall)
    }, CONNECT_AFTER_MS)
    const onCall = (e: Event) => {
      const { call: raw, site } = JSON.parse((e as MessageEvent).data) as { call: Call; site?: number }
      const next = { ...raw, site: raw.site ?? site }
      setCall((current) => {
        if (!current || current.id !== next.id) {
          setNote('')
          setSaved(false)
          return next
        }
        return { ...current, ...next, known: next.known ?? current.known, controllable: next.controllable ?? current.controllable }
      })
    }
    return () => {
      clearTimeout(timer)
      source?.close()
    }
  }, [])

  if (!call) return null
  const save = async () => {
    const res = await fetch(`/api/calls/${call.id}`, { method: 'PATCH', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ note }) })
    setSaved(res.ok)
  }
  const act = async (action: 'answer' | 'hangup') => {
    const res = await fetch(`/devices/calls/${call.id}/${action}`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' })
    const body = await res.json().catch(() => ({}))
    if (res.ok) {
      setProblem('')
      setCall((c) => (c && c.id === call.id ? { ...c, status: body.status ?? c.status } : c))
    } else setProblem(body?.errors?.[0]?.message ?? words.failed)
  }
  const roleOf = (k: { kind: string; role?: Role | string }) =>
    typeof k.role === 'string' ? k.role : k.role ? (k.role[lang] ?? k.role.zh) : say(words, 'caller', k.kind)
  const open = call.status === 'ringing' || call.status === 'answered'
  const status = { ringing: words.ringing, answered: words.answered, ended: words.ended, missed: words.missed }[call.status] ?? call.status
  return (
    <div role="dialog" aria-label={words.incoming} style={box} data-testid="call-popup">
      <strong>{words.incoming}</strong> · <span>{status}</span>
      <div style={{ fontSize: 22, margin: '8px 0' }}>{call.number || words.unknown}</div>
      {call.known?.length ? (
        <div>
          {words.known}: <span data-testid="call-known">{call.known.map((k) => `${k.name} · ${roleOf(k)}`).join('、')}</span>
        </div>
      ) : null}
      {open && call.controllable ? (
        <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
          {call.status === 'ringing' ? (
            <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} onClick={() => act('answer')}>
              {words.answer}
            </button>
          ) : null}
          <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => act('hangup')}>
            {words.hangup}
          </button>
        </div>
      ) : null}
      {problem ? <div role="alert" style={{ color: 'var(--theme-error-500)' }}>{problem}</div> : null}
      <textarea value={note} onChange={(e) => setNote(e.target.value)} placeholder={words.note} rows={3} maxLength={2000} style={{ width: '100%', marginTop: 8 }} />
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} onClick={save} disabled={!note}>
          {saved ? words.saved : words.save}
        </button>
        {call.site != null && logSites.includes(call.site) && call.status !== 'ringing' ? (
          <a href={`/devices/calls/${call.id}/log`} className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} data-testid="call-log-entry">
            {words.logCall}
          </a>
        ) : (
          <a href={`${admin}/collections/calls/${call.id}`}>{words.callLog}</a>
        )}
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0, marginLeft: 'auto' }} onClick={() => setCall(null)}>
          {words.dismiss}
        </button>
      </div>
    </div>
  )
}
