/**
 * PROP-04 欠費跟蹤: an owner behind on management, utility or other fees — imported from finance's
 * list (XLSX or CSV, previewed and validated first: `POST /api/arrears/import`) or entered by hand.
 * Once more than one month behind, a follow-up is due, then every 15 days until settled (a declared
 * deadline with repeat); one not followed up in time is flagged overdue. Each follow-up is a row of the record.
 */
import { checkbox, datetime, day, list, money, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { arrearsBeforeChange, arrearsUpkeepMany, importEndpoint } from './hooks'

export const feeTypes = {
  management: L('物業管理費', 'Management fee'),
  utility: L('水電費', 'Water and electricity'),
  other: L('其他服務費', 'Other service fees'),
}

export const followUpWays = {
  phone: L('電話', 'Phone'),
  visit: L('上門', 'Visit'),
  notice: L('催繳通知單', 'Written notice'),
  message: L('短信/微信', 'SMS / WeChat'),
}

const sidebar = { position: 'sidebar' as const }

const form = defineForm({
  slug: 'arrears',
  label: L('欠費跟蹤', 'Arrears'),
  plural: L('欠費跟蹤', 'Arrears'),
  group: groups.property,
  title: 'title',
  columns: ['title', 'feeType', 'amount', 'since', 'lastFollowUpAt', 'followUpOverdue', 'settled'],
  retention: 'forever',
  indexes: [{ fields: ['site', 'settled', 'followUpOverdue'] }],
  hooks: { beforeChange: [arrearsBeforeChange] },
  deadlines: [
    {
      name: 'followUp',
      rule: 'PROP-04',
      label: L('欠費業主:每15天跟蹤一次', 'Arrears: follow up every 15 days'),
      from: 'followUpFrom',
      while: { settled: false },
      then: {
        flag: 'followUpOverdue',
        unflag: true,
        message: {
          to: ['cs-assistant'],
          title: L('欠費跟蹤:{title} 已到期未跟蹤', 'Arrears: {title} is due a follow-up'),
          body: L('{title} 拖欠{amount}元(自{sinceText}),請於今日跟蹤並記錄結果。', '{title} owes {amount} 元 (since {sinceText}); follow up today and record the result.'),
        },
        repeat: { days: 15 },
      },
      // A batch of due arrears flagged set-wise, their titles and owners refreshed as the form's hook refreshes them.
      batch: arrearsUpkeepMany,
      sentence: {
        due: L('{n} 戶欠費業主今日需跟蹤', '{n} owners in arrears to follow up today'),
        overdue: L('{n} 戶欠費業主逾期未跟蹤', '{n} owners in arrears are overdue a follow-up'),
      },
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        rel('unit', L('單元', 'Unit'), 'units', { required: true, index: true }),
        rel('owner', L('業主', 'Owner'), 'owners', { index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        select('feeType', L('費用類型', 'Fee'), feeTypes, { required: true }),
        money('amount', L('欠費金額(元)', 'Amount owed (元)'), { required: true, min: 0.01, max: 10_000_000 }),
        day('since', L('欠費起始日', 'Unpaid since'), { required: true, index: true }),
      ],
    },
    text('source', L('來源', 'Source'), { maxLength: 100, admin: { description: L('如:財務部 2026年11月欠費清單', "e.g. finance's November list") } }),
    list(
      'followUps',
      L('跟蹤記錄', 'Follow-ups'),
      [
        {
          type: 'row',
          fields: [
            datetime('at', L('跟蹤時間', 'When'), { required: true }),
            select('way', L('方式', 'How'), followUpWays, { required: true }),
            rel('by', L('跟蹤人', 'By'), 'staff'),
          ],
        },
        text('result', L('結果/業主答覆', "Result / owner's answer"), { required: true, maxLength: 500 }),
      ],
      { maxRows: 200 },
    ),
    {
      type: 'row',
      fields: [checkbox('settled', L('已結清', 'Settled'), { index: true }), day('settledOn', L('結清日期', 'Settled on'))],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 2000 }),
    serverOwned(text('title', L('欠費業主', 'Owner in arrears'), { maxLength: 120, admin: { hidden: true } })),
    serverOwned(text('sinceText', L('欠費起始日(文字)', 'Since (text)'), { maxLength: 20, admin: { hidden: true } })),
    serverOwned(datetime('lastFollowUpAt', L('最近跟蹤', 'Last follow-up'), { admin: sidebar })),
    serverOwned(datetime('followUpFrom', L('下次跟蹤期限', 'Next follow-up due'), { index: true, admin: sidebar })),
    serverOwned(checkbox('followUpOverdue', L('逾期未跟蹤', 'Follow-up overdue'), { index: true, admin: sidebar })),
  ],
})

/** With the import of finance's list (the form mechanism declares no endpoints of a form's own). */
export const Arrears = { ...form, endpoints: [importEndpoint, ...(form.endpoints || [])] }
