/**
 * PROP-12 移交鑰匙登記表: keys the developer entrusts to the service centre for owners who have not
 * collected them yet. Recorded and put in the cabinet by unit; an owner later collects them on ID
 * (業主領取鑰匙登記表, key-handovers).
 */
import { datetime, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'
import { keyReceipt } from '../key-receipt'

const receipt = keyReceipt({
  source: 'developer',
  countField: 'quantity',
  quantityLabel: L('數量(把)', 'Keys'),
  hander: { field: 'handerSigned', label: L('移交人已簽名', 'The developer signed'), missing: L('請開發商移交人簽名確認', "The developer's representative signs first") },
})

export const KeyEntrustments = defineForm({
  slug: 'key-entrustments',
  label: L('移交鑰匙登記', 'Keys entrusted by the developer'),
  plural: L('移交鑰匙登記表', 'Keys entrusted by the developer'),
  group: groups.property,
  title: 'keyNumber',
  columns: ['receivedAt', 'developer', 'unit', 'keyNumber', 'quantity', 'cabinet', 'slot', 'receiver'],
  retention: { years: 2, dateField: 'receivedAt' },
  access: receipt.access,
  hooks: { beforeChange: [receipt.receive] },
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
    receipt.keyRow,
    receipt.slotRow,
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    receipt.signedRow,
    ...receipt.registered,
  ],
})
