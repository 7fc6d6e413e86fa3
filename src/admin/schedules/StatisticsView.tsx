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
import { fill, L, pick, type Label } from '../../lib/i18n'
import { RangeForm, readRange } from '../shared/RangeForm'
import { sitesOfUser } from './sites'

const words = {
  title: L('前臺接待統計', 'Reception statistics'),
  staff: L('接待人', 'Staff member'),
  total: L('合計', 'Total'),
  workingDays: L('工作日 {n} 天', '{n} working days'),
  quota: L('{figure}(目標 {n}/工作日)', '{figure} (target {n} per working day)'),
  signIn: L('請先登錄', 'Please sign in'),
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
  const range = readRange(sites, searchParams, (to) => format(addDays(parseISO(to), -29), 'yyyy-MM-dd'))
  const { site, from, to } = range
  const form = <RangeForm sites={sites} range={range} lang={i18n.language} />
  if (!range.valid) return template(form)
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
