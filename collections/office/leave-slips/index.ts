/**
 * OFFICE-10 請假條: the employee's leave (kind, from and to day, reason), signed by the head of the
 * employee's own department and then HR (WF-05, hooks/approval). The working days of the leave are counted on the site's calendar;
 * approved slips are the leave days of the monthly attendance summary.
 */
import { day, rel, select, textarea, number, text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { officeGroup } from '../people-labels'
import { slipBeforeChange } from './hooks'

export const leaveKinds = {
  personal: L('事假', 'Personal leave'),
  sick: L('病假', 'Sick leave'),
  annual: L('年假', 'Annual leave'),
  'time-off': L('調休', 'Time off in lieu'),
  marriage: L('婚假', 'Marriage leave'),
  bereavement: L('喪假', 'Bereavement leave'),
  maternity: L('產假/陪產假', 'Maternity or paternity leave'),
}

export const LeaveSlips = defineForm({
  slug: 'leave-slips',
  label: L('請假條', 'Leave slip'),
  plural: L('請假條', 'Leave slips'),
  group: officeGroup,
  title: 'personName',
  columns: ['personName', 'kind', 'fromDay', 'toDay', 'days', 'approvalStatus'],
  retention: { years: 3, dateField: 'toDay' },
  hooks: { beforeChange: [slipBeforeChange] },
  // The applicant's own department head signs first (their department's `headStaff`; a department
  // without a head falls back to the site's department heads, hooks/approval/approvers.ts), then HR.
  // Nobody signs their own slip: a head's own slip (or HR's own, at HR's step) goes to the person above,
  // the general manager (the general manager's own to the chairman).
  approval: { chain: [{ position: 'department-head', of: 'department' }, 'hr'], own: 'person', above: ['general-manager', 'chairman'], summary: ['personName', 'department', 'kind', 'fromDay', 'toDay', 'days', 'reason'] },
  print: { title: L('請假條', 'Leave slip'), fields: ['personName', 'department', 'kind', 'fromDay', 'toDay', 'days', 'reason'] },
  fields: [
    {
      type: 'row',
      fields: [
        rel('person', L('請假人', 'Employee'), 'staff', { required: true, index: true }),
        select('kind', L('假別', 'Kind'), leaveKinds, { required: true, defaultValue: 'personal' }),
      ],
    },
    {
      type: 'row',
      fields: [
        day('fromDay', L('開始日期', 'From'), { required: true, index: true }),
        day('toDay', L('結束日期', 'To'), { required: true, index: true }),
        serverOwned(number('days', L('請假天數(工作日)', 'Working days'), { min: 0, max: 400 })),
      ],
    },
    textarea('reason', L('請假事由', 'Reason'), { required: true, maxLength: 1000 }),
    serverOwned(text('personName', L('姓名', 'Name'), { maxLength: 100, admin: { position: 'sidebar' } })),
    serverOwned(rel('department', L('部門', 'Department'), 'departments', { admin: { position: 'sidebar' } })),
  ],
})
