/** Navigation: 待我審批 (count), 我的消息 (unread count), 我發佈的任務. */
import type { ServerProps } from 'payload'
import React from 'react'
import { fill, pick } from '../../lib/i18n'
import { unreadCount, waitingFor } from './data'
import { words } from './labels'

const link = { display: 'block', padding: '0.25rem 0' }

export async function WorkflowNavLinks({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const lang = i18n?.language
  const [waiting, unread] = await Promise.all([waitingFor(payload, user as never, 100, false), unreadCount(payload, user as never)])
  const admin = payload.config.routes.admin
  return (
    <>
      <a className="nav__link" href={`${admin}/approvals`} style={link}>
        <span className="nav__link-label">
          {pick(words.inbox, lang)}
          {waiting.length > 0 && ` (${waiting.length})`}
        </span>
      </a>
      <a className="nav__link" href={`${admin}/collections/message-receipts?where[recipient][equals]=${user.id}&sort=-createdAt`} style={link}>
        <span className="nav__link-label">
          {pick(words.myMessages, lang)}
          {unread > 0 && ` · ${fill(pick(words.unread, lang), { n: unread })}`}
        </span>
      </a>
      <a className="nav__link" href={`${admin}/tasks`} style={link}>
        <span className="nav__link-label">{pick(words.tasks, lang)}</span>
      </a>
    </>
  )
}
