/** Navigation of the property desk's key section: 鑰匙櫃. */
import type { ServerProps } from 'payload'
import React from 'react'
import { pick } from '../../lib/i18n'
import { keyCabinetWords } from './KeyCabinetView'

export function KeyCabinetNavLinks({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/key-cabinet`} style={{ display: 'block', padding: '0.25rem 0' }}>
      <span className="nav__link-label">{pick(keyCabinetWords.title, i18n?.language)}</span>
    </a>
  )
}
