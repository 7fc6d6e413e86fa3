/**
 * MEMBER-04 日報表 for any range (/admin/member-reports): per day the customers, deals and their amount,
 * consultations that did not close and no-shows, the totals and the chart the 19:30 e-mail carries.
 * Custom views are public by default: this one checks the person and offers only their member sites.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { chartSvg, rangeFigures } from '../../../collections/member/daily-reports/figures'
import { shiftDay } from '../../lib/calendar'
import { fill, L, pick, type Label } from '../../lib/i18n'
import { sitesOfUser } from '../schedules/sites'
import { RangeForm, readRange } from '../shared/RangeForm'

export const reportWords = {
  title: L('會員日報表(任意日期範圍)', 'Member daily reports (any range)'),
  nav: L('日報表統計', 'Daily report figures'),
  signIn: L('請先登錄', 'Please sign in'),
  noSite: L('沒有開通會員服務的站點', 'No site with the member desk'),
  day: L('日期', 'Day'),
  customers: L('到店顧客', 'Customers'),
  deals: L('成交', 'Deals'),
  amount: L('成交金額(元)', 'Amount (元)'),
  notClosed: L('未成交', 'Not closed'),
  noShows: L('爽約', 'No-shows'),
  total: L('合計', 'Total'),
  open: L('當日日報表', 'That day’s report'),
} satisfies Record<string, Label>

const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px' } as const

export async function MemberReportsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const lang = i18n.language
  const t = (label: Label, values: Record<string, unknown> = {}) => fill(pick(label, lang), values)
  const admin = payload.config.routes.admin
  const template = (children: React.ReactNode) => (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0' }}>{t(reportWords.title)}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  if (!user) return template(<p>{t(reportWords.signIn)}</p>)
  const mine = await sitesOfUser(payload, user)
  const { docs } = await payload.find({ collection: 'sites', where: { and: [{ id: { in: mine.map((s) => s.id).concat(0) } }, { modules: { in: ['member'] } }] }, depth: 0, pagination: false, overrideAccess: true })
  const sites = mine.filter((s) => docs.some((d) => d.id === s.id))
  if (!sites.length) return template(<p>{t(reportWords.noSite)}</p>)
  const range = readRange(sites, searchParams, (to) => shiftDay(to, -29))
  const { site, from, to } = range
  const form = <RangeForm sites={sites} range={range} lang={lang} />
  if (!range.valid) return template(form)
  const days = await rangeFigures(payload, site.id, from, to)
  const total = days.reduce((s, d) => ({ customers: s.customers + d.customers, deals: s.deals + d.deals, amount: Math.round((s.amount + d.amount) * 100) / 100, notClosed: s.notClosed + d.notClosed, noShows: s.noShows + d.noShows }), { customers: 0, deals: 0, amount: 0, notClosed: 0, noShows: 0 })
  const columns = ['customers', 'deals', 'amount', 'notClosed', 'noShows'] as const
  return template(
    <>
      {form}
      <p>{site.name} · {from} – {to}</p>
      <div dangerouslySetInnerHTML={{ __html: chartSvg(days, lang) }} style={{ marginBottom: '1rem', overflowX: 'auto' }} />
      <table className="member-reports" style={{ borderCollapse: 'collapse', marginBottom: '1.5rem' }}>
        <thead>
          <tr>{[reportWords.day, ...columns.map((c) => reportWords[c])].map((w, i) => <th key={i} style={cell}>{t(w)}</th>)}</tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day} data-day={d.day}>
              <td style={cell}>
                <a href={`${admin}/collections/daily-reports?where[site][equals]=${site.id}&where[dayKey][equals]=${d.day}`} title={t(reportWords.open)}>{d.day}</a>
              </td>
              {columns.map((c) => <td key={c} style={{ ...cell, textAlign: 'right' }}>{d[c]}</td>)}
            </tr>
          ))}
          <tr className="member-reports__total" style={{ fontWeight: 600 }}>
            <td style={cell}>{t(reportWords.total)}</td>
            {columns.map((c) => <td key={c} style={{ ...cell, textAlign: 'right' }}>{total[c]}</td>)}
          </tr>
        </tbody>
      </table>
    </>,
  )
}
