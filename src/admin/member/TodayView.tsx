/**
 * MEMBER-02 / MEMBER-03 今日會員服務: what the desk starts the day with — per staff member today's and
 * tomorrow's appointments against the morning meeting's target, the files of today's expected
 * customers (birthday, tier, sessions left, contract), today's birthdays with the tier's gift, and
 * the scripts the person still has to acknowledge (MEMBER-06).
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { morningList, type StaffDay } from '../../../collections/member/appointments/morning'
import { fill, pick, type Label } from '../../lib/i18n'
import { chosenSite } from '../care/site'
import { words } from './words'

const cell = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'left' as const }

export async function MemberTodayView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const lang = i18n.language
  const t = (label: Label, values: Record<string, unknown> = {}) => fill(pick(label, lang), values)
  const { site } = user ? await chosenSite(req, searchParams) : { site: undefined }
  const admin = payload.config.routes.admin
  const m = site ? await morningList(payload, site.id, undefined, { lang }) : undefined
  const acks = site && user ? (await payload.count({ collection: 'acknowledgements' as never, where: { and: [{ staff: { equals: user.id } }, { status: { equals: 'pending' } }] }, overrideAccess: true })).totalDocs : 0
  const board = (rows: StaffDay[], day: string) => (
    <table style={{ borderCollapse: 'collapse', width: '100%', marginBottom: '1rem' }}>
      <thead>
        <tr>{[words.staff, words.target, words.booked, words.kept, words.noShow, words.progress].map((w, i) => <th key={i} style={cell}>{t(w)}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <td style={cell}>{s.name}</td>
            <td style={cell}>{s.target ?? <a href={`${admin}/collections/daily-targets/create`}>{t(words.noTarget)}</a>}</td>
            <td style={cell}>{s.booked}</td>
            <td style={cell}>{s.kept}</td>
            <td style={cell}>{s.noShow}</td>
            <td style={cell}>
              <div style={{ background: 'var(--theme-elevation-100)', height: 8, width: 160, borderRadius: 4 }}>
                <div style={{ background: s.target && s.kept >= s.target ? '#1e6b34' : '#d08a00', height: 8, width: `${Math.min(100, ((day === m?.day ? s.kept : s.booked) / Math.max(1, s.target ?? 0)) * 100)}%`, borderRadius: 4 }} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>{t(words.today)}{site && m ? ` · ${site.name} · ${m.day}` : ''}</h1>
        {!user && <p>{t(words.signIn)}</p>}
        {user && !site && <p>{t(words.noSite)}</p>}
        {acks > 0 && (
          <p style={{ background: '#fef3c7', padding: '0.5rem 0.75rem', borderRadius: 4 }}>
            <a href={`${admin}/collections/acknowledgements?where[status][equals]=pending&where[staff][equals]=${user!.id}`}>{t(words.acks, { n: acks })}</a>
          </p>
        )}
        {m && (
          <>
            <h2>{t(words.birthdays)}</h2>
            {m.birthdays.length ? (
              <table style={{ borderCollapse: 'collapse', width: '100%', marginBottom: '1rem' }}>
                <thead><tr>{[words.name, words.tier, words.gift, words.given].map((w, i) => <th key={i} style={cell}>{t(w)}</th>)}</tr></thead>
                <tbody>
                  {m.birthdays.map((b) => (
                    <tr key={b.member}>
                      <td style={cell}><a href={`${admin}/collections/members/${b.member}`}>🎂 {b.name}</a> {b.phone ?? ''}</td>
                      <td style={cell}>{b.tier ?? ''}</td>
                      <td style={cell}>{b.gift ?? ''}</td>
                      <td style={cell}>{b.given ? `✓ ${t(words.given)}` : <a href={`${admin}/collections/birthday-gifts/create`}>{t(words.give)}</a>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : <p>{t(words.none)}</p>}
            {m.weekBirthdays.filter((b) => b.inDays > 0).length > 0 && (
              <p>{t(words.week)}:{m.weekBirthdays.filter((b) => b.inDays > 0).map((b) => `${b.name}(${t(words.inDays, { n: b.inDays })}${b.tier ? ` · ${b.tier}` : ''})`).join('、')}</p>
            )}
            <h2>{t(words.targets)}</h2>
            {m.today.length ? board(m.today, m.day) : <p>{t(words.none)}</p>}
            <p><a href={`${admin}/collections/daily-targets/create`}>{t(words.setTarget)}</a></p>
            <h2>{t(words.files)}</h2>
            {m.files.length ? (
              <table style={{ borderCollapse: 'collapse', width: '100%', marginBottom: '1rem' }}>
                <thead><tr>{[words.time, words.name, words.staff, words.glance, words.notes].map((w, i) => <th key={i} style={cell}>{t(w)}</th>)}</tr></thead>
                <tbody>
                  {m.files.map((f, i) => (
                    <tr key={`${f.id}-${i}`}>
                      <td style={cell}>{f.time}</td>
                      <td style={cell}><a href={`${admin}/collections/members/${f.id}`}>{f.name}</a></td>
                      <td style={cell}>{f.staff}</td>
                      <td style={cell}>{f.text}</td>
                      <td style={cell}>{f.notes ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : <p>{t(words.none)}</p>}
            <h2>{t(words.tomorrow)}</h2>
            {m.tomorrowBoard.length ? board(m.tomorrowBoard, m.tomorrow) : <p>{t(words.none)}</p>}
            <p><a href={`${admin}/collections/daily-reports/create`}>{t(words.report)}</a></p>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
