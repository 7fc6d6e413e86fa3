/**
 * WF-10 電話跟進: "e-mail, then phone within 30 minutes" becomes a call task due 30 minutes after
 * the e-mail; the sweep `flagOverdueCallTasks` (hooks/notify/callTasks.ts) flags it when it is overdue.
 */
import { checkbox, datetime, phone, rel, select, text, textarea } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { defineForm } from '../../hooks/form/defineForm'
import { serverOwned } from '../../hooks/serverOwned'
import { groups } from '../core/labels'
import { callTaskStatuses, formNameAdmin } from './labels'

export const CallTasks = defineForm({
  slug: 'call-tasks',
  label: L('電話任務', 'Call task'),
  plural: L('電話任務', 'Call tasks'),
  group: groups.workflow,
  title: 'title',
  columns: ['dueAt', 'title', 'callee', 'phone', 'status', 'overdue'],
  paper: false,
  access: { delete: () => false },
  indexes: [{ fields: ['status', 'dueAt'] }],
  deadlines: [
    { name: 'call', rule: 'WF-10', label: L('電話跟進:超過 30 分鐘未打標記逾期', 'Call tasks: flag those past 30 minutes'), from: 'dueAt', while: { status: 'open' }, then: { flag: 'overdue' }, batch: true,
      sentence: { due: L('{n} 個電話任務待撥打', '{n} calls to make'), overdue: L('{n} 個電話任務已超時未打', '{n} calls overdue') } },
  ],
  fields: [
    text('title', L('事項', 'Subject'), { required: true }),
    // The subject in every language when the server wrote it (a missed call's call-back): the reader sees theirs.
    serverOwned({ name: 'titles', type: 'json', label: L('事項(各語言)', 'Subject (languages)'), admin: { hidden: true } }),
    {
      type: 'row',
      fields: [
        rel('callee', L('致電對象', 'Person to call'), 'staff'),
        phone('phone', L('電話', 'Phone')),
        datetime('dueAt', L('最遲撥打時間', 'Call by'), { required: true, index: true }),
      ],
    },
    select('status', L('狀態', 'Status'), callTaskStatuses, { required: true, defaultValue: 'open', index: true }),
    textarea('note', L('通話記錄', 'Call note')),
    serverOwned(checkbox('overdue', L('已逾期', 'Overdue'), { index: true })),
    serverOwned(datetime('doneAt', L('完成時間', 'Called at'))),
    serverOwned(text('relatedCollection', L('相關表單', 'Related form'), { maxLength: 64, admin: { position: 'sidebar', ...formNameAdmin } })),
    serverOwned(text('relatedId', L('相關記錄', 'Related record'), { maxLength: 64, admin: { position: 'sidebar' } })),
  ],
  hooks: {
    afterRead: [
      ({ doc, req }) => {
        const titles = doc?.titles as Record<string, string> | null | undefined
        const lang = (req.user as { language?: string } | null)?.language ?? req.i18n?.language
        if (titles && typeof titles === 'object' && lang && typeof titles[lang] === 'string' && titles[lang]) doc.title = titles[lang]
        return doc
      },
    ],
    beforeChange: [
      ({ data, originalDoc }) => {
        if (data.status === 'done' && originalDoc?.status !== 'done') data.doneAt = new Date().toISOString()
        return data
      },
    ],
  },
})
