/** PROP-01 樓棟: the buildings of the estate; units hang from them. */
import { number, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'

export const EstateBuildings = defineForm({
  slug: 'estate-buildings',
  label: L('樓棟', 'Building'),
  plural: L('樓棟', 'Buildings'),
  group: groups.property,
  title: 'name',
  columns: ['name', 'floors', 'order'],
  retention: 'forever',
  paper: false,
  print: false,
  fields: [
    {
      type: 'row',
      fields: [
        text('name', L('名稱', 'Name'), { required: true, maxLength: 50 }),
        number('floors', L('樓層數', 'Floors'), { min: 1, max: 200 }),
        number('order', L('排序', 'Order'), { defaultValue: 0, max: 1000 }),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
  ],
})
