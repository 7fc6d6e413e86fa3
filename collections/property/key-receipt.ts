/**
 * PROP-12 what the two key-receiving forms share — 鑰匙驗收記錄表 (key-acceptances, from a contractor)
 * and 移交鑰匙登記表 (key-entrustments, from the developer): the unit, key number and count, the
 * cabinet slot they go into, the hander's and the receiver's signatures, the register entry the
 * server makes (`receiveKeys`: the count into the key register at the slot, the receiver is the person
 * entering it, what was received fixed afterwards) and who may delete.
 */
import type { Field } from 'payload'
import { attachment, checkbox, number, rel, text } from '../../src/lib/fields'
import { L, type Label } from '../../src/lib/i18n'
import { adminsOnly } from '../../hooks/access'
import { serverOwned } from '../../hooks/serverOwned'
import { receiveKeys } from './key-acceptances/hooks'

export type KeyReceiptOptions = {
  /** Where the keys came from (the register's source). */
  source: 'contractor' | 'developer'
  /** The field whose count goes into the register. */
  countField: 'quantity' | 'received'
  /** The label of the record's 數量 field. */
  quantityLabel: Label
  /** Count fields after 數量 in the same row (the acceptance's 實收數量). */
  counts?: Field[]
  /** The hander's signature box: its field, label and the refusal when it is not ticked. */
  hander: { field: string; label: Label; missing: Label }
}

export function keyReceipt(o: KeyReceiptOptions) {
  return {
    access: { delete: adminsOnly },
    receive: receiveKeys({
      source: o.source,
      countField: o.countField,
      signatures: [
        { field: o.hander.field, missing: o.hander.missing },
        { field: 'receiverSigned', missing: L('請接收人核對後簽名確認', 'The receiver counts and signs') },
      ],
    }),
    /** Unit, key number, 數量 (and the other counts). */
    keyRow: {
      type: 'row',
      fields: [
        rel('unit', L('單元', 'Unit'), 'units', { required: true }),
        text('keyNumber', L('鑰匙編號', 'Key number'), { required: true, maxLength: 40 }),
        number('quantity', o.quantityLabel, { required: true, min: 1, max: 50 }),
        ...(o.counts ?? []),
      ],
    } as Field,
    /** The labelled slot they go into. */
    slotRow: {
      type: 'row',
      fields: [
        text('cabinet', L('放入鑰匙櫃', 'Cabinet'), { required: true, maxLength: 20, defaultValue: '1号柜' }),
        text('slot', L('櫃位標簽', 'Slot label'), { required: true, maxLength: 20 }),
      ],
    } as Field,
    /** The hander's and the receiver's signatures, and the scan of the signed page. */
    signedRow: {
      type: 'row',
      fields: [
        checkbox(o.hander.field, o.hander.label),
        checkbox('receiverSigned', L('接收人已簽名', 'The receiver signed')),
        attachment('signatures', L('簽名頁掃描件', 'Scan of the signed page')),
      ],
    } as Field,
    /** What the server records: the receiver, the register entry, the unit's code. */
    registered: [
      serverOwned(rel('receiver', L('接收人', 'Received by'), 'staff', { admin: { position: 'sidebar' } })),
      serverOwned(rel('key', L('入櫃鑰匙', 'Key in the register'), 'keys', { admin: { position: 'sidebar' } })),
      serverOwned(text('unitCode', L('單元編號', 'Unit code'), { maxLength: 30, admin: { hidden: true } })),
    ] as Field[],
  }
}
