/** CARE-22 員工因公外出登記表 / 外出公幹派工單: who is out on business, where, and when back. */
import { datetime, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'
import { tripBeforeChange } from './hooks'

export const BusinessTrips = defineForm({
  slug: 'business-trips',
  label: L('因公外出', 'Business trip'),
  plural: L('員工因公外出登記表', 'Staff business trips'),
  group: groups.care,
  title: 'destination',
  columns: ['leftAt', 'staff', 'destination', 'expectedReturn', 'returnedAt'],
  retention: { years: 2, dateField: 'leftAt' },
  hooks: { beforeChange: [tripBeforeChange] },
  fields: [
    rel('staff', L('外出員工', 'Staff member'), 'staff', { required: true, index: true }),
    {
      type: 'row',
      fields: [
        text('destination', L('外出地點', 'Destination'), { required: true, maxLength: 100 }),
        text('workOrderNo', L('派工單號', 'Work order number'), { maxLength: 40 }),
      ],
    },
    textarea('task', L('外出事由/派工內容', 'Task'), { required: true, maxLength: 2000 }),
    rel('assignedBy', L('派工人', 'Assigned by'), 'staff'),
    {
      type: 'row',
      fields: [
        datetime('leftAt', L('外出時間', 'Left at'), { required: true, defaultValue: () => new Date().toISOString(), index: true }),
        datetime('expectedReturn', L('預計返回', 'Expected back'), { required: true }),
        datetime('returnedAt', L('實際返回', 'Back at')),
      ],
    },
  ],
})
