/**
 * DEV-04 the incoming-call pop-up on every admin page: rendered in the admin header slot (always
 * present, unlike the collapsible navigation), with its labels in the person's language.
 */
import type { ServerProps } from 'payload'
import React from 'react'
import { callLogsAt } from '../../../devices/phone/callLog'
import { isAdmin } from '../../lib/roles'
import { CallPopup } from './CallPopup'
import { wordsIn } from './words'

export async function CallPopupSlot({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  // OFFICE-01: the sites whose desk keeps its own phone log — their calls offer 登記.
  const staff = user as { roles?: string[]; sites?: { site: unknown }[] }
  const mine = isAdmin(staff) ? 'all' : (staff.sites ?? []).map((s) => (typeof s.site === 'object' ? (s.site as { id: number }).id : Number(s.site)))
  const logSites = user.collection === 'staff' ? [...(await callLogsAt(payload, mine).catch(() => new Map())).keys()] : []
  return <CallPopup words={wordsIn(i18n?.language)} lang={i18n?.language ?? 'zh'} admin={payload.config.routes.admin} logSites={logSites} />
}
