/**
 * PROP-12 移交鑰匙登記表: keys the developer entrusts to the service centre for owners who have not
 * collected them yet. Recorded and put in the cabinet by unit; an owner later collects them on ID
 * (業主領取鑰匙登記表, key-handovers).
 */
import { attachment, checkbox, datetime, number, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { adminsOnly } from '../../../hooks/access'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { receiveKeys } from '../key-acceptances/hooks'

export const KeyEntrustments = defineForm({
  slug: 'key-entrustments',
  label: L('移交鑰匙登記', 'Keys entrusted by the developer'),
  plural: L('移交鑰匙登記表', 'Keys entrusted by the developer'),
  group: groups.property,
  title: 'keyNumber',
  columns: ['receivedAt', 'developer', 'unit', 'keyNumber', 'quantity', 'cabinet', 'slot', 'receiver'],
  retention: { years: 2, dateField: 'receivedAt' },
  access: { delete: adminsOnly },
  hooks: {
    beforeChange: [
      receiveKeys({
        source: 'developer',
        countField: 'quantity',
        signatures: [
          { field: 'handerSigned', missing: L('請開發商移交人簽名確認', "The developer's representative signs first") },
          { field: 'receiverSigned', missing: L('請接收人核對後簽名確認', 'The receiver counts and signs') },
        ],
      }),
    ],
  },
  print: {
    title: L('移交鑰匙登記表', 'Keys entrusted by the developer'),
    fields: ['receivedAt', 'developer', 'handedBy', 'unit', 'keyNumber', 'quantity', 'cabinet', 'slot', 'notes', 'receiver'],
    signatures: [L('開發商移交人簽名', "Developer's representative"), L('接收人簽名', 'Received by')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        datetime('receivedAt', L('移交日期', 'Received on'), { required: true, index: true, defaultValue: () => new Date().toISOString() }),
        text('developer', L('委託單位(開發商)', 'Developer'), { required: true, maxLength: 100 }),
        text('handedBy', L('移交人', 'Handed over by'), { required: true, maxLength: 50 }),
      ],
    },
    {
      type: 'row',
      fields: [
        rel('unit', L('單元', 'Unit'), 'units', { required: true }),
        text('keyNumber', L('鑰匙編號', 'Key number'), { required: true, maxLength: 40 }),
        number('quantity', L('數量(把)', 'Keys'), { required: true, min: 1, max: 50 }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('cabinet', L('放入鑰匙櫃', 'Cabinet'), { required: true, maxLength: 20, defaultValue: '1号柜' }),
        text('slot', L('櫃位標簽', 'Slot label'), { required: true, maxLength: 20 }),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    {
      type: 'row',
      fields: [
        checkbox('handerSigned', L('移交人已簽名', 'The developer signed')),
        checkbox('receiverSigned', L('接收人已簽名', 'The receiver signed')),
        attachment('signatures', L('簽名頁掃描件', 'Scan of the signed page')),
      ],
    },
    serverOwned(rel('receiver', L('接收人', 'Received by'), 'staff', { admin: { position: 'sidebar' } })),
    serverOwned(rel('key', L('入櫃鑰匙', 'Key in the register'), 'keys', { admin: { position: 'sidebar' } })),
    serverOwned(text('unitCode', L('單元編號', 'Unit code'), { maxLength: 30, admin: { hidden: true } })),
  ],
})
