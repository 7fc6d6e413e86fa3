/**
 * OFFICE-05 辦公用品季度匯總 at /admin/supply-summary: per department and item, what was planned,
 * approved, issued and what remains, for a quarter of a site the person works at; the same table as
 * an Excel file (GET /api/supply-plans/summary?format=xlsx).
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { quarterSummary } from '../../../../collections/office/supply-plans/hooks'
import { QUARTER, quarterOf } from '../../../../collections/office/affairs-shared'
import { fill, L, pick, type Label } from '../../../lib/i18n'
import { sitesOfUser } from '../../schedules/sites'

const words = {
  title: L('辦公用品季度匯總', 'Quarterly supplies summary'),
  site: L('站點', 'Site'),
  quarter: L('季度', 'Quarter'),
  show: L('查詢', 'Show'),
  xlsx: L('導出 Excel', 'Export to Excel'),
  department: L('部門', 'Department'),
  item: L('物品', 'Item'),
  unit: L('單位', 'Unit'),
  planned: L('計劃數量', 'Planned'),
  approved: L('批准數量', 'Approved'),
  issued: L('已領用', 'Issued'),
  remaining: L('剩餘', 'Remaining'),
  none: L('這個季度還沒有計劃、批准或領用記錄', 'No plan, approval or issue for this quarter yet'),
  badQuarter: L('季度的格式是「年份-Q季度」,例如 2026-Q4', 'A quarter is written year-Qn, e.g. 2026-Q4'),
  signIn: L('請先登錄', 'Please sign in'),
}

const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px' } as const

export async function SupplySummaryView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const lang = i18n.language
  const t = (label: Label, values: Record<string, unknown> = {}) => fill(pick(label, lang), values)
  const template = (children: React.ReactNode) => (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0' }}>{t(words.title)}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  if (!user) return template(<p>{t(words.signIn)}</p>)
  const sites = await sitesOfUser(payload, user)
  if (!sites.length) return template(<p>—</p>)
  const q = (searchParams ?? {}) as Record<string, string | undefined>
  const site = sites.find((s) => String(s.id) === q.site) ?? sites[0]
  const quarter = q.quarter ?? quarterOf(new Date(), site.timeZone)
  const form = (
    <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap', marginBottom: '1.5rem' }}>
      <label>
        {t(words.site)}
        <br />
        <select name="site" defaultValue={String(site.id)}>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
      </label>
      <label>
        {t(words.quarter)}
        <br />
        <input name="quarter" defaultValue={quarter} pattern="\d{4}-Q[1-4]" size={8} />
      </label>
      <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>{t(words.show)}</button>
    </form>
  )
  if (!QUARTER.test(quarter)) return template(<>{form}<p style={{ color: 'var(--theme-error-500)' }}>{t(words.badQuarter)}</p></>)
  const rows = await quarterSummary(req, site.id, quarter)
  const columns = ['department', 'item', 'unit', 'planned', 'approved', 'issued', 'remaining'] as const
  return template(
    <>
      {form}
      <p>
        {site.name} · {quarter} ·{' '}
        <a href={`${payload.config.routes.api}/supply-plans/summary?quarter=${quarter}&site=${site.id}&format=xlsx`}>{t(words.xlsx)}</a>
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
    </>
  )
}
