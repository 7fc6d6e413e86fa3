/**
 * MEMBER-02 預約: today's and tomorrow's appointments per staff member, with the day's target
 * (daily-targets) and progress; the files of today's expected customers in the morning list
 * (`GET /api/appointments/morning?site=`); no-shows recorded; the customer reminded by SMS the day before.
 */
import type { Endpoint } from 'payload'
import { checkbox, datetime, number, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { select } from '../../../src/lib/fields'
import { memberGroup, sidebar } from '../labels'
import { appointmentAfterRead, appointmentBeforeChange, appointmentLifecycle, remindCustomers } from './hooks'
import { morningEndpoint } from './morning'

const form = defineForm({
  slug: 'appointments',
  label: L('預約', 'Appointment'),
  plural: L('預約', 'Appointments'),
  group: memberGroup,
  title: 'memberName',
  columns: ['startAt', 'memberName', 'staff', 'service', 'status', 'reminded', 'memberGlance'],
  retention: { years: 2, dateField: 'startAt' },
  indexes: [{ fields: ['site', 'dayKey', 'staff'] }],
  hooks: { beforeChange: [appointmentBeforeChange], afterRead: [appointmentAfterRead] },
  lifecycle: appointmentLifecycle,
  phrases: ['notes'],
  print: { title: L('顧客預約單', 'Appointment slip'), fields: ['memberName', 'memberPhone', 'startAt', 'minutes', 'service', 'staff', 'notes'] },
  deadlines: [
    {
      name: 'remind', rule: 'MEMBER-02', label: L('預約:前一天短信提醒顧客', 'Appointments: remind the customer by SMS the day before'),
      from: 'startAt', after: { days: -1 }, at: '10:00', while: { status: 'booked' }, then: { flag: 'reminded', runMany: remindCustomers }, watch: false,
      // appointmentBeforeChange derives the member's name and day from what a person enters: nothing for the flag and the due column.
      batch: true,
    },
  ],
  fields: [
    text('memberGlance', L('會員一覽', 'Member at a glance'), { virtual: true, admin: { readOnly: true } }),
    {
      type: 'row',
      fields: [
        rel('member', L('會員', 'Member'), 'members', { required: true, index: true }),
        rel('staff', L('服務員工', 'Staff member'), 'staff', { required: true, index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        datetime('startAt', L('預約時間', 'Time'), { required: true, index: true }),
        number('minutes', L('時長(分鐘)', 'Duration (minutes)'), { defaultValue: 60, max: 600 }),
        text('service', L('項目', 'Service'), { maxLength: 100 }),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    select('status', L('狀態', 'Status'), stateOptions(appointmentLifecycle), { defaultValue: 'booked', index: true, admin: sidebar }),
    serverOwned(datetime('arrivedAt', L('到店時間', 'Arrived at'), { admin: sidebar })),
    serverOwned(checkbox('reminded', L('已短信提醒', 'Reminded by SMS'), { admin: sidebar })),
    serverOwned(text('memberName', L('會員姓名', "Member's name"), { maxLength: 50, admin: { hidden: true } })),
    serverOwned(text('memberPhone', L('會員手機', "Member's mobile"), { maxLength: 32, admin: { hidden: true } })),
    serverOwned(text('dayKey', L('日期(文字)', 'Day (text)'), { maxLength: 10, index: true, admin: { hidden: true } })),
  ],
})

export const Appointments = { ...form, endpoints: [morningEndpoint, ...((form.endpoints || []) as Endpoint[])] }
