/**
 * CARE-21 快遞: for an elder → a text to the family and a work message to the health-care supervisor
 * to collect it; for a staff member → a work message to collect it; postage to be paid by the
 * company → the buyer is told to settle it with finance first.
 */
import { checkbox, datetime, money, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { parcelAfterChange, parcelBeforeChange } from './hooks'

export const Parcels = defineForm({
  slug: 'parcels',
  label: L('快遞', 'Parcel'),
  plural: L('快遞登記', 'Parcels'),
  group: groups.care,
  title: 'trackingNo',
  columns: ['receivedAt', 'forWhom', 'elder', 'staff', 'carrier', 'collectedAt'],
  retention: { years: 2, dateField: 'receivedAt' },
  hooks: { beforeChange: [parcelBeforeChange], afterChange: [parcelAfterChange] },
  fields: [
    {
      type: 'row',
      fields: [
        datetime('receivedAt', L('收到時間', 'Received at'), { required: true, defaultValue: () => new Date().toISOString(), index: true }),
        select('forWhom', L('收件人類型', 'For'), { elder: L('老人', 'An elder'), staff: L('員工', 'A staff member') }, { required: true, defaultValue: 'elder' }),
      ],
    },
    rel('elder', L('老人', 'Elder'), 'elders', { admin: { condition: (d) => d?.forWhom === 'elder' } }),
    {
      type: 'row',
      admin: { condition: (d) => d?.forWhom === 'elder' },
      fields: [
        text('familyName', L('通知家屬', 'Family to text'), { maxLength: 50 }),
        phone('familyPhone', L('家屬手機', "Family's mobile")),
      ],
    },
    rel('staff', L('員工', 'Staff member'), 'staff', { admin: { condition: (d) => d?.forWhom === 'staff' } }),
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
        checkbox('postageDue', L('需付快遞費(公費)', 'Postage to pay (company)')),
        money('postage', L('快遞費(元)', 'Postage (元)')),
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
    serverOwned(checkbox('notified', L('已通知', 'Notified'), { admin: { position: 'sidebar' } })),
  ],
})
