/**
 * PROP-12 鑰匙登記: every key set of the estate — its unit, key number, how many keys, the cabinet and
 * the labelled slot it hangs in — and its state (in / out / overdue / lost / handed to the owner),
 * kept by the server from the forms that move it (key-loans, key-memos, key-handovers). Keys come in
 * through 鑰匙驗收記錄表 (key-acceptances) and 移交鑰匙登記表 (key-entrustments), or are entered here.
 */
import { datetime, number, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { adminsOnly } from '../../../hooks/access'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { groups } from '../../core/labels'
import { keyBeforeChange, keyLifecycle } from './hooks'

export const keySources = {
  contractor: L('施工單位移交(鑰匙驗收記錄表)', 'From a contractor (acceptance record)'),
  developer: L('開發商委託保管(移交鑰匙登記表)', 'Entrusted by the developer'),
  other: L('其他', 'Other'),
}

const sidebar = { position: 'sidebar' as const }

export const Keys = defineForm({
  slug: 'keys',
  label: L('鑰匙', 'Key'),
  plural: L('鑰匙登記', 'Key register'),
  group: groups.property,
  title: 'keyNumber',
  columns: ['keyNumber', 'unit', 'quantity', 'cabinet', 'slot', 'status'],
  // The register is the cabinet's inventory (the forms that move keys are the records kept two years, PROP-16);
  // a key set stays listed, handed over or not, so the records that name it keep their key.
  retention: 'forever',
  access: { delete: adminsOnly },
  paper: false,
  indexes: [{ fields: ['site', 'keyNumber'], unique: true }, { fields: ['site', 'cabinet', 'slot'] }, { fields: ['site', 'status'] }],
  hooks: { beforeChange: [keyBeforeChange] },
  lifecycle: keyLifecycle,
  print: { title: L('鑰匙登記卡', 'Key card') },
  fields: [
    {
      type: 'row',
      fields: [
        rel('unit', L('單元', 'Unit'), 'units', { required: true, index: true }),
        text('keyNumber', L('鑰匙編號', 'Key number'), { required: true, maxLength: 40, index: true }),
        number('quantity', L('數量(把)', 'Keys in the set'), { required: true, min: 1, max: 50, defaultValue: 1 }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('cabinet', L('鑰匙櫃', 'Cabinet'), { required: true, maxLength: 20, defaultValue: '1号柜' }),
        text('slot', L('櫃位標簽', 'Slot label'), { required: true, maxLength: 20, admin: { description: L('鑰匙櫃上所貼的標簽,如 A-01', 'The label on the cabinet, e.g. A-01') } }),
      ],
    },
    select('source', L('來源', 'Source'), keySources, { defaultValue: 'other' }),
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    select('status', L('狀態', 'State'), stateOptions(keyLifecycle), { defaultValue: 'in', index: true, admin: sidebar }),
    serverOwned(datetime('handedOverAt', L('交業主時間', 'Handed to the owner at'), { index: true, admin: sidebar })),
    serverOwned(text('unitCode', L('單元編號', 'Unit code'), { maxLength: 30, admin: { hidden: true } })),
  ],
})
