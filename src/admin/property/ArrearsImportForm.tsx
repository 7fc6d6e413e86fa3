'use client'
/**
 * PROP-04 the import of finance's arrears list in the admin panel: choose the file (XLSX or CSV, a CSV
 * saved by Excel in GBK is read too), see every row checked — errors named per row — and save only a
 * list without errors (POST /api/arrears/import, first as a preview, then with commit).
 */
import React, { useState } from 'react'

export type ImportWords = Record<'file' | 'site' | 'preview' | 'save' | 'line' | 'unit' | 'owner' | 'fee' | 'amount' | 'since' | 'errors' | 'ok' | 'saved' | 'fix' | 'columns', string>
type Row = { line: number; unitCode: string; owner?: string; feeType?: string; amount?: number; since?: string; errors: string[] }

const toBase64 = (buffer: ArrayBuffer) => {
  let binary = ''
  const bytes = new Uint8Array(buffer)
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** UTF-8 if it decodes cleanly, else GBK (Excel's "CSV" in a Chinese Windows). */
const decodeCsv = (buffer: ArrayBuffer) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    return new TextDecoder('gbk').decode(buffer)
  }
}

export function ArrearsImportForm({ sites, words, fees, apiRoute, listUrl }: { sites: { id: number; name: string }[]; words: ImportWords; fees: Record<string, string>; apiRoute: string; listUrl: string }) {
  const [site, setSite] = useState(sites[0]?.id)
  const [file, setFile] = useState<{ format: 'csv' | 'xlsx'; data: string } | null>(null)
  const [rows, setRows] = useState<Row[] | null>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const choose = async (f: File | undefined) => {
    setRows(null)
    setMessage('')
    if (!f) return setFile(null)
    const buffer = await f.arrayBuffer()
    const xlsx = /\.xlsx$/i.test(f.name)
    setFile({ format: xlsx ? 'xlsx' : 'csv', data: xlsx ? toBase64(buffer) : decodeCsv(buffer) })
  }

  const send = async (commit: boolean) => {
    if (!file || !site) return
    setBusy(true)
    try {
      const res = await fetch(`${apiRoute}/arrears/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ site, format: file.format, file: file.data, commit }),
      })
      const body = await res.json()
      if (body.rows) setRows(body.rows)
      if (res.status === 201) {
        setMessage(words.saved.replace('{n}', String(body.created.length)))
        setFile(null)
      } else if (!res.ok) setMessage(body.errors?.[0]?.message ?? String(res.status))
      else setMessage(body.valid ? words.ok : words.fix.replace('{n}', String(body.errorCount)))
    } finally {
      setBusy(false)
    }
  }

  const valid = rows && rows.length > 0 && rows.every((r) => !r.errors.length)
  const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px' } as const
  return (
    <div>
      <p style={{ color: 'var(--theme-elevation-600)' }}>{words.columns}</p>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap', marginBottom: '1rem' }}>
        {sites.length > 1 && (
          <label>
            {words.site}
            <br />
            <select value={site} onChange={(e) => setSite(Number(e.target.value))}>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>{s.name}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          {words.file}
          <br />
          <input type="file" accept=".xlsx,.csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} disabled={!file || busy} onClick={() => void send(false)}>
          {words.preview}
        </button>
        <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} disabled={!file || !valid || busy} onClick={() => void send(true)}>
          {words.save}
        </button>
      </div>
      {message && <p role="status" style={{ fontWeight: 600 }}>{message} {message.startsWith(words.saved.split('{n}')[0]!) && <a href={listUrl}>→</a>}</p>}
      {rows && rows.length > 0 && (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              {[words.line, words.unit, words.owner, words.fee, words.amount, words.since, words.errors].map((h) => (
                <th key={h} style={{ ...cell, textAlign: 'left' }}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.line} style={{ background: r.errors.length ? 'rgba(220,38,38,0.08)' : undefined }}>
                <td style={cell}>{r.line}</td>
                <td style={cell}>{r.unitCode}</td>
                <td style={cell}>{r.owner ?? ''}</td>
                <td style={cell}>{r.feeType ? fees[r.feeType] : ''}</td>
                <td style={cell}>{r.amount ?? ''}</td>
                <td style={cell}>{r.since ?? ''}</td>
                <td style={{ ...cell, color: '#b91c1c' }}>{r.errors.join(';')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
