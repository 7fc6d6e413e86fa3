/** CORE-06: standard scripts (標準話術) shown beside the call and visitor forms. */
import { number, select, text, textarea } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { defineForm } from '../../hooks/form/defineForm'
import { groups } from './labels'

export const Scripts = defineForm({
  slug: 'scripts',
  label: L('標準話術', 'Standard script'),
  plural: L('標準話術', 'Standard scripts'),
  group: groups.desk,
  title: 'title',
  columns: ['title', 'kind', 'order'],
  paper: false,
  fields: [
    select('kind', L('類別', 'Kind'), {
      greeting: L('接聽問候語', 'Greeting'),
      call: L('通話話術', 'Call script'),
      'six-eight': L('六聲八句', 'The six sounds and eight phrases'),
      forbidden: L('服務忌語', 'Forbidden phrases'),
    }, { required: true, index: true }),
    text('title', L('標題', 'Title'), { required: true }),
    textarea('body', L('內容', 'Text'), { required: true }),
    number('order', L('排序', 'Order'), { defaultValue: 0 }),
  ],
})
