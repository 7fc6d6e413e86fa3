/**
 * OFFICE-05 辦公用品季度匯總 at /admin/supply-summary: per department and item, what was planned,
 * approved, issued and what remains, for a quarter of a site the person works at; the same table as
 * an Excel file (GET /api/supply-plans/summary?format=xlsx).
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { quarterSummary } from '../../../../collections/office/supply-plans/hooks'
import { L } from '../../../lib/i18n'
import { RangeForm, readPeriod } from '../../shared/RangeForm'
import { sitePage } from '../sitePage'

const words = {
  title: L('辦公用品季度匯總', 'Quarterly supplies summary'),
  xlsx: L('導出 Excel', 'Export to Excel'),
  department: L('部門', 'Department'),
  item: L('物品', 'Item'),
  unit: L('單位', 'Unit'),
  planned: L('計劃數量', 'Planned'),
  approved: L('批准數量', 'Approved'),
  issued: L('已領用', 'Issued'),
  remaining: L('剩餘', 'Remaining'),
  none: L('這個季度還沒有計劃、批准或領用記錄', 'No plan, approval or issue for this quarter yet'),
}

const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px' } as const

export async function SupplySummaryView(props: AdminViewServerProps) {
  const view = await sitePage(props, words.title)
  if ('done' in view) return view.done
  const { req, lang, t, page, sites } = view
  const range = readPeriod(sites, props.searchParams, 'quarter', view.site)
  const { site, period: quarter } = range
  const form = <RangeForm sites={sites} range={range} lang={lang} />
  if (!range.valid) return page(form)
  const rows = await quarterSummary(req, site.id, quarter)
  const columns = ['department', 'item', 'unit', 'planned', 'approved', 'issued', 'remaining'] as const
  return page(
    <>
      {form}
      <p>
        {site.name} · {quarter} ·{' '}
        <a href={`${req.payload.config.routes.api}/supply-plans/summary?quarter=${quarter}&site=${site.id}&format=xlsx`}>{t(words.xlsx)}</a>
      </p>
      {rows.length ? (
        <table className="supply-summary" style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>{columns.map((c) => <th key={c} style={cell}>{t(words[c])}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c} style={{ ...cell, textAlign: typeof r[c] === 'number' ? 'right' : 'left', color: c === 'remaining' && r.remaining <= 0 && r.approved > 0 ? '#dc2626' : undefined }}>{r[c]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t(words.none)}</p>
      )}
    </>,
  )
}
