/** A link to the statistics view in the admin navigation. */
import type { ServerProps } from 'payload'
import React from 'react'
import { L, pick } from '../../lib/i18n'

const label = L('前臺接待統計', 'Reception statistics')

export function StatisticsNavLink({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/statistics`} style={{ display: 'block', padding: '0.25rem 0' }}>
      <span className="nav__link-label">{pick(label, i18n?.language)}</span>
    </a>
  )
}
