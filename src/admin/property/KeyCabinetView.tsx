/** PROP-12 鑰匙櫃: each cabinet's labelled slots coloured by state (in / out / overdue / lost), who has a lent key; a click opens the key. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { keyCabinet, slotStates, type SlotState } from '../../../collections/property/keys/cabinet'
import { fill, L, pick, type Label } from '../../lib/i18n'
import { shortDateTime } from '../../lib/format'
import { sitesOfUser } from '../schedules/sites'

export const keyCabinetWords = {
  title: L('鑰匙櫃', 'Key cabinet'),
  site: L('站點', 'Site'),
  signIn: L('請先登錄', 'Please sign in first'),
  empty: L('鑰匙櫃中還沒有鑰匙:在「鑰匙驗收記錄表」「移交鑰匙登記表」或「鑰匙登記」中錄入', 'No keys yet: record them on the acceptance or developer forms, or in the key register'),
  keys: L('{n} 把', '{n} keys'),
  lentTo: L('{who} · {since}', '{who} · since {since}'),
  lend: L('借鑰匙登記', 'Lend a key'),
  count: L('月度盤點', 'Monthly count'),
  in: L('在櫃', 'In'),
  out: L('借出', 'Out'),
  overdue: L('逾期未還', 'Overdue'),
  lost: L('遺失/損壞', 'Lost'),
} satisfies Record<string, Label>

export const slotColours: Record<SlotState, { bg: string; fg: string }> = {
  in: { bg: '#e6f4ea', fg: '#1e6b34' },
  out: { bg: '#fff4d6', fg: '#8a5a00' },
  overdue: { bg: '#fde2e1', fg: '#a11a12' },
  lost: { bg: '#eeeeee', fg: '#555555' },
}

export async function KeyCabinetView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const t = (label: Label) => pick(label, i18n.language)
  const sites = user ? await sitesOfUser(payload, user) : []
  const cookie = req.headers?.get?.('cookie') ?? ''
  const wanted = Number(searchParams?.site ?? /(?:^|;\s*)payload-tenant=(\d+)/.exec(cookie)?.[1])
  const site = sites.find((s) => s.id === wanted) ?? sites[0]
  const admin = payload.config.routes.admin
  const cabinets = site ? await keyCabinet(payload, site.id, { admin }) : []
  return (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>{t(keyCabinetWords.title)}</h1>
        {!user && <p>{t(keyCabinetWords.signIn)}</p>}
        {sites.length > 1 && (
          <p className="key-cabinet__sites">
            {t(keyCabinetWords.site)}:{' '}
            {sites.map((s) => (
              <a key={s.id} href={`${admin}/key-cabinet?site=${s.id}`} style={{ marginRight: 12, fontWeight: s.id === site?.id ? 700 : 400 }}>{s.name}</a>
            ))}
          </p>
        )}
        {user && (
          <p>
            <a href={`${admin}/collections/key-loans/create`} style={{ marginRight: 16 }}>{t(keyCabinetWords.lend)}</a>
            <a href={`${admin}/collections/key-counts`}>{t(keyCabinetWords.count)}</a>
          </p>
        )}
        <p className="key-cabinet__legend">
          {slotStates.map((s) => (
            <span key={s} style={{ background: slotColours[s].bg, color: slotColours[s].fg, padding: '2px 8px', marginRight: 8, borderRadius: 4 }}>{t(keyCabinetWords[s])}</span>
          ))}
        </p>
        {user && !cabinets.length && <p>{t(keyCabinetWords.empty)}</p>}
        {cabinets.map((c) => (
          <section key={c.name} className="key-cabinet__cabinet" data-cabinet={c.name} style={{ marginBottom: '2rem' }}>
            <h2 style={{ margin: '1rem 0 0.5rem' }}>
              {c.name}{' '}
              <small style={{ fontWeight: 400, fontSize: '0.8rem' }}>
                {slotStates.filter((s) => c.counts[s]).map((s) => `${t(keyCabinetWords[s])} ${c.counts[s]}`).join(' · ')}
              </small>
            </h2>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: 8 }}>
              {c.slots.map((s) => (
                <a
                  key={s.id}
                  href={s.href}
                  className={`key-cabinet__slot key-cabinet__slot--${s.state}`}
                  data-slot={s.slot}
                  data-state={s.state}
                  title={`${s.slot} · ${s.keyNumber} · ${t(keyCabinetWords[s.state])}`}
                  style={{ display: 'block', padding: '6px 8px', borderRadius: 4, textDecoration: 'none', background: slotColours[s.state].bg, color: slotColours[s.state].fg, border: '1px solid var(--theme-elevation-150)' }}
                >
                  <div style={{ fontSize: '0.75rem' }}>{s.slot} · {t(keyCabinetWords[s.state])}</div>
                  <div style={{ fontWeight: 600 }}>{s.unitCode || s.keyNumber}</div>
                  <div style={{ fontSize: '0.75rem' }}>{s.keyNumber} · {fill(t(keyCabinetWords.keys), { n: s.quantity })}</div>
                  {s.loan && <div style={{ fontSize: '0.75rem' }}>{fill(t(keyCabinetWords.lentTo), { who: `${s.loan.borrower}(${s.loan.department})`, since: shortDateTime(s.loan.lentAt, site?.timeZone) })}</div>}
                </a>
              ))}
            </div>
          </section>
        ))}
      </Gutter>
    </DefaultTemplate>
  )
}
