/**
 * CARE-19 投訴記錄表: a complaint by any channel is written down as received and must be in the system
 * within 30 minutes of receipt; a later entry is flagged (and counted in the statistics). Kept forever.
 */
import { datetime, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { complaintBeforeChange, complaintLifecycle } from './hooks'
import { stateOptions } from '../../../hooks/lifecycle'

export const complaintChannels = {
  visit: L('當面', 'In person'),
  phone: L('電話', 'Phone'),
  letter: L('書面', 'In writing'),
  message: L('微信/短信', 'WeChat / SMS'),
  other: L('其他', 'Other'),
}

/** CARE-19: open → handled → closed (collections/care/complaints/hooks.ts). */
export const complaintStatuses = stateOptions(complaintLifecycle)

const sidebar = { position: 'sidebar' as const }

export const Complaints = defineForm({
  slug: 'complaints',
  label: L('投訴記錄', 'Complaint'),
  plural: L('投訴記錄表', 'Complaints'),
  group: groups.care,
  title: 'complainant',
  columns: ['receivedAt', 'complainant', 'elder', 'channel', 'lateEntry', 'status'],
  retention: 'forever',
  indexes: [{ fields: ['site', 'receivedAt'] }, { fields: ['site', 'lateEntry'] }],
  hooks: { beforeChange: [complaintBeforeChange] },
  lifecycle: complaintLifecycle,
  notify: [{ on: 'create', message: ['health-care-supervisor'], subject: L('投訴:{complainant}', 'Complaint: {complainant}') }],
  fields: [
    {
      type: 'row',
      fields: [
        datetime('receivedAt', L('接到投訴時間', 'Received at'), {
          required: true,
          admin: { description: L('接到投訴的真實時間;須在30分鐘內錄入系統', 'When the complaint was received; it must be entered within 30 minutes') },
        }),
        select('channel', L('投訴方式', 'Channel'), complaintChannels, { required: true, defaultValue: 'visit' }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('complainant', L('投訴人', 'Complainant'), { required: true, maxLength: 50 }),
        text('relation', L('與老人關係', 'Relation to the elder'), { maxLength: 30 }),
        phone('phone', L('聯繫電話', 'Phone')),
      ],
    },
    rel('elder', L('相關老人', 'Elder concerned'), 'elders'),
    text('about', L('被投訴部門/人員', 'Department or person complained about'), { maxLength: 100 }),
    textarea('content', L('投訴內容', 'Complaint'), { required: true }),
    textarea('handling', L('處理情況', 'Handling')),
    textarea('result', L('回覆結果', 'Answer given')),
    select('status', L('狀態', 'Status'), complaintStatuses, { required: true, defaultValue: 'open', index: true, admin: sidebar }),
    serverOwned(datetime('enteredAt', L('錄入系統時間', 'Entered at'), { admin: sidebar })),
    serverOwned(select('lateEntry', L('錄入超時', 'Entered late'), { no: L('按時', 'On time'), yes: L('超過30分鐘', 'More than 30 minutes') }, { index: true, admin: sidebar })),
  ],
})
