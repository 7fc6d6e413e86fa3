/** WF-07 待我審批: the forms waiting for my decision, with their summary, decided right here. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { pick, type Label } from '../../lib/i18n'
import { waitingFor } from './data'
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
