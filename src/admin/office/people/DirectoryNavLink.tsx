/** Navigation links of the company reception's people: the directory (OFFICE-09) and the monthly attendance summary (OFFICE-10). */
import type { ServerProps } from 'payload'
import React from 'react'
import { L, pick } from '../../../lib/i18n'

export function DirectoryNavLink({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const links: [string, ReturnType<typeof L>][] = [
    ['/directory', L('通訊錄', 'Staff directory')],
    ['/attendance-summary', L('考勤月匯總', 'Monthly attendance summary')],
  ]
  return (
    <>
      {links.map(([path, label]) => (
        <a key={path} className="nav__link" href={`${payload.config.routes.admin}${path}`} style={{ display: 'block', padding: '0.25rem 0' }}>
          <span className="nav__link-label">{pick(label, i18n?.language)}</span>
        </a>
      ))}
    </>
  )
}
