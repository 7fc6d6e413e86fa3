/**
 * A plain, read-only view of a `code` or `json` field (set for every such field by
 * src/lib/adminViews.ts): Payload's code editor (Monaco) loads itself from a CDN on the internet, so
 * an offline desk saw these fields blank. Here nothing is fetched: JSON is shown formatted, an HTML
 * mail body is shown as the mail reads (in a sandboxed frame that may load nothing), with its source
 * underneath, and a mail's attachments as a list that downloads from the stored content.
 */
import type { Payload } from 'payload'
import React from 'react'
import { pick, type Label } from '../lib/i18n'
import { words } from './workflow/labels'

type Props = {
  payload?: Payload
  i18n?: { language?: string }
  value?: unknown
  path?: string
  field?: { name?: string; label?: unknown; admin?: { language?: string } }
  clientField?: { label?: unknown }
}

const labelOf = ({ field, clientField, i18n }: Props) => {
  const raw = (clientField?.label ?? field?.label) as Label | string | undefined
  return typeof raw === 'object' && raw ? pick(raw, i18n?.language) : (raw ?? field?.name ?? '')
}

const box: React.CSSProperties = { whiteSpace: 'pre-wrap', wordBreak: 'break-word', background: 'var(--theme-elevation-50)', padding: '8px 12px', borderRadius: 4, fontSize: 13, maxHeight: 480, overflow: 'auto', margin: 0 }

function Frame({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <label className="field-label">{label}</label>
      {children}
    </div>
  )
}

/** Nothing inside the frame may reach the network: only inline styles and embedded (data:) images. */
const offline = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`

export function PlainCodeField(props: Props) {
  const { value, field, i18n } = props
  const lang = i18n?.language
  const empty = value == null || value === ''
  if (field?.admin?.language === 'html' && typeof value === 'string' && value) {
    return (
      <Frame label={labelOf(props)}>
        <iframe sandbox="" title={labelOf(props)} srcDoc={offline + value} style={{ width: '100%', minHeight: 360, border: '1px solid var(--theme-elevation-150)', background: '#fff' }} />
        <details style={{ marginTop: 8 }}>
          <summary>{pick(words.source, lang)}</summary>
          <pre style={box}>{value}</pre>
        </details>
      </Frame>
    )
  }
  if (field?.name === 'attachments' && Array.isArray(value)) return <Attachments {...props} />
  const text = empty ? '—' : typeof value === 'string' ? value : JSON.stringify(value, null, 2)
  return (
    <Frame label={labelOf(props)}>
      <pre style={box}>{text}</pre>
    </Frame>
  )
}

type Attachment = { filename?: string; content?: string; encoding?: string; contentType?: string; path?: string }

function Attachments(props: Props) {
  const lang = props.i18n?.language
  const list = (props.value as Attachment[]).filter((a) => a && typeof a === 'object')
  const size = (a: Attachment) => (a.content ? (a.encoding === 'base64' ? Math.floor((a.content.length * 3) / 4) : a.content.length) : 0)
  const href = (a: Attachment) =>
    a.content ? `data:${a.contentType || 'application/octet-stream'}${a.encoding === 'base64' ? ';base64' : ''},${a.encoding === 'base64' ? a.content : encodeURIComponent(a.content)}` : undefined
  return (
    <Frame label={labelOf(props)}>
      {list.length ? (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {list.map((a, i) => (
            <li key={i}>
              {href(a) ? (
                <a href={href(a)} download={a.filename || undefined}>
                  {a.filename || pick(words.attachment, lang)}
                </a>
              ) : (
                a.filename || pick(words.attachment, lang)
              )}{' '}
              <span style={{ color: 'var(--theme-elevation-500)' }}>({Math.max(1, Math.round(size(a) / 1024))} KB)</span>
            </li>
          ))}
        </ul>
      ) : (
        <pre style={box}>—</pre>
      )}
    </Frame>
  )
}
