/** Navigation link of the property desk's follow-up rates page (PROP-10). */
import type { ServerProps } from 'payload'
import React from 'react'
import { L, pick } from '../../lib/i18n'

export function FollowUpRatesNavLink({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/follow-up-rates`} style={{ display: 'block', padding: '0.25rem 0' }}>
      <span className="nav__link-label">{pick(L('回訪率', 'Follow-up rates'), i18n?.language)}</span>
    </a>
  )
}
