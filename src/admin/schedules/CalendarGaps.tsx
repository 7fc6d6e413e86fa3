/** JOB-02: above the calendar list, which of the user's sites lack a holiday schedule for this or next year. */
import type { Payload } from 'payload'
import React from 'react'
import { calendarGaps } from '../../lib/calendar'
import { pick, L } from '../../lib/i18n'
import { sitesOfUser } from './sites'

const warning = L(
  '{site}:{years} 年尚無公佈的節假日安排,目前只按週末計算休息日。請在下方補錄節假日與調休。',
  '{site}: no published holiday schedule for {years}; only weekends count as days off until the holidays and make-up days are filled in below.',
)

export async function CalendarGaps({ payload, user, i18n }: { payload: Payload; user?: unknown; i18n?: { language?: string } }) {
  const lines: string[] = []
  for (const site of await sitesOfUser(payload, user)) {
    const gaps = await calendarGaps(payload, site.id)
    if (gaps.length) lines.push(pick(warning, i18n?.language).replace('{site}', site.name).replace('{years}', gaps.join('、')))
  }
  if (!lines.length) return null
  return (
    <div className="calendar-gaps" style={{ border: '1px solid var(--theme-warning-500)', background: 'var(--theme-warning-100)', padding: '0.75rem 1rem', margin: '0 0 1rem', borderRadius: 4 }}>
      {lines.map((line) => (
        <p key={line} style={{ margin: '0.25rem 0' }}>⚠ {line}</p>
      ))}
    </div>
  )
}
