/**
 * CARE-18 短信通告: notices and holiday greetings to families need the admin director's approval
 * (WF-05) before they are sent; on approval each number gets its text in the SMS outbox.
 */
import { select, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'
import { sendApprovedNotice, smsNoticeBeforeChange } from '../sms/rules'

export const SmsNotices = defineForm({
  slug: 'sms-notices',
  label: L('短信通告', 'SMS notice'),
  plural: L('短信通告/節日慰問', 'SMS notices and greetings'),
  group: groups.care,
  title: 'text',
  columns: ['createdAt', 'kind', 'text', 'approvalStatus'],
  retention: { years: 2, dateField: 'createdAt' },
  paper: false,
  hooks: { beforeChange: [smsNoticeBeforeChange] },
  approval: { chain: ['admin-director'], onApproved: sendApprovedNotice, summary: ['kind', 'text', 'numbers'] },
  fields: [
    select('kind', L('類型', 'Kind'), { notice: L('通告', 'Notice'), greeting: L('節日慰問', 'Holiday greeting') }, { required: true, defaultValue: 'notice' }),
    textarea('text', L('短信內容', 'Text'), { required: true, maxLength: 500 }),
    textarea('numbers', L('手機號(每行一個)', 'Mobile numbers (one a line)'), {
      required: true,
      maxLength: 20000,
      admin: { description: L('家屬手機號,每行一個', "The families' mobile numbers, one a line") },
    }),
  ],
})
