/**
 * DEV-04 the incoming-call pop-up on every admin page: rendered in the admin header slot (always
 * present, unlike the collapsible navigation), with its labels in the person's language.
 */
import type { ServerProps } from 'payload'
import React from 'react'
import { CallPopup } from './CallPopup'
import { wordsIn } from './words'

export function CallPopupSlot({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  return <CallPopup words={wordsIn(i18n?.language)} lang={i18n?.language ?? 'zh'} admin={payload.config.routes.admin} />
}
