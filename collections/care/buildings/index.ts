/** CARE-12 樓棟: the buildings of a care home; floors and beds hang from them. */
import { number, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'

export const Buildings = defineForm({
  slug: 'buildings',
  label: L('樓棟', 'Building'),
  plural: L('樓棟', 'Buildings'),
  group: groups.care,
  title: 'name',
  columns: ['name', 'floors', 'order'],
  retention: 'forever',
  paper: false,
  fields: [
    text('name', L('名稱', 'Name'), { required: true, maxLength: 50 }),
    {
      type: 'row',
      fields: [
        number('floors', L('樓層數', 'Floors'), { required: true, min: 1, max: 100, defaultValue: 1 }),
        number('order', L('排序', 'Order'), { defaultValue: 0, max: 1000 }),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
  ],
})
