'use client'
/** The device panel's interactive part: it only calls the /devices routes, which check everything. */
import React, { useCallback, useEffect, useState } from 'react'
import { say, type DeviceWords } from './words'

type Device = { id: number; site: number; name: string; kind: string; driver: string; status?: string; state?: string }
type Json = Record<string, any>

const post = async (path: string, body: unknown): Promise<{ status: number; body: Json }> => {
  const res = await fetch(path, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: res.status, body: await res.json().catch(() => ({})) }
}
const card: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 8, padding: 16, marginBottom: 16 }
const row: React.CSSProperties = { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', margin: '8px 0' }
const btn = 'btn btn--style-primary btn--size-small'
const errorOf = (r: { body: Json }) => r.body?.errors?.[0]?.message as string | undefined

function Gate({ gate, words }: { gate: Device; words: DeviceWords }) {
  const [state, setState] = useState(gate.state ?? '')
  const [message, setMessage] = useState('')
  const [reason, setReason] = useState('')
  const [leaving, setLeaving] = useState(false)
  const [family, setFamily] = useState(false)
  const [plate, setPlate] = useState('')
  const [reminder, setReminder] = useState('')
  const [tick, setTick] = useState(0)

  useEffect(() => {
    const timer = setInterval(async () => {
      const res = await fetch(`/devices/gates/${gate.id}/state`, { credentials: 'include' })
      if (res.ok) setState((await res.json()).state)
      setTick((t) => t + 1)
    }, 2000)
    return () => clearInterval(timer)
  }, [gate.id])

  const send = async (action: string, reminded = false) => {
    const r = await post(`/devices/gates/${gate.id}/command`, { action, reason, vehicle: leaving ? { leaving, family, plate } : undefined, reminded })
    setReminder(r.body.reminder ? errorOf(r) ?? '' : '')
    setMessage(r.status === 200 ? `${words[action as 'open']}:${say(words, 'gate', r.body.state)}` : errorOf(r) ?? String(r.status))
    if (r.body.state) setState(r.body.state)
  }
  return (
    <div style={card} data-testid={`gate-${gate.id}`}>
      <h3 style={{ margin: 0 }}>
        {words.gate}: {gate.name} {gate.status === 'down' ? <span style={{ color: 'var(--theme-error-500)' }}>· {words.down}</span> : null}
      </h3>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <div>
          <div style={row}>
            {words.state}: <strong data-testid="gate-state" data-state={state}>{say(words, 'gate', state)}</strong>
          </div>
          <div style={row}>
            <button type="button" className={btn} style={{ margin: 0 }} onClick={() => send('open')}>{words.open}</button>
            <button type="button" className={btn} style={{ margin: 0 }} onClick={() => send('close')}>{words.close}</button>
            <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => send('stop')}>{words.stop}</button>
          </div>
          <div style={row}>
            <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={words.reason} maxLength={200} />
          </div>
          <div style={row}>
            <label><input type="checkbox" checked={leaving} onChange={(e) => setLeaving(e.target.checked)} /> {words.leaving}</label>
            {leaving ? (
              <>
                <label><input type="checkbox" checked={family} onChange={(e) => setFamily(e.target.checked)} /> {words.family}</label>
                <input value={plate} onChange={(e) => setPlate(e.target.value)} placeholder={words.plate} maxLength={12} size={10} />
              </>
            ) : null}
          </div>
          {reminder ? (
            <div style={{ ...row, background: 'var(--theme-warning-100)', padding: 8 }} role="alert">
              {reminder}
              <button type="button" className={btn} style={{ margin: 0 }} onClick={() => send('open', true)}>{words.remindConfirm}</button>
            </div>
          ) : null}
          <div role="status">{message}</div>
        </div>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={`/devices/gates/${gate.id}/snapshot?t=${tick}`} alt={gate.name} width={320} height={200} style={{ border: '1px solid var(--theme-elevation-150)' }} />
      </div>
    </div>
  )
}

function Wedge({ sites, words }: { sites: { id: number; name: string }[]; words: DeviceWords }) {
  const [site, setSite] = useState(sites[0]?.id)
  const [value, setValue] = useState('')
  const [results, setResults] = useState<string[]>([])
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const cardNumber = value.trim()
    setValue('')
    if (!cardNumber) return
    const r = await post('/devices/reader/swipe', { site, cardNumber })
    const text = r.status === 200 ? (r.body.allowed ? `✓ ${cardNumber} ${words.allowed}` : `✗ ${cardNumber} ${words.refused}:${r.body.reasonText ?? say(words, 'refusal', r.body.reason)}`) : `✗ ${errorOf(r)}`
    setResults((list) => [text, ...list].slice(0, 8))
  }
  return (
    <form style={card} onSubmit={submit}>
      <h3 style={{ margin: 0 }}>{words.swipe}</h3>
      <div style={row}>
        {sites.length > 1 ? (
          <select value={site} onChange={(e) => setSite(Number(e.target.value))}>
            {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        ) : null}
        <input data-testid="wedge" value={value} onChange={(e) => setValue(e.target.value)} placeholder={words.swipePlaceholder} maxLength={40} autoComplete="off" />
      </div>
      <ul>{results.map((r, i) => <li key={i}>{r}</li>)}</ul>
    </form>
  )
}

function Phone({ phone, words }: { phone: Device; words: DeviceWords }) {
  const [caller, setCaller] = useState('13912345678')
  const [callId, setCallId] = useState('')
  const [message, setMessage] = useState('')
  // A reload mid-call finds the call again: answer / hang up keep working.
  useEffect(() => {
    void (async () => {
      const res = await fetch('/devices/calls/open', { credentials: 'include' })
      if (!res.ok) return
      const open = ((await res.json()).calls as { device?: number; pbxId?: string; status: string }[]).find((c) => c.device === phone.id && c.pbxId)
      if (open) {
        setCallId(open.pbxId!)
        setMessage(open.status === 'ringing' ? words.ringing : words.answered)
      }
    })()
  }, [phone.id, words])
  const simulate = async (action: string) => {
    const r = await post(`/devices/phones/${phone.id}/simulate`, { action, caller, callId })
    if (r.body.callId) setCallId(r.body.callId)
    const done: Record<string, string> = { ring: words.ringing, answer: words.answered, hangup: words.ended }
    setMessage(r.status === 200 ? done[action] ?? '' : errorOf(r) ?? '')
  }
  const forward = async (on: boolean) => {
    const r = await post(`/devices/phones/${phone.id}/forwarding`, { on })
    // The command's technical result (what the PBX read back) stays in the device-command record.
    setMessage(r.status === 200 ? (r.body.state === 'failed' ? `${on ? words.forwardingOn : words.forwardingOff}:${words.failed}` : on ? words.forwardingDone : words.forwardingCancelled) : errorOf(r) ?? '')
  }
  return (
    <div style={card}>
      <h3 style={{ margin: 0 }}>{words.phone}: {phone.name} {phone.status === 'down' ? `· ${words.down}` : ''}</h3>
      {phone.driver === 'simulator' ? (
        <div style={row}>
          <input value={caller} onChange={(e) => setCaller(e.target.value)} maxLength={32} size={14} />
          <button type="button" className={btn} style={{ margin: 0 }} onClick={() => simulate('ring')}>{words.simulateRing}</button>
          <button type="button" className={btn} style={{ margin: 0 }} disabled={!callId} onClick={() => simulate('answer')}>{words.answer}</button>
          <button type="button" className={btn} style={{ margin: 0 }} disabled={!callId} onClick={() => simulate('hangup')}>{words.hangup}</button>
        </div>
      ) : null}
      <div style={row}>
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => forward(true)}>{words.forwardingOn}</button>
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => forward(false)}>{words.forwardingOff}</button>
      </div>
      <div role="status">{message}</div>
    </div>
  )
}

export function DevicesPanel({ words, sites, admin }: { words: DeviceWords; sites: { id: number; name: string }[]; admin: string }) {
  const [devices, setDevices] = useState<Device[] | null>(null)
  const load = useCallback(async () => {
    const res = await fetch('/devices/panel', { credentials: 'include' })
    if (res.ok) setDevices((await res.json()).devices)
  }, [])
  useEffect(() => {
    void load()
  }, [load])
  if (!devices) return null
  return (
    <div>
      {devices.length === 0 ? <p>{words.none}</p> : null}
      {devices.filter((d) => d.kind === 'gate').map((g) => <Gate key={g.id} gate={g} words={words} />)}
      <Wedge sites={sites} words={words} />
      {devices.filter((d) => d.kind === 'phone').map((p) => <Phone key={p.id} phone={p} words={words} />)}
      <p>
        <a href={`${admin}/collections/device-commands`}>{words.commands}</a> · <a href={`${admin}/collections/calls`}>{words.callLog}</a>
      </p>
    </div>
  )
}
