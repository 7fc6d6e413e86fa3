/**
 * OFFICE-10 考勤登記表: when the touch screen cannot take a sign-in, the desk has people sign the paper
 * register; the desk enters it afterwards with the real times (補錄考勤). Every row is a back-entry from
 * paper (CORE-07, hooks/paper.ts): its `paperRecordedAt` is the real sign-in time unless given, so the
 * audit trail marks the create as a back-entry with when it happened. One row per person and day; a
 * sign-in after the site's opening time is late. The month's summary per person (days present, late,
 * leave days from approved leave slips): GET /api/attendance/summary?site=&month=yyyy-MM (&format=xlsx).
 */
import { checkbox, datetime, rel, select, text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { officeGroup } from '../people-labels'
import { attendanceBeforeChange } from './hooks'
import { summaryEndpoint } from './summary'

export const outageReasons = {
  'screen-down': L('觸摸屏無法打卡', 'Touch screen not working'),
  power: L('停電', 'Power cut'),
  network: L('網絡故障', 'Network down'),
  other: L('其他', 'Other'),
}

const sidebar = { position: 'sidebar' as const }

const form = defineForm({
  slug: 'attendance',
  label: L('考勤登記', 'Attendance entry'),
  plural: L('考勤登記表', 'Attendance register'),
  group: officeGroup,
  title: 'personName',
  columns: ['day', 'personName', 'signedInAt', 'signedOutAt', 'late', 'reason', 'paperRecordedAt'],
  retention: { years: 3, dateField: 'signedInAt' },
  indexes: [{ fields: ['site', 'day'] }, { fields: ['site', 'person', 'day'] }],
  hooks: { beforeChange: [attendanceBeforeChange] },
  print: {
    title: L('考勤登記表', 'Attendance register'),
    fields: ['day', 'personName', 'signedInAt', 'signedOutAt', 'reason', 'note'],
    signatures: [L('本人簽字', 'Signature'), L('前臺', 'Front desk')],
  },
  fields: [
    rel('person', L('員工', 'Employee'), 'staff', { required: true, index: true }),
    {
      type: 'row',
      fields: [
        datetime('signedInAt', L('簽到時間(紙本上的真實時間)', 'Signed in at (the real time on paper)'), { required: true }),
        datetime('signedOutAt', L('簽退時間', 'Signed out at')),
      ],
    },
    select('reason', L('未能系統打卡的原因', 'Why not on the touch screen'), outageReasons, { required: true, defaultValue: 'screen-down' }),
    text('note', L('備註', 'Note'), { maxLength: 200 }),
    serverOwned(text('day', L('日期', 'Day'), { maxLength: 10, index: true, admin: sidebar })),
    serverOwned(text('personName', L('姓名', 'Name'), { maxLength: 100, admin: sidebar })),
    serverOwned(rel('department', L('部門', 'Department'), 'departments', { admin: sidebar })),
    serverOwned(checkbox('late', L('遲到', 'Late'), { index: true, admin: sidebar })),
  ],
})

export const Attendance = { ...form, endpoints: [...((form.endpoints as []) ?? []), summaryEndpoint] }
