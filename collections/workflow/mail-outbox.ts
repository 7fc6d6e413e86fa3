/**
 * WF-09 郵件發件箱: every e-mail is stored here first (src/lib/mail.ts `queueMail`), then delivered
 * over SMTP with retries and backoff. Readable by administrators only: approval e-mails carry links
 * that act for their approver.
 */
import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '../../hooks/access'
import { datetime, number, rel, select, text, textarea } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { groups } from '../core/labels'
import { outboxStatuses, formNameAdmin } from './labels'

export const MailOutbox: CollectionConfig = {
  slug: 'mail-outbox',
  labels: { singular: L('郵件', 'E-mail'), plural: L('郵件發件箱', 'Mail outbox') },
  admin: {
    group: groups.system,
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'to', 'subject', 'status', 'attempts', 'lastError'],
    description: L('所有郵件先存在這裡再發出;未配置 SMTP 時郵件留在這裡,可在此閱讀', 'Every e-mail is stored here before it is sent; with no SMTP configured mail stays here, readable'),
  },
  custom: { audit: false },
  access: { read: adminsOnly, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['status', 'nextAttemptAt'] }, { fields: ['relatedCollection', 'relatedId'] }],
  fields: [
    text('to', L('收件人', 'To'), { required: true, maxLength: 2000 }),
    text('cc', L('抄送', 'Cc'), { maxLength: 2000 }),
    text('subject', L('主題', 'Subject'), { required: true, maxLength: 500 }),
    textarea('text', L('正文', 'Body'), { required: true, maxLength: 100_000 }),
    { name: 'html', type: 'code', label: L('HTML 正文', 'HTML body'), admin: { language: 'html' } },
    { name: 'attachments', type: 'json', label: L('附件', 'Attachments') },
    {
      type: 'row',
      fields: [
        text('relatedCollection', L('相關表單', 'Related form'), { maxLength: 64, admin: formNameAdmin }),
        text('relatedId', L('相關記錄', 'Related record'), { maxLength: 64 }),
        rel('site', L('站點', 'Site'), 'sites'),
      ],
    },
    {
      type: 'row',
      fields: [
        select('status', L('狀態', 'Status'), outboxStatuses, { required: true, defaultValue: 'queued', index: true }),
        number('attempts', L('嘗試次數', 'Attempts'), { defaultValue: 0 }),
        datetime('nextAttemptAt', L('下次嘗試', 'Next attempt'), { index: true }),
      ],
    },
    datetime('lockedUntil', L('發送鎖定至', 'Locked for sending until'), { admin: { hidden: true } }),
    textarea('lastError', L('最近錯誤', 'Last error'), { maxLength: 4000 }),
    datetime('sentAt', L('發送時間', 'Sent at')),
    text('messageId', L('郵件編號', 'Message-ID'), { maxLength: 500 }),
  ],
}
