/**
 * PROP-12 業主領取鑰匙登記表: an owner (or a lawful occupant) collects the keys the developer entrusted,
 * only on an ID checked by the desk; the date of handover and the owner's signature are recorded.
 */
import { attachment, checkbox, datetime, number, rel, select, signaturePad, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { adminsOnly } from '../../../hooks/access'
import { secret } from '../../../hooks/audit'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { maskIdNumber } from '../owners/hooks'
import { handoverAfterChange, handoverBeforeChange } from './hooks'

export const collectorRelations = {
  owner: L('業主本人', 'The owner'),
  family: L('家庭成員', 'Household member'),
  resident: L('合法住戶(租戶)', 'Lawful occupant (tenant)'),
  agent: L('受託人(憑授權書)', 'Agent (with a letter of authority)'),
}

export const idTypes = {
  'id-card': L('居民身份證', 'Resident ID card'),
  passport: L('護照', 'Passport'),
  'hk-macau': L('港澳居民來往內地通行證', 'Home-return permit'),
  deed: L('房產證/購房合同(附身份證)', 'Title deed or purchase contract (with ID)'),
  other: L('其他證件', 'Other'),
}

export const KeyHandovers = defineForm({
  slug: 'key-handovers',
  label: L('業主領取鑰匙登記', 'Keys collected by an owner'),
  plural: L('業主領取鑰匙登記表', 'Keys collected by owners'),
  group: groups.property,
  title: 'keyNumber',
  columns: ['handedAt', 'key', 'collectorName', 'relation', 'idType', 'idNumber', 'quantity', 'handedBy'],
  retention: { years: 2, dateField: 'handedAt' },
  access: { delete: adminsOnly },
  hooks: { beforeChange: [handoverBeforeChange], afterChange: [handoverAfterChange] },
  print: {
    title: L('業主領取鑰匙登記表', 'Keys collected by an owner'),
    fields: ['handedAt', 'unitCode', 'keyNumber', 'quantity', 'collectorName', 'relation', 'idType', 'idNumber', 'handedBy'],
    signatures: [L('業主(領取人)簽名', 'Owner (collector)'), L('經辦人簽名', 'Handed over by')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        datetime('handedAt', L('移交日期', 'Handed over on'), { required: true, index: true, defaultValue: () => new Date().toISOString() }),
        rel('key', L('鑰匙', 'Key'), 'keys', { required: true }),
        number('quantity', L('數量(把)', 'Keys'), { required: true, min: 1, max: 50 }),
      ],
    },
    {
      type: 'row',
      fields: [
        rel('owner', L('業主檔案', 'Owner on file'), 'owners'),
        text('collectorName', L('領取人', 'Collected by'), { required: true, maxLength: 50 }),
        select('relation', L('與單元關係', 'Relation to the unit'), collectorRelations, { required: true, defaultValue: 'owner' }),
      ],
    },
    {
      type: 'row',
      fields: [
        select('idType', L('證件類型', 'ID type'), idTypes, { required: true, defaultValue: 'id-card' }),
        // Never in the audit trail; masked in lists and exports like the owner's own.
        secret(text('idNumber', L('證件號碼', 'ID number'), { maxLength: 30, hooks: { afterRead: [maskIdNumber] }, admin: { description: L('未查驗證件不得移交鑰匙', 'No keys without an ID') } })),
        checkbox('idChecked', L('已查驗證件', 'ID checked')),
      ],
    },
    // PROP-14 the owner signs on screen (the pad fills 「簽名」 and ticks the box), or on paper (a scan).
    signaturePad({ target: 'signature', tick: 'ownerSigned', title: L('業主在屏幕上簽名領取', 'The owner signs on screen'), file: L('領取鑰匙簽名', 'Key collection signature') }),
    {
      type: 'row',
      fields: [
        checkbox('ownerSigned', L('業主已簽名確認', 'The owner signed')),
        attachment('signature', L('簽名(圖片或簽名頁掃描件)', 'Signature (image or scan of the signed page)')),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    serverOwned(rel('handedBy', L('經辦人', 'Handed over by'), 'staff', { admin: { position: 'sidebar' } })),
    serverOwned(text('keyNumber', L('鑰匙編號', 'Key number'), { maxLength: 40, admin: { position: 'sidebar' } })),
    serverOwned(text('unitCode', L('單元', 'Unit'), { maxLength: 30, admin: { position: 'sidebar' } })),
  ],
})
