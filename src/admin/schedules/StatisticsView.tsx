/**
 * CARE-23 / JOB-05: the daily digest's figures for any date range and site, in the admin panel at
 * /admin/statistics. Custom views are public by default: this one checks the person and their sites.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { addDays, format, parseISO } from 'date-fns'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { chartSvg } from '../../../jobs/digest/chart'
import { statistics } from '../../../jobs/digest/statistics'
import { localDay } from '../../lib/calendar'
import { fill, L, pick, type Label } from '../../lib/i18n'
import { DAY } from '../../../collections/schedules/labels'
import { sitesOfUser } from './sites'

const words = {
  title: L('前臺接待統計', 'Reception statistics'),
  site: L('站點', 'Site'),
  from: L('從', 'From'),
  to: L('到', 'To'),
  show: L('查詢', 'Show'),
  staff: L('接待人', 'Staff member'),
  total: L('合計', 'Total'),
  workingDays: L('工作日 {n} 天', '{n} working days'),
  quota: L('{figure}(目標 {n}/工作日)', '{figure} (target {n} per working day)'),
  signIn: L('請先登錄', 'Please sign in'),
  badRange: L('日期格式為 YYYY-MM-DD,開始不晚於結束,最長 366 天', 'Dates are YYYY-MM-DD, from not after to, at most 366 days'),
  missing: L('{years} 年尚無節假日安排,只按週末計算休息日', 'No holiday schedule for {years}: only weekends count as days off'),
}

const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px' } as const

export async function StatisticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const t = (label: Label, values: Record<string, unknown> = {}) => fill(pick(label, i18n.language), values)
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
  const today = localDay(new Date(), site.timeZone)
  const to = q.to ?? today
  const from = q.from ?? format(addDays(parseISO(to), -29), 'yyyy-MM-dd')
  const valid = DAY.test(from) && DAY.test(to) && from <= to && addDays(parseISO(from), 366) > parseISO(to)
  const form = (
    <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap', marginBottom: '1.5rem' }}>
      <label>
        {t(words.site)}
        <br />
        <select name="site" defaultValue={String(site.id)}>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(words.from)}
        <br />
        <input type="date" name="from" defaultValue={from} />
      </label>
      <label>
        {t(words.to)}
        <br />
        <input type="date" name="to" defaultValue={to} />
      </label>
      <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
        {t(words.show)}
      </button>
    </form>
  )
  if (!valid) return template(<>{form}<p style={{ color: 'var(--theme-error-500)' }}>{t(words.badRange)}</p></>)
  const stats = await statistics(payload, site.id, from, to)
  const staffMetrics = stats.metrics.filter((m) => m.staffField)
  return template(
    <>
      {form}
      <p>
        {site.name} · {from} – {to} · {t(words.workingDays, { n: stats.workingDays })}
      </p>
      {stats.missingYears.length > 0 && <p style={{ color: 'var(--theme-warning-600)' }}>⚠ {t(words.missing, { years: stats.missingYears.join('、') })}</p>}
      <h3>{t(words.total)}</h3>
      <table style={{ borderCollapse: 'collapse', marginBottom: '1.5rem' }}>
        <thead>
          <tr>{stats.metrics.map((m) => <th key={m.key} style={cell}>{pick(m.label, i18n.language)}</th>)}</tr>
        </thead>
        <tbody>
          <tr>{stats.metrics.map((m) => <td key={m.key} style={{ ...cell, textAlign: 'right' }}>{stats.totals[m.key] ?? 0}</td>)}</tr>
        </tbody>
      </table>
      <h3>{t(words.staff)}</h3>
      <table style={{ borderCollapse: 'collapse', marginBottom: '1.5rem' }}>
        <thead>
          <tr>
            <th style={cell}>{t(words.staff)}</th>
            {staffMetrics.map((m) => <th key={m.key} style={cell}>{pick(m.label, i18n.language)}</th>)}
            {staffMetrics.filter((m) => m.quota).map((m) => <th key={`${m.key}-quota`} style={cell}>{t(words.quota, { figure: pick(m.label, i18n.language), n: m.quota })}</th>)}
          </tr>
        </thead>
        <tbody>
          {stats.staff.map((s) => (
            <tr key={s.id}>
              <td style={cell}>{s.name}</td>
              {staffMetrics.map((m) => <td key={m.key} style={{ ...cell, textAlign: 'right' }}>{s.counts[m.key] ?? 0}</td>)}
              {staffMetrics.filter((m) => m.quota).map((m) => <td key={`${m.key}-quota`} style={{ ...cell, textAlign: 'right' }}>{s.counts[m.key] ?? 0} / {m.quota! * stats.workingDays}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {stats.days.length > 1 && stats.days.length <= 92 && <div dangerouslySetInnerHTML={{ __html: chartSvg(stats, i18n.language) }} />}
    </>,
  )
}
