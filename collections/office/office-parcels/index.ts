/**
 * OFFICE-04 快遞收發: a parcel for an employee — they are told to collect it (work message and e-mail)
 * and reminded every working morning until it is collected. The desk signs for it (and pays the
 * postage, recorded for reimbursement) only with the employee's recorded consent (parcel-consents).
 */
import { checkbox, datetime, money, number, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { groups } from '../../core/labels'
import { parcelChecks, parcelLifecycle } from './hooks'

const sidebar = { position: 'sidebar' as const }

const collect = {
  subject: L('快遞到達:請到前臺領取', 'A parcel for you at the desk'),
  body: L('{name} 您好:您的{carrier}快遞(單號 {trackingNo})已於 {receivedAt} 到前臺,請到前臺領取。', 'Hello {name}, your {carrier} parcel (tracking number {trackingNo}) reached the desk at {receivedAt}. Please collect it at the desk.'),
}

const reminder = {
  subject: L('提醒:您的快遞還在前臺', 'Reminder: your parcel is still at the desk'),
  body: L('{name} 您好:您的{carrier}快遞(單號 {trackingNo})自 {receivedAt} 起還在前臺未領取,請盡快領取。', 'Hello {name}, your {carrier} parcel (tracking number {trackingNo}) has been at the desk since {receivedAt}. Please collect it.'),
}

export const OfficeParcels = defineForm({
  slug: 'office-parcels',
  label: L('快遞', 'Parcel'),
  plural: L('快遞收發登記', 'Parcels'),
  group: groups.office,
  title: 'trackingNo',
  columns: ['receivedAt', 'recipient', 'carrier', 'trackingNo', 'status', 'postagePaid', 'postage', 'reimbursedAt', 'collectedAt'],
  retention: { years: 2, dateField: 'receivedAt' },
  indexes: [{ fields: ['site', 'receivedAt'] }],
  hooks: { beforeChange: [parcelChecks] },
  lifecycle: parcelLifecycle,
  print: { title: L('快遞收發登記', 'Parcel register'), signatures: [L('領取人簽名', 'Collected by'), L('前臺經辦', 'Front desk')] },
  notify: [
    { on: 'create', message: [{ field: 'recipient' }], email: [{ field: 'recipient' }], ...collect },
    { on: { deadline: 'remind' }, message: [{ field: 'recipient' }], email: [{ field: 'recipient' }], ...reminder },
  ],
  deadlines: [
    {
      name: 'remind', rule: 'OFFICE-04', label: L('快遞:未領取每天提醒', 'Parcels: remind daily until collected'),
      from: 'receivedAt', after: { days: 1 }, at: 'opens', while: { status: ['arrived', 'held'] },
      then: { notify: true, count: 'reminders', repeat: { days: 1 } },
      // parcelChecks checks what a person enters and names the recipient: the reminders' count and the next reminder are neither.
      batch: true,
      sentence: { due: L('{n} 個快遞待提醒領取', '{n} parcels to remind about'), overdue: L('{n} 個快遞未領取', '{n} parcels not collected') },
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        datetime('receivedAt', L('到件時間', 'Arrived at'), { required: true, defaultValue: () => new Date().toISOString(), index: true }),
        rel('recipient', L('收件員工', 'For'), 'staff', { required: true, index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('carrier', L('快遞公司', 'Carrier'), { maxLength: 50 }),
        text('trackingNo', L('快遞單號', 'Tracking number'), { maxLength: 60 }),
      ],
    },
    {
      type: 'row',
      fields: [
        datetime('signedAt', L('前臺代簽時間', 'Signed for by the desk at'), { admin: { description: L('須有員工代收同意書', 'Needs the employee’s recorded consent') } }),
        rel('signedBy', L('代簽人', 'Signed by'), 'staff'),
      ],
    },
    {
      type: 'row',
      fields: [
        checkbox('postagePaid', L('前臺墊付郵費', 'Postage paid by the desk')),
        money('postage', L('郵費(元)', 'Postage (元)')),
        datetime('reimbursedAt', L('報銷日期', 'Reimbursed on')),
      ],
    },
    {
      type: 'row',
      fields: [
        datetime('collectedAt', L('領取時間', 'Collected at')),
        text('collectedBy', L('領取人', 'Collected by'), { maxLength: 50 }),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    select('status', L('狀態', 'Status'), stateOptions(parcelLifecycle), { defaultValue: 'arrived', index: true, admin: sidebar }),
    serverOwned(rel('receivedBy', L('登記人', 'Logged by'), 'staff', { admin: sidebar })),
    serverOwned(text('recipientName', L('收件人姓名', "Recipient's name"), { maxLength: 50, admin: { hidden: true } })),
    serverOwned(number('reminders', L('已提醒次數', 'Reminders sent'), { defaultValue: 0, admin: sidebar })),
  ],
})
