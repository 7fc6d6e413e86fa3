/** Navigation of the care desk: 床位圖 and 回訪列表. */
import type { ServerProps } from 'payload'
import React from 'react'
import { pick } from '../../lib/i18n'
import { words } from './words'

const link = { display: 'block', padding: '0.25rem 0' }

export function CareNavLinks({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const admin = payload.config.routes.admin
  return (
    <>
      <a className="nav__link" href={`${admin}/bed-map`} style={link}>
        <span className="nav__link-label">{pick(words.bedMap, i18n?.language)}</span>
      </a>
      <a className="nav__link" href={`${admin}/follow-ups`} style={link}>
        <span className="nav__link-label">{pick(words.followUps, i18n?.language)}</span>
      </a>
    </>
  )
}
