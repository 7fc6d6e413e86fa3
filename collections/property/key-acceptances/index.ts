/**
 * PROP-12 鑰匙驗收記錄表: keys a contractor hands over after the locks were accepted. The engineering
 * checker and the contractor's hander are named, the customer-service assistant counts what arrived:
 * 簽收確認 ✓ when the count matches the record's 數量, otherwise the remark says what was found. The
 * contractor and the receiver sign; the keys go into their labelled slot (the key register).
 */
import { attachment, checkbox, datetime, number, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { adminsOnly } from '../../../hooks/access'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { acceptanceCheck, receiveKeys } from './hooks'

export const KeyAcceptances = defineForm({
  slug: 'key-acceptances',
  label: L('鑰匙驗收記錄', 'Key acceptance'),
  plural: L('鑰匙驗收記錄表', 'Key acceptance records'),
  group: groups.property,
  title: 'keyNumber',
  columns: ['acceptedAt', 'contractor', 'unit', 'keyNumber', 'quantity', 'received', 'matched', 'remark'],
  retention: { years: 2, dateField: 'acceptedAt' },
  access: { delete: adminsOnly },
  hooks: {
    beforeChange: [
      receiveKeys({
        source: 'contractor',
        countField: 'received',
        signatures: [
          { field: 'contractorSigned', missing: L('請施工隊交匙人簽名確認', "The contractor's hander signs first") },
          { field: 'receiverSigned', missing: L('請接收人核對後簽名確認', 'The receiver counts and signs') },
        ],
      }),
      acceptanceCheck,
    ],
  },
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
    {
      type: 'row',
      fields: [
        rel('unit', L('單元', 'Unit'), 'units', { required: true }),
        text('keyNumber', L('鑰匙編號', 'Key number'), { required: true, maxLength: 40 }),
        number('quantity', L('數量(把)', 'Count on the record'), { required: true, min: 1, max: 50 }),
        number('received', L('實收數量(把)', 'Count received'), { required: true, min: 1, max: 50 }),
      ],
    },
    serverOwned(checkbox('matched', L('簽收確認 ✓(數量相符)', 'Signed for ✓ (count matches)'))),
    textarea('remark', L('備註(數量不符時注明實際情況)', 'Remark (what was found when the count differs)'), { maxLength: 1000 }),
    {
      type: 'row',
      fields: [
        text('cabinet', L('放入鑰匙櫃', 'Cabinet'), { required: true, maxLength: 20, defaultValue: '1号柜' }),
        text('slot', L('櫃位標簽', 'Slot label'), { required: true, maxLength: 20 }),
      ],
    },
    {
      type: 'row',
      fields: [
        checkbox('contractorSigned', L('交匙人已簽名', 'The hander signed')),
        checkbox('receiverSigned', L('接收人已簽名', 'The receiver signed')),
        attachment('signatures', L('簽名頁掃描件', 'Scan of the signed page')),
      ],
    },
    serverOwned(rel('receiver', L('接收人', 'Received by'), 'staff', { admin: { position: 'sidebar' } })),
    serverOwned(rel('key', L('入櫃鑰匙', 'Key in the register'), 'keys', { admin: { position: 'sidebar' } })),
    serverOwned(text('unitCode', L('單元編號', 'Unit code'), { maxLength: 30, admin: { hidden: true } })),
  ],
})
