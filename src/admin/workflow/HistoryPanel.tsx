'use client'
/**
 * The history panel in the edit view's sidebar: every transition and signature of the record — time
 * (site time, 24-hour), who, position, what, comment, channel, and the values that changed.
 */
import React from 'react'
import { useWorkflow } from './useWorkflow'

const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)', fontSize: '0.85em' }

export function HistoryPanel() {
  const { id, view } = useWorkflow()
  if (id == null || !view) return null
  return (
    <section className="workflow-history" style={{ marginTop: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{view.words.history}</h4>
      {!view.history.length && <p style={muted}>{view.words.historyEmpty}</p>}
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {view.history.map((entry, i) => (
          <li
            key={i}
            className="workflow-history__entry"
            data-decision={entry.decision}
            style={{ borderLeft: `3px solid ${entry.decision === 'rejected' ? 'var(--theme-error-500)' : entry.decision ? 'var(--theme-success-500)' : 'var(--theme-elevation-150)'}`, padding: '0 0 calc(var(--base) / 2) calc(var(--base) / 2)', marginBottom: 'calc(var(--base) / 2)' }}
          >
            <div style={muted}>
              <time>{entry.at}</time> · <span className="workflow-history__channel">{entry.channel}</span>
              {entry.occurred && <> · {entry.occurred}</>}
            </div>
            <div>
              <strong className="workflow-history__who">{entry.who}</strong>
              {entry.position && <span className="workflow-history__position">({entry.position})</span>} · <span className="workflow-history__what">{entry.what}</span>
            </div>
            {entry.comment && <blockquote className="workflow-history__comment" style={{ margin: '0.25em 0', paddingLeft: '0.5em', borderLeft: '2px solid var(--theme-elevation-100)' }}>{entry.comment}</blockquote>}
            {entry.state && <div className="workflow-history__state" style={muted}>{view.words.state}: {entry.state}</div>}
            {entry.changes.length > 0 && (
              <ul className="workflow-history__changes" style={{ margin: '0.25em 0 0', paddingLeft: '1em' }}>
                {entry.changes.map((c, j) => (
                  <li key={j}>
                    {c.field}: {c.from !== undefined ? <>{c.from} → {c.to}</> : c.to}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
