/** CARE-03 回訪列表: records rated 有可能 / 很有可能, least recently called first, and today's progress towards 10 calls. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { ratings } from '../../../collections/care/reception-records'
import { followUpList, followUpProgress } from '../../../collections/care/reception-records/hooks'
import { shortDateTime } from '../../lib/format'
import { fill, pick, type Label } from '../../lib/i18n'
import { chosenSite } from './site'
import { words } from './words'
import { prefill } from '../form/prefill'

const cell = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'left' as const }

export async function FollowUpView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const t = (label: Label) => pick(label, i18n.language)
  const { site } = user ? await chosenSite(req, searchParams) : { site: undefined }
  const admin = payload.config.routes.admin
  const rows = site ? await followUpList(payload, site.id) : []
  const progress = site && user ? await followUpProgress(payload, site.id, user.id as number) : undefined
  return (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>{t(words.followUps)}</h1>
        {!user && <p>{t(words.signIn)}</p>}
        {progress && (
          <div className="follow-ups__progress" style={{ margin: '0.5rem 0 1rem' }}>
            {progress.working ? fill(t(words.progress), progress) : t(words.dayOff)}
            {progress.working && (
              <div style={{ background: 'var(--theme-elevation-100)', height: 8, width: 240, borderRadius: 4, marginTop: 4 }}>
                <div style={{ background: progress.met ? '#1e6b34' : '#d08a00', height: 8, width: `${Math.min(100, (progress.done / progress.target) * 100)}%`, borderRadius: 4 }} />
              </div>
            )}
          </div>
        )}
        {user && !rows.length && <p>{t(words.empty)}</p>}
        {rows.length > 0 && (
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                {[words.name, words.phone, words.elder, words.rating, words.received, words.calls, words.lastCall, words.callNow].map((w, i) => (
                  <th key={i} style={cell}>{t(w)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td style={cell}><a href={`${admin}/collections/reception-records/${r.id}`}>{r.visitorName}</a></td>
                  <td style={cell}>{r.visitorPhone ?? ''}</td>
                  <td style={cell}>{r.elderName ?? ''}</td>
                  <td style={cell}>{t(ratings[r.rating as keyof typeof ratings])}</td>
                  <td style={cell}>{shortDateTime(r.receivedAt)}</td>
                  <td style={cell}>{r.calls}</td>
                  <td style={cell}>{r.lastCallAt ? shortDateTime(r.lastCallAt) : t(words.never)}</td>
                  <td style={cell}>
                    <a className="follow-ups__call" href={`${admin}/collections/reception-records/create?${prefill({ type: 'follow-up', followUpOf: r.id })}`}>{t(words.callNow)}</a>
                    {' · '}
                    <a className="follow-ups__reserve" href={`${admin}/collections/reservations/create?${prefill({ receptionRecord: r.id })}`}>{t(words.toReservation)}</a>
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
