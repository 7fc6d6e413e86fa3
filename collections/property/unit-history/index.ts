/**
 * PROP-02 單元變更記錄: the unit's history — a change of phone number, of the owner's name or ID number,
 * a transfer to a new owner — with who, when, old → new. Written only by the server (the owners'
 * hook, in the change's own transaction); nobody edits or deletes a line. Kept forever.
 */
import { datetime, rel, select, text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { isServerCall, nobody } from '../../../hooks/access'
import { groups } from '../../core/labels'

export const historyKinds = {
  owner: L('業主更替', 'Change of owner'),
  phone: L('聯繫電話變更', 'Change of phone number'),
  name: L('業主姓名變更', 'Change of name'),
  idNumber: L('證件號變更', 'Change of ID number'),
  unit: L('單元變更', 'Change of unit'),
}

export const UnitHistory = defineForm({
  slug: 'unit-history',
  label: L('單元變更記錄', 'Unit history'),
  plural: L('單元變更記錄', 'Unit history'),
  group: groups.property,
  title: 'to', // the new value: a select's raw code would show as the title
  columns: ['unit', 'kind', 'from', 'to', 'by', 'at'],
  retention: 'forever',
  paper: false,
  access: {
    create: ({ req }) => isServerCall(req),
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['unit', 'at'] }],
  fields: [
    serverOwned(rel('unit', L('單元', 'Unit'), 'units', { required: true, index: true })),
    serverOwned(rel('owner', L('業主', 'Owner'), 'owners', { index: true })),
    serverOwned(select('kind', L('變更內容', 'What changed'), historyKinds, { required: true })),
    serverOwned(text('from', L('原值', 'Old'), { maxLength: 200 })),
    serverOwned(text('to', L('新值', 'New'), { maxLength: 200 })),
    serverOwned(rel('by', L('經辦人', 'By'), 'staff')),
    serverOwned(datetime('at', L('時間', 'When'), { required: true })),
  ],
})
