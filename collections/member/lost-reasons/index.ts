/** MEMBER-04 未成單原因: the editable list a consultation that did not close picks its reason from. */
import { number, text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { memberGroup } from '../labels'

export const LostReasons = defineForm({
  slug: 'lost-reasons',
  label: L('未成單原因', 'Reason not closed'),
  plural: L('未成單原因', 'Reasons not closed'),
  group: memberGroup,
  title: 'name',
  columns: ['name', 'order'],
  paper: false,
  print: false,
  fields: [text('name', L('原因', 'Reason'), { required: true, maxLength: 60 }), number('order', L('排序', 'Order'), { defaultValue: 0 })],
})
