/** Navigation of the member desk: 今日會員服務 (MEMBER-02/03 the morning list) and the reports of any range (MEMBER-04). */
import type { ServerProps } from 'payload'
import React from 'react'
import { pick } from '../../lib/i18n'
import { words } from './words'
import { reportWords } from './ReportsView'

export function MemberNavLinks({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const admin = payload.config.routes.admin
  return (
    <>
      <a className="nav__link" href={`${admin}/member-today`} style={{ display: 'block', padding: '0.25rem 0' }}>
        <span className="nav__link-label">{pick(words.nav, i18n?.language)}</span>
      </a>
      <a className="nav__link" href={`${admin}/member-reports`} style={{ display: 'block', padding: '0.25rem 0' }}>
        <span className="nav__link-label">{pick(reportWords.nav, i18n?.language)}</span>
      </a>
    </>
  )
}
