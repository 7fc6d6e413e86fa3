/** WF-07 待我審批: the forms waiting for my decision, with their summary, decided right here. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { fill, pick, type Label } from '../../lib/i18n'
import { waitingFor } from './data'
import { viewWords } from '../../../hooks/approval/summary'
import { words } from './labels'

const cell = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'left' as const, verticalAlign: 'top' as const }

export async function InboxView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const t = (label: Label) => pick(label, i18n.language)
  const q = (searchParams ?? {}) as Record<string, string | undefined>
  const waiting = user ? await waitingFor(payload, user as never) : []
  return (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0' }}>{t(words.inbox)}</h1>
        {!user && <p>{t(words.signIn)}</p>}
        {q.error && <p style={{ color: 'var(--theme-error-500)' }}>{q.error}</p>}
        {q.done && <p style={{ color: 'var(--theme-success-500)' }}>{t(words.done)}</p>}
        {user && !waiting.length && <p>{t(words.inboxEmpty)}</p>}
        {waiting.map((w) => (
          <section key={`${w.slug}-${w.id}`} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: '1rem', marginBottom: '1rem', maxWidth: 720 }}>
            <h2 style={{ marginTop: 0 }}>
              <a href={`${payload.config.routes.admin}/collections/${w.slug}/${w.id}`}>{w.title}</a>
            </h2>
            {w.compare.length > 0 && (
              <>
                <h3 style={{ margin: '0.5rem 0' }}>{t(viewWords.compare)}</h3>
                <table data-compare style={{ borderCollapse: 'collapse', width: '100%', marginBottom: '0.75rem' }}>
                  <thead>
                    <tr>
                      <th style={cell}>{t(viewWords.item)}</th>
                      <th style={cell}>{t(viewWords.current)}</th>
                      <th style={cell}>{t(viewWords.next)}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {w.compare.map((c) => (
                      <tr key={c.label}>
                        <th style={{ ...cell, width: '35%' }}>{c.label}</th>
                        <td style={cell}>{c.current}</td>
                        <td style={{ ...cell, ...(c.changed ? { fontWeight: 600, color: 'var(--theme-warning-700, #b45309)' } : {}) }}>{c.next}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <tbody>
                {w.rows.map((r) => (
                  <tr key={r.label}>
                    <th style={{ ...cell, width: '35%' }}>{r.label}</th>
                    <td style={cell}>{r.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3 style={{ margin: '0.75rem 0 0.25rem' }}>{t(viewWords.signatures)}</h3>
            {w.signatures.length ? (
              <ol data-signatures style={{ margin: 0, paddingLeft: '1.25rem' }}>
                {w.signatures.map((s, i) => (
                  <li key={i} style={{ marginBottom: 4 }}>
                    {w.round > 1 ? `${fill(t(viewWords.round), { n: s.round })} · ` : ''}
                    <strong>{s.position} {s.signer}</strong> · <span style={{ color: s.decision === 'rejected' ? 'var(--theme-error-500)' : 'var(--theme-success-500)' }}>{s.decisionLabel}</span> · {s.at}
                    <div style={{ whiteSpace: 'pre-wrap' }}>{s.comment || t(viewWords.noComment)}</div>
                  </li>
                ))}
              </ol>
            ) : (
              <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{t(viewWords.noSignatures)}</p>
            )}
            <form method="post" action={`${payload.config.routes.api}/${w.slug}/${w.id}/decide`} style={{ marginTop: '1rem' }}>
              <input type="hidden" name="round" value={w.round} />
              <input type="hidden" name="step" value={w.step} />
              <label>
                {t(words.comment)}
                <textarea name="comment" maxLength={2000} style={{ display: 'block', width: '100%', minHeight: 64 }} />
              </label>
              <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
                <button type="submit" name="decision" value="approved" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
                  {t(words.approve)}
                </button>
                <button type="submit" name="decision" value="rejected" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
                  {t(words.reject)}
                </button>
              </div>
            </form>
          </section>
        ))}
      </Gutter>
    </DefaultTemplate>
  )
}
