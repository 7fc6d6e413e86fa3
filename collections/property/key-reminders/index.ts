/**
 * PROP-14 借匙催還單: made by the key loans' `due` deadline when a key has been out for more than a
 * week (one notice per reminder, numbered), sent to the borrowing department and printed from
 * GET /api/key-reminders/:id/print. Written by the server only.
 */
import { datetime, number, rel, text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { adminsOnly, nobody } from '../../../hooks/access'
import { groups } from '../../core/labels'

export const KeyReminders = defineForm({
  slug: 'key-reminders',
  label: L('借匙催還單', 'Key return reminder'),
  plural: L('借匙催還單', 'Key return reminders'),
  group: groups.property,
  title: 'keyNumber',
  columns: ['issuedAt', 'keyNumber', 'unitCode', 'borrowerName', 'departmentName', 'daysOut', 'round'],
  retention: { years: 2, dateField: 'issuedAt' },
  access: { create: nobody, update: nobody, delete: adminsOnly },
  paper: false,
  indexes: [{ fields: ['site', 'issuedAt'] }],
  print: {
    title: L('借匙催還單', 'Key return reminder'),
    fields: ['issuedAt', 'round', 'departmentName', 'borrowerName', 'workId', 'contractor', 'unitCode', 'keyNumber', 'quantity', 'lentAt', 'daysOut'],
    signatures: [L('催還人(客服助理)', 'Sent by (customer service)'), L('借匙部門負責人簽收', 'Received by the head of the department')],
  },
  fields: [
    rel('loan', L('借鑰匙登記', 'Key loan'), 'key-loans', { required: true, index: true }),
    {
      type: 'row',
      fields: [
        datetime('issuedAt', L('催還日期', 'Issued on'), { required: true, index: true }),
        number('round', L('第幾次催還', 'Reminder no.'), { min: 1, max: 10000 }),
        number('daysOut', L('已借出天數', 'Days out'), { min: 0, max: 100000 }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('keyNumber', L('鑰匙編號', 'Key number'), { maxLength: 40 }),
        text('unitCode', L('單元', 'Unit'), { maxLength: 30 }),
        number('quantity', L('數量(把)', 'Keys'), { min: 0, max: 50 }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('borrowerName', L('借匙人', 'Borrower'), { maxLength: 50 }),
        text('workId', L('工作證號', 'Work ID'), { maxLength: 30 }),
        text('contractor', L('施工單位', 'Contractor'), { maxLength: 100 }),
      ],
    },
    {
      type: 'row',
      fields: [
        rel('department', L('借匙部門', 'Department'), 'departments'),
        text('departmentName', L('部門名稱', 'Department name'), { maxLength: 100 }),
        datetime('lentAt', L('借出日期', 'Lent on')),
      ],
    },
  ],
})
