/**
 * OFFICE-01 接聽電話記錄簿 (the company reception's phone log): who called, from which company, the
 * number, the purpose, and a message for a colleague — which reaches them as a work message they
 * confirm (its state shows here). A missed call becomes a call-back task (call back, apologise, ask
 * the purpose) due within 30 minutes and flagged when overdue (WF-10, call-tasks). Where a phone is
 * connected, the entry links the phone system's call record and the server measures the seconds from
 * its ring to its answer: answered within three rings or not (figures per day and desk person).
 */
import { datetime, number, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { receiptStateField } from '../../../hooks/notify/receiptState'
import { groups } from '../../core/labels'
import { attributeTheCall, fromThePhone } from './hooks'

export const callOutcomes = {
  answered: L('已接聽', 'Answered'),
  missed: L('未接', 'Missed'),
}

export const ringChecks = {
  within: L('三聲內接聽', 'Within three rings'),
  late: L('超過三聲', 'After three rings'),
  missed: L('未接', 'Missed'),
}

const sidebar = { position: 'sidebar' as const }

export const PhoneLog = defineForm({
  slug: 'phone-log',
  label: L('來電登記', 'Phone call'),
  plural: L('接聽電話記錄簿', 'Phone log'),
  group: groups.office,
  title: 'callerName',
  columns: ['receivedAt', 'callerName', 'company', 'phone', 'purpose', 'messageFor', 'messageState', 'outcome', 'ringCheck', 'takenBy'],
  retention: { years: 2, dateField: 'receivedAt' },
  indexes: [{ fields: ['site', 'receivedAt'] }],
  hooks: { beforeChange: [fromThePhone], afterChange: [attributeTheCall] },
  print: { title: L('接聽電話記錄簿', 'Phone log'), signatures: [L('接聽人', 'Taken by'), L('轉告對象', 'Message for')] },
  notify: [
    // A message for a colleague: a work message they confirm (its state is `messageState`).
    {
      on: 'create',
      message: [{ field: 'messageFor' }],
      subject: L('電話留言:{callerName}({company})', 'Phone message: {callerName} ({company})'),
      body: L('{receivedAt} {callerName}({company},電話 {phone})來電:{purpose}\n留言:{message}\n請確認已收到。', '{receivedAt} {callerName} ({company}, {phone}) called: {purpose}\nMessage: {message}\nPlease confirm you got it.'),
    },
    {
      on: { field: 'messageFor' },
      message: [{ field: 'messageFor' }],
      subject: L('電話留言:{callerName}({company})', 'Phone message: {callerName} ({company})'),
      body: L('{receivedAt} {callerName}({company},電話 {phone})來電:{purpose}\n留言:{message}\n請確認已收到。', '{receivedAt} {callerName} ({company}, {phone}) called: {purpose}\nMessage: {message}\nPlease confirm you got it.'),
    },
    // 沒有接聽到的電話應及時回撥,首先致歉,再詢問剛才來電的目的. A missed call of a connected phone already has its task (the phone driver's).
    {
      on: 'create',
      where: { outcome: 'missed', call: false },
      call: { phone: 'phone', within: 30, title: L('回撥 {phone} {callerName}:先致歉,再詢問剛才來電的目的', 'Call {phone} {callerName} back: apologise, then ask what they called about') },
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        datetime('receivedAt', L('來電時間', 'Time'), { required: true, defaultValue: () => new Date().toISOString(), index: true }),
        select('outcome', L('接聽情況', 'Answered?'), callOutcomes, { required: true, defaultValue: 'answered', index: true }),
        rel('takenBy', L('接聽人', 'Taken by'), 'staff', { index: true, defaultValue: ({ user }: { user?: { id?: unknown; collection?: string } | null }) => (user?.collection === 'staff' ? user.id : undefined), admin: { description: L('默認為當前登錄的前臺', 'Defaults to the person signed in') } }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('callerName', L('來電人', 'Caller'), { maxLength: 50 }),
        text('company', L('單位', 'Company'), { maxLength: 100 }),
        phone('phone', L('電話號碼', 'Number')),
      ],
    },
    textarea('purpose', L('來電事由', 'Purpose'), { maxLength: 1000 }),
    {
      type: 'row',
      fields: [
        rel('messageFor', L('轉告同事', 'Message for'), 'staff', { index: true }),
        receiptStateField('messageState', L('留言確認', 'Message confirmed'), 'messageFor', 'phone-log'),
      ],
    },
    textarea('message', L('留言內容', 'Message'), { maxLength: 2000 }),
    rel('call', L('電話系統來電記錄', 'Call of the phone system'), 'calls', {
      unique: true,
      admin: { description: L('接有電話設備時選擇對應來電,系統據此計算振鈴到接聽的時間', 'With a phone connected, choose its call: the time from ring to answer is measured from it') },
    }),
    serverOwned(number('ringSeconds', L('振鈴到接聽(秒)', 'Ring to answer (s)'), { admin: sidebar })),
    serverOwned(select('ringCheck', L('三聲內接聽', 'Within three rings'), ringChecks, { index: true, admin: sidebar })),
  ],
})
