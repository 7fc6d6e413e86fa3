/**
 * OFFICE-09 通訊錄 at /admin/directory: the site's directory generated from the staff records, grouped by
 * department (name, position, work phone, mobile, e-mail), with its XLSX download. Custom views are
 * public by default: this one checks the person and shows only their own sites.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { directoryOf, directoryWords } from '../../../../collections/office/directory-editions/directory'
import { L, pick, type Label } from '../../../lib/i18n'
import { chosenSite } from '../../care/site'

const words = {
  site: L('站點', 'Site'),
  show: L('查看', 'Show'),
  signIn: L('請先登錄', 'Please sign in'),
  note: L('按員工信息自動生成:新員工入職當天即在通訊錄中,無需另行登記;每月初以郵件發給全體員工。', 'Generated from the staff records: a new employee is in it on the hire day, nothing is typed twice; e-mailed to all staff at the start of each month.'),
}

const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'left' as const }

export async function DirectoryView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const lang = i18n.language
  const t = (label: Label) => pick(label, lang)
  const template = (children: React.ReactNode) => (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0' }}>{t(directoryWords.title)}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  if (!user) return template(<p>{t(words.signIn)}</p>)
  const { sites, site } = await chosenSite(req, searchParams as Record<string, unknown>)
  if (!site) return template(<p>—</p>)
  const groups = await directoryOf(payload, site.id, lang)
  return template(
    <>
      <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', marginBottom: '1rem' }}>
        {sites.length > 1 && (
          <label>
            {t(words.site)}
            <br />
            <select name="site" defaultValue={String(site.id)}>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>{s.name}</option>
              ))}
            </select>
          </label>
        )}
        {sites.length > 1 && <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>{t(words.show)}</button>}
        <a className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} href={`${payload.config.routes.api}/directory-editions/xlsx?site=${site.id}`}>
          {t(directoryWords.download)}
        </a>
      </form>
      <p style={{ color: 'var(--theme-elevation-600)' }}>{site.name} · {t(words.note)}</p>
      {groups.map((g) => (
        <section key={g.department} style={{ marginBottom: '1.5rem' }}>
          <h3 style={{ margin: '0.5rem 0' }}>{g.department}({g.people.length})</h3>
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                {(['name', 'position', 'workPhone', 'mobile', 'email'] as const).map((k) => (
                  <th key={k} style={cell}>{t(directoryWords[k])}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {g.people.map((p) => (
                <tr key={p.id}>
                  <td style={cell}>{p.name}</td>
                  <td style={cell}>{p.position}</td>
                  <td style={cell}>{p.workPhone}</td>
                  <td style={cell}>{p.mobile}</td>
                  <td style={cell}><a href={`mailto:${p.email}`}>{p.email}</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>,
  )
}
