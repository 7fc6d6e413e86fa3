/**
 * PROP-12 鑰匙驗收記錄表: keys a contractor hands over after the locks were accepted. The engineering
 * checker and the contractor's hander are named, the customer-service assistant counts what arrived:
 * 簽收確認 ✓ when the count matches the record's 數量, otherwise the remark says what was found. The
 * contractor and the receiver sign; the keys go into their labelled slot (the key register).
 */
import { checkbox, datetime, number, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { keyReceipt } from '../key-receipt'
import { acceptanceCheck } from './hooks'

const receipt = keyReceipt({
  source: 'contractor',
  countField: 'received',
  quantityLabel: L('數量(把)', 'Count on the record'),
  counts: [number('received', L('實收數量(把)', 'Count received'), { required: true, min: 1, max: 50 })],
  hander: { field: 'contractorSigned', label: L('交匙人已簽名', 'The hander signed'), missing: L('請施工隊交匙人簽名確認', "The contractor's hander signs first") },
})

export const KeyAcceptances = defineForm({
  slug: 'key-acceptances',
  label: L('鑰匙驗收記錄', 'Key acceptance'),
  plural: L('鑰匙驗收記錄表', 'Key acceptance records'),
  group: groups.property,
  title: 'keyNumber',
  columns: ['acceptedAt', 'contractor', 'unit', 'keyNumber', 'quantity', 'received', 'matched', 'remark'],
  retention: { years: 2, dateField: 'acceptedAt' },
  access: receipt.access,
  hooks: { beforeChange: [receipt.receive, acceptanceCheck] },
  print: {
    title: L('鑰匙驗收記錄表', 'Key acceptance record'),
    fields: ['acceptedAt', 'contractor', 'handedBy', 'engineer', 'unit', 'keyNumber', 'quantity', 'received', 'matched', 'remark', 'cabinet', 'slot', 'receiver'],
    signatures: [L('施工隊交匙人簽名', "Contractor's hander"), L('工程部驗收人簽名', 'Engineering checker'), L('接收人簽名', 'Received by')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        datetime('acceptedAt', L('驗收日期', 'Accepted on'), { required: true, index: true, defaultValue: () => new Date().toISOString() }),
        text('contractor', L('施工單位', 'Contractor'), { required: true, maxLength: 100 }),
        text('handedBy', L('交匙人', 'Handed over by'), { required: true, maxLength: 50 }),
        rel('engineer', L('工程部驗收人', 'Engineering checker'), 'staff'),
      ],
    },
    receipt.keyRow,
    serverOwned(checkbox('matched', L('簽收確認 ✓(數量相符)', 'Signed for ✓ (count matches)'))),
    textarea('remark', L('備註(數量不符時注明實際情況)', 'Remark (what was found when the count differs)'), { maxLength: 1000 }),
    receipt.slotRow,
    receipt.signedRow,
    ...receipt.registered,
  ],
})
