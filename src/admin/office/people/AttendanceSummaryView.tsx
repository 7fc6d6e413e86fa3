/**
 * OFFICE-10 考勤月匯總 at /admin/attendance-summary: per person of the site, the month's days present
 * (paper register), days late and leave days (approved leave slips), with its XLSX
 * (GET /api/attendance/summary). Custom views are public by default: this one checks the person and
 * shows only their own sites.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { monthlySummary, summaryWords } from '../../../../collections/office/attendance/summary'
import { localDay } from '../../../lib/calendar'
import { L, pick, type Label } from '../../../lib/i18n'
import { chosenSite } from '../../care/site'

const words = {
  site: L('站點', 'Site'),
  month: L('月份', 'Month'),
  show: L('查詢', 'Show'),
  download: L('下載 XLSX', 'Download XLSX'),
  signIn: L('請先登錄', 'Please sign in'),
  note: L('出勤天數按紙本考勤登記表補錄的天數計算;請假天數為已批准請假條在本月的工作日。', 'Days present count the days entered from the paper register; leave days are the working days of approved leave slips in the month.'),
}

const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'left' as const }

export async function AttendanceSummaryView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const lang = i18n.language
  const t = (label: Label) => pick(label, lang)
  const template = (children: React.ReactNode) => (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0' }}>{t(summaryWords.title)}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  if (!user) return template(<p>{t(words.signIn)}</p>)
  const { sites, site } = await chosenSite(req, searchParams as Record<string, unknown>)
  if (!site) return template(<p>—</p>)
  const asked = String((searchParams as Record<string, unknown> | undefined)?.month ?? '')
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : localDay(new Date(), site.timeZone).slice(0, 7)
  const rows = await monthlySummary(payload, site.id, month, lang)
  return template(
    <>
      <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap', marginBottom: '1rem' }}>
        {sites.length > 1 && (
          <label>
            {t(words.site)}
            <br />
            <select name="site" defaultValue={String(site.id)}>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>{s.name}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t(words.month)}
          <br />
          <input type="month" name="month" defaultValue={month} />
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>{t(words.show)}</button>
        <a className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} href={`${payload.config.routes.api}/attendance/summary?site=${site.id}&month=${month}&format=xlsx`}>
          {t(words.download)}
        </a>
      </form>
      <p style={{ color: 'var(--theme-elevation-600)' }}>{site.name} · {month} · {t(words.note)}</p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {[summaryWords.department, summaryWords.name, summaryWords.present, summaryWords.late, summaryWords.leave].map((w, i) => (
              <th key={i} style={cell}>{t(w)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.person}>
              <td style={cell}>{r.department}</td>
              <td style={cell}>{r.name}</td>
              <td style={cell}>{r.present}</td>
              <td style={cell}>{r.late}</td>
              <td style={cell}>{r.leave}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>,
  )
}
