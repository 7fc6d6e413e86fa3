/**
 * CARE-09 預定登記表: families who want a bed when none is free, in order of registration. When a
 * bed frees up the desk is told whom to call first (collections/care/waitlist/hooks.ts).
 */
import { datetime, phone, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'

export const waitlistStatuses = {
  waiting: L('候補中', 'Waiting'),
  called: L('已致電', 'Called'),
  reserved: L('已預定', 'Reserved'),
  withdrawn: L('已放棄', 'Withdrawn'),
}

export const Waitlist = defineForm({
  slug: 'waitlist',
  label: L('預定登記', 'Waitlist entry'),
  plural: L('預定登記表', 'Waitlist'),
  group: groups.care,
  title: 'familyName',
  columns: ['registeredAt', 'familyName', 'familyPhone', 'elderName', 'wanted', 'status'],
  retention: { years: 2, dateField: 'registeredAt' },
  indexes: [{ fields: ['site', 'status', 'registeredAt'] }],
  fields: [
    datetime('registeredAt', L('登記時間', 'Registered at'), { required: true, defaultValue: () => new Date().toISOString(), index: true }),
    {
      type: 'row',
      fields: [
        text('familyName', L('預定人', 'Family member'), { required: true, maxLength: 50 }),
        phone('familyPhone', L('聯繫電話', 'Phone'), { required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('elderName', L('老人姓名', "Elder's name"), { required: true, maxLength: 50 }),
        text('wanted', L('意向房型/床位', 'Room or bed wanted'), { maxLength: 100 }),
      ],
    },
    select('status', L('狀態', 'Status'), waitlistStatuses, { required: true, defaultValue: 'waiting', index: true }),
    textarea('callNotes', L('致電記錄', 'Call notes'), { maxLength: 2000 }),
  ],
})
