/** WF-02 我發佈的任務: the messages I sent and, per message, who has not confirmed yet. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { pick, type Label } from '../../lib/i18n'
import { publishedBy } from './data'
import { words } from './labels'

const cell = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'left' as const, verticalAlign: 'top' as const }

export async function TasksView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const t = (label: Label) => pick(label, i18n.language)
  const published = user ? await publishedBy(payload, user as never) : []
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : i18n.language, { timeZone: 'Asia/Shanghai' })
  return (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0' }}>{t(words.tasks)}</h1>
        {!user && <p>{t(words.signIn)}</p>}
        {user && !published.length && <p>{t(words.tasksEmpty)}</p>}
        {published.length > 0 && (
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                <th style={cell}>{t(words.sent)}</th>
                <th style={cell}>{t(words.title)}</th>
                <th style={cell}>{t(words.recipients)}</th>
                <th style={cell}>{t(words.notConfirmed)}</th>
              </tr>
            </thead>
            <tbody>
              {published.map((m) => (
                <tr key={m.id}>
                  <td style={cell}>{when(m.createdAt)}</td>
                  <td style={cell}>
                    <a href={`${payload.config.routes.admin}/collections/messages/${m.id}`}>{m.title}</a>
                  </td>
                  <td style={cell}>{m.recipients}</td>
                  <td style={cell}>
                    {m.status === 'withdrawn' ? t(words.withdrawn) : m.pending.length ? m.pending.join('、') : t(words.allConfirmed)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
