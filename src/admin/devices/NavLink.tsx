/** The device panel in the admin navigation. */
import type { ServerProps } from 'payload'
import React from 'react'
import { wordsIn } from './words'

export function DevicesNavLink({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/devices`} style={{ display: 'block', padding: '0.25rem 0' }}>
      <span className="nav__link-label">{wordsIn(i18n?.language).nav}</span>
    </a>
  )
}
