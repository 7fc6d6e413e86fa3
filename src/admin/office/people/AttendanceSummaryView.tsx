/**
 * OFFICE-10 考勤月匯總 at /admin/attendance-summary: per person of the site, the month's days present
 * (paper register), days late and leave days (approved leave slips), with its XLSX
 * (GET /api/attendance/summary). Custom views are public by default: `sitePage` checks the person and
 * offers only their own sites.
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { monthlySummary, summaryWords } from '../../../../collections/office/attendance/summary'
import { L } from '../../../lib/i18n'
import { RangeForm, readPeriod } from '../../shared/RangeForm'
import { sitePage } from '../sitePage'

const words = {
  download: L('下載 XLSX', 'Download XLSX'),
  note: L('出勤天數按紙本考勤登記表補錄的天數計算;請假天數為已批准請假條在本月的工作日。', 'Days present count the days entered from the paper register; leave days are the working days of approved leave slips in the month.'),
}

const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'left' as const }

export async function AttendanceSummaryView(props: AdminViewServerProps) {
  const view = await sitePage(props, summaryWords.title)
  if ('done' in view) return view.done
  const { req, lang, t, page, sites } = view
  const range = readPeriod(sites, props.searchParams, 'month', view.site)
  const { site, period: month } = range
  if (!range.valid) return page(<RangeForm sites={sites} range={range} lang={lang} />)
  const rows = await monthlySummary(req.payload, site.id, month, lang)
  return page(
    <>
      <RangeForm sites={sites} range={range} lang={lang}>
        <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={`${req.payload.config.routes.api}/attendance/summary?site=${site.id}&month=${month}&format=xlsx`}>
          {t(words.download)}
        </a>
      </RangeForm>
      <p style={{ color: 'var(--theme-elevation-600)' }}>{site.name} · {month} · {t(words.note)}</p>
      <table className="attendance-summary" style={{ borderCollapse: 'collapse', width: '100%' }}>
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
