/** The device panel in the admin navigation, and the incoming-call pop-up that every admin page carries. */
import type { ServerProps } from 'payload'
import React from 'react'
import { CallPopup } from './CallPopup'
import { wordsIn } from './words'

export function DevicesNavLink({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const words = wordsIn(i18n?.language)
  const admin = payload.config.routes.admin
  return (
    <>
      <a className="nav__link" href={`${admin}/devices`} style={{ display: 'block', padding: '0.25rem 0' }}>
        <span className="nav__link-label">{words.nav}</span>
      </a>
      <CallPopup words={words} admin={admin} />
    </>
  )
}
