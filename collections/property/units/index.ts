/**
 * PROP-01 單元: a unit of the estate (code like 1-2-301: building, entrance, room), its floor, area and
 * whether it is lived in. Its history (PROP-02: changes of phone number and of owner) is kept in
 * `unit-history`, written by the server when an owner changes.
 */
import { checkbox, number, rel, text, textarea, validateWith } from '../../../src/lib/fields'
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
  ],
})
