/**
 * The desk home (issue 11, item 1), first thing on the dashboard: the data of `homeFor` (data.ts) in
 * the person's order — an approver's inbox first, a manager's figures and what is late, a desk
 * person's routine, messages, approvals, what is due as readable sentences linking to exactly those
 * records, and the desk's quick actions. Server component; reads only the person's own sites.
 */
import type { Payload } from 'payload'
import React from 'react'
import { fill, pick, type Label } from '../../lib/i18n'
import { shortDateTime } from '../../lib/format'
import { checkStatuses } from '../../../collections/schedules/routine-checks'
import { TickButton } from '../schedules/TickButton'
import { homeFor, homeWords, type DueItem, type Home, type HomeSection, type HomeUser, type SiteHome } from './data'
import { words } from './words'

type Props = { payload: Payload; user?: unknown; i18n?: { language?: string } }

const colours: Record<string, string> = { done: 'var(--theme-success-500)', late: 'var(--theme-warning-500)', missed: 'var(--theme-error-500)', failed: 'var(--theme-error-500)', pending: 'var(--theme-elevation-500)' }

const box: React.CSSProperties = { flex: '1 1 340px', border: '1px solid var(--theme-elevation-100)', borderRadius: 6, padding: '0.75rem 1rem', background: 'var(--theme-elevation-0)' }
const h4: React.CSSProperties = { margin: '0 0 0.5rem' }
const list: React.CSSProperties = { margin: 0, paddingLeft: '1.1rem', lineHeight: 1.9 }

export async function HomePanel({ payload, user, i18n }: Props) {
  if (!user) return null
  const lang = i18n?.language
  const t = (label: Label, values: Record<string, unknown> = {}) => fill(pick(label, lang), values)
  const home = await homeFor(payload, user as HomeUser, new Date(), lang ?? 'zh')
  const api = payload.config.routes.api
  if (!home.sites.length) return <p className="desk-home">{t(words.noSite)}</p>

  const dueList = (items: DueItem[], empty: Label) =>
    items.length === 0 ? (
      <p>{t(empty)}</p>
    ) : (
      <ul style={list}>
        {items.map((d) => (
          <li key={d.key} data-due={d.key}>
            <a href={d.href} style={d.kind === 'overdue' ? { color: 'var(--theme-error-600)', fontWeight: 600 } : undefined}>
              {t(d.sentence, { n: d.count })}
            </a>
          </li>
        ))}
      </ul>
    )

  const inbox = (
    <div key="inbox" style={box} className="desk-home__inbox">
      <h4 style={h4}>
        <a href={home.inboxHref}>{t(words.inbox)}</a>
      </h4>
      {home.waiting.length === 0 ? (
        <p>{t(words.inboxEmpty)}</p>
      ) : (
        <>
          <p>
            <a href={home.inboxHref}>{t(words.inboxCount, { n: home.waiting.length })}</a>
          </p>
          <ul style={list}>
            {home.waiting.slice(0, 5).map((w) => (
              <li key={`${w.slug}-${w.id}`}>
                <a href={`${payload.config.routes.admin}/collections/${w.slug}/${w.id}`}>{w.title}</a>{' '}
                <span style={{ color: 'var(--theme-elevation-500)' }}>{t(words.submitted, { at: shortDateTime(w.submittedAt) })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )

  const messages = (
    <div key="messages" style={box} className="desk-home__messages">
      <h4 style={h4}>{t(words.messages)}</h4>
      {home.messages.unread + home.messages.toConfirm === 0 ? (
        <p>{t(words.noMessages)}</p>
      ) : (
        <ul style={list}>
          {home.messages.unread > 0 && (
            <li>
              <a href={home.messages.unreadHref}>{t(homeWords.unread, { n: home.messages.unread })}</a>
            </li>
          )}
          {home.messages.toConfirm > 0 && (
            <li>
              <a href={home.messages.toConfirmHref}>{t(homeWords.toConfirm, { n: home.messages.toConfirm })}</a>
            </li>
          )}
          {home.messages.latest.map((m) => (
            <li key={m.id} style={{ listStyle: 'circle' }}>
              <a href={m.href}>{m.title}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )

  const siteBlock = (site: SiteHome, section: HomeSection) => {
    switch (section) {
      case 'today':
        return site.today.length ? (
          <React.Fragment key="today">
            {site.today.map((b) => (
              <div key={b.key} style={box} className="desk-home__today" data-today={b.key}>
                <h4 style={h4}>{t(b.title)}</h4>
                {b.lines.length === 0 ? (
                  <p>{t(b.empty)}</p>
                ) : (
                  <ul style={list}>
                    {b.lines.map((line, i) => (
                      <li key={i} style={line.strong ? { fontWeight: 600 } : undefined}>
                        {line.href ? <a href={line.href}>{line.text}</a> : line.text}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </React.Fragment>
        ) : null
      case 'routine':
        return (
          <div key="routine" style={box} className="desk-home__routine">
            <h4 style={h4}>{t(words.routine)}</h4>
            {site.routine.length === 0 ? (
              <p>{t(words.noRoutine)}</p>
            ) : (
              <table className="today-routine" style={{ width: '100%', borderCollapse: 'collapse' }}>
                <tbody>
                  {site.routine.map((c) => (
                    <tr key={c.id} style={{ borderBottom: '1px solid var(--theme-elevation-100)' }}>
                      <td style={{ padding: '4px 8px', whiteSpace: 'nowrap' }}>
                        {c.from}–{c.to}
                      </td>
                      <td style={{ padding: '4px 8px' }}>
                        <a href={`${payload.config.routes.admin}/collections/routine-checks/${c.id}`}>{c.title}</a>
                      </td>
                      <td style={{ padding: '4px 8px', color: colours[c.status] }}>{t(checkStatuses[c.status as keyof typeof checkStatuses] ?? checkStatuses.pending)}</td>
                      <td style={{ padding: '4px 8px' }}>{!c.done && c.status !== 'done' ? <TickButton id={c.id} label={t(words.tick)} api={api} /> : null}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )
      case 'due':
        return (
          <div key="due" style={box} className="desk-home__due">
            <h4 style={h4}>{t(words.due)}</h4>
            {dueList(site.due, words.nothingDue)}
          </div>
        )
      case 'late':
        return (
          <div key="late" style={box} className="desk-home__late">
            <h4 style={h4}>{t(words.late)}</h4>
            {dueList(
              site.due.filter((d) => d.kind === 'overdue'),
              words.nothingLate,
            )}
          </div>
        )
      case 'figures':
        return site.figures ? (
          <div key="figures" style={box} className="desk-home__figures">
            <h4 style={h4}>{t(words.figures)}</h4>
            <table style={{ borderCollapse: 'collapse' }}>
              <tbody>
                {site.figures.map((f) => (
                  <tr key={f.key}>
                    <td style={{ padding: '2px 12px 2px 0' }}>{t(f.label)}</td>
                    <td style={{ padding: '2px 0', textAlign: 'right', fontWeight: 600 }}>{f.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p style={{ margin: '0.5rem 0 0' }}>
              <a href={site.statisticsHref}>{t(words.stats)} →</a>
            </p>
          </div>
        ) : null
      default:
        return null
    }
  }

  const personal = (section: HomeSection) => (section === 'inbox' ? inbox : section === 'messages' ? messages : null)

  return (
    <div className="desk-home today-panel" style={{ marginBottom: '2rem' }}>
      {home.sites.map((site, i) => (
        <section key={site.id} className="desk-home__site" style={{ marginBottom: '1.5rem' }}>
          <h3 style={{ margin: '0 0 0.5rem' }}>
            {site.name} · {site.day} · {site.working ? t(words.working) : t(words.off)}
            {site.holiday ? `(${site.holiday})` : ''}
            {site.desks.length ? ` · ${site.desks.map((d) => t(d.label)).join('、')}` : ''}
          </h3>
          {site.missingYears.length > 0 && <p style={{ color: 'var(--theme-warning-600)' }}>⚠ {t(words.missing, { years: site.missingYears.join('、') })}</p>}
          {site.quickActions.length > 0 && (
            <nav className="desk-home__quick" aria-label={t(words.quick)} style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', margin: '0 0 0.75rem' }}>
              {site.quickActions.map((a) => (
                <a key={a.href} href={a.href} className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
                  {t(a.label)}
                </a>
              ))}
            </nav>
          )}
          <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
            {home.order.map((section) => (i === 0 ? personal(section) : null) ?? siteBlock(site, section))}
          </div>
        </section>
      ))}
    </div>
  )
}

export type { Home }
