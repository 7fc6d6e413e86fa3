/**
 * PROP-10 回訪率: the follow-up rates of a site per kind over any period, against their targets, as a
 * table and a bar chart, at /admin/follow-up-rates; below them PROP-11's complaint statistics and the
 * follow-up analysis (unsatisfied, repeated complaints, repeated repairs) for the same range. Custom views are public by default: this one
 * checks the person and shows only their own sites.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { format, parseISO, startOfMonth } from 'date-fns'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { followUpRates, type Rates } from '../../../collections/property/follow-ups/rates'
import { followUpKinds } from '../../../collections/property/follow-ups/options'
import { followUpAnalysis } from '../../../collections/property/follow-ups/analysis'
import { complaintStatisticsBetween, monthlySections, quarterlySections } from '../../../collections/property/owner-complaints/statistics'
import { fill, L, pick, type Label } from '../../lib/i18n'
import { RangeForm, readRange } from '../shared/RangeForm'
import { sitesOfUser } from '../schedules/sites'

const words = {
  title: L('回訪率', 'Follow-up rates'),
  kind: L('回訪類別', 'Kind'),
  due: L('應回訪', 'Due'),
  done: L('已回訪', 'Done'),
  onTime: L('按時完成', 'On time'),
  unsatisfied: L('不滿意', 'Unsatisfied'),
  rate: L('回訪率', 'Rate'),
  target: L('要求', 'Target'),
  met: L('達標', 'Met'),
  yes: L('是', 'Yes'),
  no: L('否', 'No'),
  note: L('按回訪期限落在所選期間內的回訪計算(尚未到期且未完成的不計入)。要求可在「投訴與回訪設置」中修改。', 'Counts the follow-ups whose deadline falls in the period (those not yet due and not done are left out). Targets are set under "Complaint and follow-up settings".'),
  signIn: L('請先登錄', 'Please sign in'),
  statistics: L('業主投訴統計', 'Owner complaint statistics'),
  analysis: L('回訪統計分析', 'Follow-up analysis'),
  none: L('無', 'None'),
}

const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px' } as const

/** Bars of each kind's rate with its target as a line (SVG, server-rendered). */
export function ratesChart(rates: Rates, lang: string, width = 640, height = 260): string {
  const pad = { left: 40, bottom: 40, top: 16, right: 10 }
  const h = height - pad.top - pad.bottom
  const group = (width - pad.left - pad.right) / rates.rows.length
  const y = (v: number) => pad.top + h - (h * v) / 100
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
  const parts = [0, 50, 100].map((v) => `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e7eb"/><text x="${pad.left - 6}" y="${y(v) + 4}" font-size="11" text-anchor="end" fill="#6b7280">${v}%</text>`)
  rates.rows.forEach((r, i) => {
    const x = pad.left + i * group + group * 0.2
    const bw = group * 0.6
    parts.push(`<rect x="${x}" y="${y(r.rate)}" width="${bw}" height="${y(0) - y(r.rate)}" fill="${r.met ? '#16a34a' : '#dc2626'}"><title>${r.rate}%</title></rect>`)
    parts.push(`<line x1="${x - 4}" x2="${x + bw + 4}" y1="${y(r.target)}" y2="${y(r.target)}" stroke="#111827" stroke-dasharray="4 2"/>`)
    parts.push(`<text x="${x + bw / 2}" y="${height - pad.bottom + 16}" font-size="11" text-anchor="middle">${esc(pick(followUpKinds[r.kind], lang))}</text>`)
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img">${parts.join('')}</svg>`
}

export async function FollowUpRatesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
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
  const range = readRange(sites, searchParams, (to) => format(startOfMonth(parseISO(to)), 'yyyy-MM-dd'))
  const { site, from, to } = range
  const form = <RangeForm sites={sites} range={range} lang={i18n.language} />
  if (!range.valid) return template(form)
  const rates = await followUpRates(payload, site.id, from, to)
  const sections = [
    ...monthlySections(await complaintStatisticsBetween(payload, site.id, from, to), lang).map((x) => ({ ...x, group: words.statistics })),
    ...quarterlySections(await followUpAnalysis(payload, site.id, from, to), rates, lang).slice(1).map((x) => ({ ...x, group: words.analysis })),
  ]
  return template(
    <>
      {form}
      <p>{site.name} · {from} – {to}</p>
      <table className="follow-up-rates" style={{ borderCollapse: 'collapse', marginBottom: '1.5rem' }}>
        <thead>
          <tr>{[words.kind, words.due, words.done, words.onTime, words.unsatisfied, words.rate, words.target, words.met].map((w, i) => <th key={i} style={cell}>{t(w)}</th>)}</tr>
        </thead>
        <tbody>
          {rates.rows.map((r) => (
            <tr key={r.kind}>
              <td style={cell}>{pick(followUpKinds[r.kind], lang)}</td>
              <td style={{ ...cell, textAlign: 'right' }}>{r.due}</td>
              <td style={{ ...cell, textAlign: 'right' }}>{r.done}</td>
              <td style={{ ...cell, textAlign: 'right' }}>{r.onTime}</td>
              <td style={{ ...cell, textAlign: 'right' }}>{r.unsatisfied}</td>
              <td style={{ ...cell, textAlign: 'right' }}>{r.rate}%</td>
              <td style={{ ...cell, textAlign: 'right' }}>{r.target}%</td>
              <td style={{ ...cell, color: r.met ? '#16a34a' : '#dc2626' }}>{t(r.met ? words.yes : words.no)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div dangerouslySetInnerHTML={{ __html: ratesChart(rates, lang) }} />
      <p style={{ color: 'var(--theme-elevation-500)' }}>{t(words.note)}</p>
      {sections.map((x, i) => (
        <section key={i} className="follow-up-rates__section">
          {(i === 0 || sections[i - 1].group !== x.group) && <h2 style={{ margin: '1.5rem 0 0.5rem' }}>{t(x.group)}</h2>}
          <h4 style={{ margin: '0.75rem 0 0.25rem' }}>{x.title}</h4>
          {x.rows.length ? (
            <table style={{ borderCollapse: 'collapse' }}>
              <thead><tr>{x.head.map((h, j) => <th key={j} style={cell}>{h}</th>)}</tr></thead>
              <tbody>{x.rows.map((r, j) => <tr key={j}>{r.map((c, k) => <td key={k} style={cell}>{c}</td>)}</tr>)}</tbody>
            </table>
          ) : (
            <p>{t(words.none)}</p>
          )}
        </section>
      ))}
    </>,
  )
}
