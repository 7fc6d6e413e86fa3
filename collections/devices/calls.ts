/**
 * OFFICE-01 / DEV-04 接聽電話記錄簿: the one call log of the desk. Calls from the phone system arrive
 * here by themselves (number, known person, times, recording); the desk adds who called, the purpose,
 * the message for a colleague and the note typed after the call. Missed calls become call-back tasks.
 */
import { datetime, number, phone, rel, select, text, textarea } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { defineForm } from '../../hooks/form/defineForm'
import { serverOwned } from '../../hooks/serverOwned'
import { groups } from '../core/labels'
import { callStatuses, ringChecks } from './labels'

export const Calls = defineForm({
  slug: 'calls',
  label: L('來電記錄', 'Call'),
  plural: L('接聽電話記錄簿', 'Call log'),
  group: groups.desk,
  title: 'callerNumber',
  columns: ['startedAt', 'callerNumber', 'callerName', 'status', 'purpose', 'note'],
  retention: { years: 2, dateField: 'startedAt' },
  indexes: [{ fields: ['site', 'startedAt'] }, { fields: ['site', 'status'] }],
  // OFFICE-01: a message taken for a colleague reaches them as a work message.
  notify: [
    {
      on: { field: 'messageFor' },
      message: [{ field: 'messageFor' }],
      subject: L('電話留言:{callerName} {callerNumber}', 'Phone message: {callerName} {callerNumber}'),
      body: L('{company} {purpose}\n{note}', '{company} {purpose}\n{note}'),
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        select('direction', L('方向', 'Direction'), { in: L('來電', 'Incoming'), out: L('去電', 'Outgoing') }, { defaultValue: 'in' }),
        datetime('startedAt', L('來電時間', 'Time'), { required: true, defaultValue: () => new Date().toISOString(), index: true }),
        serverOwned(select('status', L('狀態', 'Status'), callStatuses, { defaultValue: 'ended' })),
      ],
    },
    {
      type: 'row',
      fields: [
        phone('callerNumber', L('來電號碼', 'Caller number'), { index: true }),
        text('callerName', L('來電人', 'Caller'), { maxLength: 100 }),
        text('company', L('單位', 'Company'), { maxLength: 100 }),
      ],
    },
    serverOwned(text('knownAs', L('系統識別', 'Recognised as'), { maxLength: 200 })),
    text('purpose', L('來電事由', 'Purpose'), { maxLength: 500 }),
    rel('messageFor', L('轉告', 'Message for'), 'staff'),
    textarea('note', L('通話備註', 'Note after the call'), { maxLength: 2000 }),
    {
      type: 'row',
      fields: [
        serverOwned(datetime('answeredAt', L('接聽時間', 'Answered at'))),
        serverOwned(datetime('endedAt', L('掛斷時間', 'Ended at'))),
        serverOwned(number('seconds', L('通話秒數', 'Seconds'))),
      ],
    },
    serverOwned(text('recording', L('錄音', 'Recording'), { maxLength: 500 })),
    serverOwned(rel('device', L('電話設備', 'Phone'), 'devices')),
    serverOwned(text('pbxId', L('交換機通話編號', 'PBX call id'), { maxLength: 64, index: true })),
    // OFFICE-01: who answered (the desk person who answered from the pop-up, the staff member of the
    // answering extension, or the one who logged the call as taken) and the ring measured by the phone.
    serverOwned(rel('answeredBy', L('接聽人', 'Answered by'), 'staff', { index: true })),
    {
      type: 'row',
      fields: [
        serverOwned(number('ringSeconds', L('振鈴到接聽(秒)', 'Ring to answer (s)'))),
        serverOwned(select('ringCheck', L('三聲內接聽', 'Within three rings'), ringChecks, { index: true })),
      ],
    },
  ],
})
