/**
 * MEMBER-04 / JOB-05 日報表 (19:00–19:30 總結和盤點): today's customers, deals, every consultation that
 * did not close with its reason, good cases for tomorrow's meeting, tomorrow's appointments against
 * tomorrow's target — the figures are the server's (from appointments, consultations and targets);
 * the desk writes the analysis and the plan. At 19:30 it goes through the mail outbox (declared
 * deadline `send`) with a chart of the last 30 days. `GET /api/daily-reports/range?site=&from=&to=` gives any range.
 */
import type { Endpoint } from 'payload'
import { datetime, day, money, number, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { memberGroup, sidebar } from '../labels'
import { rangeEndpoint, reportBeforeChange, reportLifecycle, sendReport } from './hooks'

const figure = (name: string, label: ReturnType<typeof L>) => serverOwned(number(name, label, { defaultValue: 0 }))

const form = defineForm({
  slug: 'daily-reports',
  label: L('日報表', 'Daily report'),
  plural: L('日報表', 'Daily reports'),
  group: memberGroup,
  title: 'dayKey',
  columns: ['day', 'customers', 'deals', 'dealAmount', 'notClosed', 'tomorrowBooked', 'tomorrowTarget', 'status'],
  retention: { years: 3, dateField: 'day' },
  hooks: { beforeChange: [reportBeforeChange] },
  lifecycle: reportLifecycle,
  phrases: ['goodCases', 'analysis', 'plan'],
  print: { title: L('日報表', 'Daily report'), signatures: [L('填表人', 'Filled in by'), L('店長', 'Store manager')] },
  deadlines: [
    { name: 'send', rule: 'MEMBER-04', label: L('日報表:19:30 發送', 'Daily report: sent at 19:30'), from: 'day', after: { days: 0 }, at: '19:30', while: { status: 'draft' }, then: { run: sendReport } },
  ],
  fields: [
    day('day', L('日期', 'Day'), { required: true, defaultValue: () => new Date().toISOString() }),
    {
      type: 'row',
      fields: [
        figure('customers', L('今日到店顧客', 'Customers today')),
        figure('deals', L('成交單數', 'Deals')),
        serverOwned(money('dealAmount', L('成交金額(元)', 'Deal amount (yuan)'), { defaultValue: 0 })),
        figure('notClosed', L('未成單', 'Not closed')),
        figure('noShows', L('爽約', 'No-shows')),
      ],
    },
    { type: 'row', fields: [figure('tomorrowBooked', L('明日預約', 'Booked tomorrow')), figure('tomorrowTarget', L('明日目標', 'Target tomorrow'))] },
    textarea('analysis', L('今日總結:好的經驗和不成單的顧客分析、方案', 'Today: what worked, the customers who did not close and the plan'), { maxLength: 4000 }),
    textarea('goodCases', L('好案例(明日晨會分享)', 'Good cases (for tomorrow’s meeting)'), { maxLength: 4000 }),
    textarea('plan', L('明日預約檢查與工作計劃', 'Tomorrow’s appointments and plan'), { maxLength: 4000 }),
    select('status', L('狀態', 'Status'), stateOptions(reportLifecycle), { defaultValue: 'draft', index: true, admin: sidebar }),
    serverOwned(rel('filledBy', L('填表人', 'Filled in by'), 'staff', { admin: sidebar })),
    serverOwned(datetime('sentAt', L('發送時間', 'Sent at'), { admin: sidebar })),
    serverOwned(text('dayKey', L('日期(文字)', 'Day (text)'), { maxLength: 10, index: true, admin: { hidden: true } })),
  ],
})

export const DailyReports = { ...form, endpoints: [rangeEndpoint, ...((form.endpoints || []) as Endpoint[])] }
