/** Navigation link of the property desk's arrears import (PROP-04). */
import type { ServerProps } from 'payload'
import React from 'react'
import { L, pick } from '../../lib/i18n'

export function ArrearsImportNavLink({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/arrears-import`} style={{ display: 'block', padding: '0.25rem 0' }}>
      <span className="nav__link-label">{pick(L('導入欠費清單', 'Import the arrears list'), i18n?.language)}</span>
    </a>
  )
}
