/**
 * The dashboard's first panel (JOB-03, JOB-01): for each of the person's sites, whether today is a
 * working day, today's routine with what is done, due or missed, and the due and overdue items of
 * the deadline rules. Server component; reads only the person's own sites.
 */
import type { Payload, Where } from 'payload'
import React from 'react'
import { sweeps } from '../../../jobs/sweeps'
import { SiteCalendar } from '../../lib/calendar'
import { L, pick, type Label } from '../../lib/i18n'
import { checkStatuses } from '../../../collections/schedules/routine-checks'
import { sitesOfUser } from './sites'
import { TickButton } from './TickButton'

const words = {
  title: L('今日值班', "Today's routine"),
  working: L('工作日', 'Working day'),
  off: L('休息日', 'Day off'),
  none: L('今天沒有值班事項', 'No routine items today'),
  tick: L('打勾完成', 'Mark done'),
  due: L('待辦與逾期', 'Due and overdue'),
  dueNow: L('待辦', 'due'),
  overdue: L('逾期', 'overdue'),
  nothingDue: L('沒有到期事項', 'Nothing due'),
  stats: L('接待統計', 'Reception statistics'),
  missing: L('{years} 年尚無節假日安排,請補錄工作日曆', 'No holiday schedule for {years}: fill in the working-day calendar'),
}

const colours: Record<string, string> = { done: 'var(--theme-success-500)', late: 'var(--theme-warning-500)', missed: 'var(--theme-error-500)', failed: 'var(--theme-error-500)', pending: 'var(--theme-elevation-500)' }

type Props = { payload: Payload; user?: unknown; i18n?: { language?: string } }

async function dueCounts(payload: Payload, site: number, now: Date) {
  const rows: { name: string; label: Label; collection: string; due: number; overdue: number; dueWhere?: Where; overdueWhere?: Where }[] = []
  for (const sweep of sweeps) {
    const watch = sweep.watch
    if (!watch || !payload.collections[watch.collection as never]) continue
    const count = async (where?: Where) =>
      where ? (await payload.count({ collection: watch.collection as never, where: { and: [{ site: { equals: site } }, where] }, overrideAccess: true })).totalDocs : 0
    const dueWhere = watch.due?.(now)
    const overdueWhere = watch.overdue?.(now)
    rows.push({ name: sweep.name, label: sweep.label, collection: watch.collection, due: await count(dueWhere), overdue: await count(overdueWhere), dueWhere, overdueWhere })
  }
  return rows
}

export async function TodayPanel({ payload, user, i18n }: Props) {
  const lang = i18n?.language
  const t = (label: Label) => pick(label, lang)
  const api = payload.config.routes.api
  const admin = payload.config.routes.admin
  const now = new Date()
  const sites = await sitesOfUser(payload, user)
  if (!sites.length) return null
  const sections = []
  for (const site of sites) {
    const calendar = new SiteCalendar(payload, site.id, site.timeZone)
    const day = calendar.today(now)
    const info = await calendar.day(day)
    const missing = await calendar.missingYears([Number(day.slice(0, 4)), Number(day.slice(0, 4)) + 1])
    const { docs: checks } = await payload.find({ collection: 'routine-checks', where: { site: { equals: site.id }, day: { equals: day } }, sort: 'windowStart', pagination: false, depth: 0, overrideAccess: true })
    const due = await dueCounts(payload, site.id, now)
    sections.push(
      <section key={site.id} style={{ marginBottom: '1.5rem' }}>
        <h3 style={{ margin: '0 0 0.5rem' }}>
          {site.name} · {day} · {info.working ? t(words.working) : t(words.off)}
          {info.name ? `(${info.name})` : ''}
        </h3>
        {missing.length > 0 && <p style={{ color: 'var(--theme-warning-600)' }}>⚠ {t(words.missing).replace('{years}', missing.join('、'))}</p>}
        <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap' }}>
          <div style={{ flex: '1 1 420px' }}>
            <h4>{t(words.title)}</h4>
            {checks.length === 0 ? (
              <p>{t(words.none)}</p>
            ) : (
              <table className="today-routine" style={{ width: '100%', borderCollapse: 'collapse' }}>
                <tbody>
                  {checks.map((c) => (
                    <tr key={c.id as number} style={{ borderBottom: '1px solid var(--theme-elevation-100)' }}>
                      <td style={{ padding: '4px 8px', whiteSpace: 'nowrap' }}>{String(c.from)}–{String(c.to)}</td>
                      <td style={{ padding: '4px 8px' }}>
                        <a href={`${admin}/collections/routine-checks/${c.id}`}>{String(c.title)}</a>
                      </td>
                      <td style={{ padding: '4px 8px', color: colours[String(c.status)] }}>{t(checkStatuses[String(c.status) as keyof typeof checkStatuses] ?? checkStatuses.pending)}</td>
                      <td style={{ padding: '4px 8px' }}>{!c.done && c.status !== 'done' ? <TickButton id={c.id as number} label={t(words.tick)} api={api} /> : null}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <div style={{ flex: '1 1 320px' }}>
            <h4>{t(words.due)}</h4>
            {due.length === 0 || due.every((d) => !d.due && !d.overdue) ? <p>{t(words.nothingDue)}</p> : null}
            <ul style={{ paddingLeft: '1rem' }}>
              {due
                .filter((d) => d.due || d.overdue)
                .map((d) => (
                  <li key={d.name}>
                    <a href={`${admin}/collections/${d.collection}`}>{t(d.label)}</a>: {d.due} {t(words.dueNow)}
                    {d.overdue ? <strong style={{ color: 'var(--theme-error-500)' }}> · {d.overdue} {t(words.overdue)}</strong> : null}
                  </li>
                ))}
            </ul>
            <p>
              <a href={`${admin}/statistics?site=${site.id}`}>{t(words.stats)} →</a>
            </p>
          </div>
        </div>
      </section>,
    )
  }
  return <div className="today-panel" style={{ marginBottom: '2rem' }}>{sections}</div>
}
