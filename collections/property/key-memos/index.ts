/**
 * PROP-15 鑰匙管理備忘錄: a lost or damaged key — what happened, reported to the 管理處主任 and the 客服主管
 * (a work message on save), the owner's consent, re-cut or lock change, the outcome.
 */
import { checkbox, datetime, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { adminsOnly } from '../../../hooks/access'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { groups } from '../../core/labels'
import { memoAfterChange, memoBeforeChange, memoLifecycle } from './hooks'

export const memoKinds = { lost: L('遺失', 'Lost'), damaged: L('損壞', 'Damaged') }
export const memoMeasures = { recut: L('補配鑰匙', 'Re-cut the key'), lock: L('換鎖', 'Change the lock') }

const sidebar = { position: 'sidebar' as const }

export const KeyMemos = defineForm({
  slug: 'key-memos',
  label: L('鑰匙管理備忘錄', 'Key memo'),
  plural: L('鑰匙管理備忘錄', 'Key memos'),
  group: groups.property,
  title: 'keyNumber',
  columns: ['occurredAt', 'kind', 'key', 'reportedBy', 'measure', 'status', 'closedAt'],
  // Kept two years after the matter was closed (an open memo is never removed).
  retention: { years: 2, dateField: 'closedAt' },
  access: { delete: adminsOnly },
  hooks: { beforeChange: [memoBeforeChange], afterChange: [memoAfterChange] },
  lifecycle: memoLifecycle,
  notify: [
    {
      on: 'create',
      message: ['office-director', 'cs-supervisor'],
      subject: L('鑰匙遺失/損壞報告:{unitCode} {keyNumber}', 'Key lost or damaged: {unitCode} {keyNumber}'),
      body: L('{reportedBy} 報告:{whatHappened}。請與業主聯繫,征得同意後補配鑰匙或換鎖。', '{reportedBy} reports: {whatHappened}. Contact the owner; with their consent re-cut the key or change the lock.'),
    },
  ],
  print: {
    title: L('鑰匙管理備忘錄', 'Key memo'),
    fields: ['occurredAt', 'kind', 'unitCode', 'keyNumber', 'reportedBy', 'whatHappened', 'ownerName', 'ownerConsent', 'consentAt', 'measure', 'outcome', 'closedAt'],
    signatures: [L('客服助理', 'Customer-service assistant'), L('客服主管', 'Customer-service supervisor'), L('管理處主任', 'Management office director')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        datetime('occurredAt', L('發生時間', 'When'), { required: true, index: true, defaultValue: () => new Date().toISOString() }),
        select('kind', L('類別', 'What'), memoKinds, { required: true, defaultValue: 'lost' }),
        rel('key', L('鑰匙', 'Key'), 'keys', { required: true, index: true }),
        rel('loan', L('借用記錄(借出時遺失)', 'Loan (lost while lent)'), 'key-loans'),
      ],
    },
    text('reportedBy', L('報告人', 'Reported by'), { required: true, maxLength: 50 }),
    textarea('whatHappened', L('事件經過', 'What happened'), { required: true, maxLength: 2000 }),
    {
      type: 'row',
      fields: [
        text('ownerName', L('業主', 'Owner'), { maxLength: 50 }),
        checkbox('ownerConsent', L('業主已同意', 'Owner consented')),
        datetime('consentAt', L('征得同意時間', 'Consent obtained at')),
        select('measure', L('處理措施', 'Measure'), memoMeasures),
      ],
    },
    textarea('outcome', L('處理結果', 'Outcome'), { maxLength: 2000 }),
    select('status', L('狀態', 'State'), stateOptions(memoLifecycle), { defaultValue: 'reported', index: true, admin: sidebar }),
    serverOwned(datetime('closedAt', L('處理完成時間', 'Resolved at'), { index: true, admin: sidebar })),
    serverOwned(text('keyNumber', L('鑰匙編號', 'Key number'), { maxLength: 40, admin: sidebar })),
    serverOwned(text('unitCode', L('單元', 'Unit'), { maxLength: 30, admin: sidebar })),
  ],
})
