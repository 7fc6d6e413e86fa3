/**
 * PROP-01 單元: a unit of the estate (code like 1-2-301: building, entrance, room), its floor, area and
 * whether it is lived in. Its history (PROP-02: changes of phone number and of owner) is kept in
 * `unit-history`, written by the server when an owner changes.
 */
import { checkbox, datetime, day, number, rel, text, textarea, validateWith } from '../../../src/lib/fields'
import { serverOwned } from '../../../hooks/serverOwned'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'

const CODE = /^[0-9A-Za-z]{1,6}(-[0-9A-Za-z]{1,6}){0,3}$/

export const Units = defineForm({
  slug: 'units',
  label: L('單元', 'Unit'),
  plural: L('單元', 'Units'),
  group: groups.property,
  title: 'code',
  columns: ['code', 'building', 'floor', 'area', 'occupied'],
  retention: 'forever',
  paper: false,
  print: false,
  indexes: [{ fields: ['site', 'code'], unique: true }],
  hooks: {
    // PROP-05: the quarter of a new unit counts from its creation.
    beforeChange: [({ data, operation }) => (operation === 'create' && !data.censusFrom ? { ...data, censusFrom: new Date().toISOString() } : data)],
  },
  deadlines: [
    {
      name: 'census',
      rule: 'PROP-05',
      label: L('家庭情況普查:每季度一次', 'Household census: once a quarter'),
      from: 'censusFrom',
      after: { months: 3 },
      at: 'opens',
      // The form's own hook acts on a create only.
      batch: true,
      then: {
        flag: 'censusDue',
        message: { to: ['cs-assistant'], title: L('{code} 本季度家庭情況普查待辦', '{code}: household census due this quarter') },
      },
      sentence: {
        due: L('{n} 個單元本季度家庭普查待辦', '{n} units due their quarterly census'),
        overdue: L('{n} 個單元本季度家庭普查未做', '{n} units past their quarterly census'),
      },
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        rel('building', L('樓棟', 'Building'), 'estate-buildings', { required: true, index: true }),
        text('code', L('單元編號', 'Unit code'), {
          required: true,
          maxLength: 30,
          index: true,
          admin: { description: L('如 1-2-301(樓棟-單元-房號)', 'e.g. 1-2-301 (building-entrance-room)') },
          validate: validateWith((v) => CODE.test(String(v)), L('單元編號如 1-2-301', 'A unit code looks like 1-2-301')),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        number('floor', L('樓層', 'Floor'), { required: true, min: -5, max: 200 }),
        number('area', L('建築面積(㎡)', 'Floor area (m²)'), { min: 0, max: 10000, admin: { step: 0.01 } }),
        checkbox('occupied', L('已入住', 'Occupied')),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    // PROP-02: the unit's history (changes of phone number and of owner), newest first, read-only.
    {
      name: 'history',
      type: 'join',
      label: L('變更記錄', 'History'),
      collection: 'unit-history',
      on: 'unit',
      defaultSort: '-at',
      defaultLimit: 20,
      admin: { defaultColumns: ['kind', 'from', 'to', 'by', 'at'], allowCreate: false },
    },
    serverOwned(day('lastCensusOn', L('上次家庭普查', 'Last household census'), { admin: { position: 'sidebar' } })),
    serverOwned(datetime('censusFrom', L('普查週期起點', 'Census quarter counts from'), { admin: { position: 'sidebar', hidden: true } })),
    serverOwned(checkbox('censusDue', L('普查待辦', 'Census due'), { index: true, admin: { position: 'sidebar' } })),
  ],
})
