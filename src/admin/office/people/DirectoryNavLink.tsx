/** Navigation link of the company reception's directory (OFFICE-09). */
import type { ServerProps } from 'payload'
import React from 'react'
import { L, pick } from '../../../lib/i18n'

export function DirectoryNavLink({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/directory`} style={{ display: 'block', padding: '0.25rem 0' }}>
      <span className="nav__link-label">{pick(L('通訊錄', 'Staff directory'), i18n?.language)}</span>
    </a>
  )
}
