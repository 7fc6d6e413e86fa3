/**
 * OFFICE-09 通訊錄 at /admin/directory: the site's directory generated from the staff records, grouped by
 * department (name, position, work phone, mobile, e-mail), with its XLSX download. Custom views are
 * public by default: `sitePage` checks the person and offers only their own sites.
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { directoryOf, directoryWords } from '../../../../collections/office/directory-editions/directory'
import { L } from '../../../lib/i18n'
import { SiteSelect } from '../../shared/RangeForm'
import { sitePage } from '../sitePage'

const words = {
  show: L('查看', 'Show'),
  note: L('按員工信息自動生成:新員工入職當天即在通訊錄中,無需另行登記;每月初以郵件發給全體員工。', 'Generated from the staff records: a new employee is in it on the hire day, nothing is typed twice; e-mailed to all staff at the start of each month.'),
}

const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'left' as const }

export async function DirectoryView(props: AdminViewServerProps) {
  const view = await sitePage(props, directoryWords.title)
  if ('done' in view) return view.done
  const { req, lang, t, page, sites, site } = view
  const groups = await directoryOf(req.payload, site.id, lang)
  return page(
    <>
      <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', marginBottom: '1rem' }}>
        {sites.length > 1 && <SiteSelect sites={sites} site={site} lang={lang} />}
        {sites.length > 1 && <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>{t(words.show)}</button>}
        <a className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} href={`${req.payload.config.routes.api}/directory-editions/xlsx?site=${site.id}`}>
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
