/**
 * PROP-16 鑰匙月度盤點表 (and the periodic label check): on the 25th of each month the cabinet is counted
 * slot by slot — expected (from the register) against counted, differences explained, labels and key
 * numbers checked — and reported to the department head. Each sheet opens the next month's on its 25th
 * (the `next` deadline); a sheet not reported by closing time on the 25th is flagged and the
 * customer-service supervisor is told (the `report` deadline).
 */
import { datetime, day, list, number, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { adminsOnly } from '../../../hooks/access'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { checkbox } from '../../../src/lib/fields'
import { groups } from '../../core/labels'
import { countBeforeChange, countLifecycle, openNextCount } from './hooks'

export const labelChecks = {
  ok: L('標簽、編號清晰', 'Label and number legible'),
  renewed: L('已更新標簽/編號', 'Label or number renewed'),
}

const sidebar = { position: 'sidebar' as const }

export const KeyCounts = defineForm({
  slug: 'key-counts',
  label: L('鑰匙月度盤點', 'Monthly key count'),
  plural: L('鑰匙月度盤點表', 'Monthly key counts'),
  group: groups.property,
  title: 'month',
  columns: ['month', 'countedOn', 'expectedTotal', 'countedTotal', 'differences', 'status', 'late'],
  retention: { years: 2, dateField: 'dueOn' },
  access: { delete: adminsOnly },
  indexes: [{ fields: ['site', 'month'], unique: true }],
  hooks: { beforeChange: [countBeforeChange] },
  lifecycle: countLifecycle,
  notify: [
    {
      on: 'create',
      message: ['cs-assistant'],
      subject: L('{month} 鑰匙月度盤點', 'Key count for {month}'),
      body: L('請於 {dueOn} 清點鑰匙櫃(共 {expectedTotal} 把應在櫃),檢查標簽和鑰匙編號,說明差異後上報部門主管。', 'Count the key cabinet by {dueOn} ({expectedTotal} keys expected), check the labels and key numbers, explain any difference and report to the department head.'),
    },
    {
      on: { field: 'status', to: 'reported' },
      email: ['department-head'],
      message: ['department-head'],
      subject: L('{month} 鑰匙月度盤點:應在櫃 {expectedTotal} 把,實點 {countedTotal} 把,差異 {differences} 處', 'Key count {month}: {expectedTotal} expected, {countedTotal} counted, {differences} differences'),
      body: L('盤點日期 {countedOn}。差異:{differenceText}。詳見 {link}', 'Counted on {countedOn}. Differences: {differenceText}. See {link}'),
    },
  ],
  deadlines: [
    {
      name: 'report',
      rule: 'PROP-16',
      label: L('鑰匙盤點:25 日下班前未上報', 'Key count: not reported by closing time on the 25th'),
      sentence: { due: L('本月鑰匙盤點今天上報部門主管', "This month's key count is reported today"), overdue: L('鑰匙月度盤點未按時上報', 'The monthly key count is late') },
      from: 'dueOn',
      at: 'closes',
      while: { status: 'counting' },
      then: { flag: 'late', unflag: true, message: { to: ['cs-supervisor'], title: L('{month} 鑰匙盤點未按時上報', 'Key count {month} not reported on time') } },
      // countBeforeChange derives the totals from the rows, which the flag does not change.
      batch: true,
    },
    {
      name: 'next',
      rule: 'PROP-16',
      label: L('鑰匙盤點:每月 25 日開出本月盤點表', 'Key count: open the sheet on the 25th'),
      from: 'dueOn',
      after: { months: 1 },
      at: 'opens',
      then: { run: openNextCount },
      watch: false,
    },
  ],
  print: {
    title: L('鑰匙月度盤點表', 'Monthly key count'),
    signatures: [L('盤點人', 'Counted by'), L('部門主管', 'Department head')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        day('countedOn', L('盤點日期', 'Counted on'), { required: true, defaultValue: () => new Date().toISOString() }),
        rel('counter', L('盤點人', 'Counted by'), 'staff'),
        serverOwned(text('month', L('月份', 'Month'), { maxLength: 7, index: true })),
        serverOwned(day('dueOn', L('應盤點日', 'Due on'), { index: true })),
      ],
    },
    list(
      'rows',
      L('櫃位', 'Slots'),
      [
        {
          type: 'row',
          fields: [
            rel('key', L('鑰匙', 'Key'), 'keys', { admin: { readOnly: true } }),
            text('slot', L('櫃位', 'Slot'), { maxLength: 50, admin: { readOnly: true } }),
            text('keyNumber', L('鑰匙編號', 'Key number'), { maxLength: 40, admin: { readOnly: true } }),
            number('expected', L('應在櫃(把)', 'Expected'), { min: 0, max: 50, admin: { readOnly: true } }),
            text('note', L('登記狀態', 'Register'), { maxLength: 200, admin: { readOnly: true } }),
          ],
        },
        {
          type: 'row',
          fields: [
            number('counted', L('實點(把)', 'Counted'), { min: 0, max: 50 }),
            number('difference', L('差異', 'Difference'), { min: -50, max: 50, admin: { readOnly: true } }),
            select('label', L('標簽檢查', 'Label check'), labelChecks),
            text('explanation', L('差異說明', 'Explanation'), { maxLength: 200 }),
          ],
        },
      ],
      { maxRows: 1000 },
    ),
    textarea('notes', L('備註', 'Notes'), { maxLength: 2000 }),
    select('status', L('狀態', 'State'), stateOptions(countLifecycle), { defaultValue: 'counting', index: true, admin: sidebar }),
    serverOwned(checkbox('late', L('未按時上報', 'Late'), { index: true, admin: sidebar })),
    serverOwned(number('expectedTotal', L('應在櫃合計(把)', 'Expected in total'), { admin: sidebar })),
    serverOwned(number('countedTotal', L('實點合計(把)', 'Counted in total'), { admin: sidebar })),
    serverOwned(number('differences', L('差異處數', 'Differences'), { admin: sidebar })),
    serverOwned(textarea('differenceText', L('差異摘要', 'Differences in short'), { maxLength: 4000, admin: { hidden: true } })),
    serverOwned(datetime('reportedAt', L('上報時間', 'Reported at'), { admin: sidebar })),
    serverOwned(rel('reportedBy', L('上報人', 'Reported by'), 'staff', { admin: sidebar })),
  ],
})
