/**
 * OFFICE-05 辦公用品領用登記: items issued to a department, deducted from its approved totals for the
 * quarter; beyond them the issue is refused with what remains (creating or editing, any door).
 */
import { datetime, list, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { quarterField } from '../affairs-shared'
import { itemRow } from '../supply-plans'
import { issueBeforeChange } from './hooks'

export const SupplyIssues = defineForm({
  slug: 'supply-issues',
  label: L('辦公用品領用', 'Supplies issue'),
  plural: L('辦公用品領用登記', 'Supplies issues'),
  group: groups.desk,
  title: 'departmentName',
  columns: ['issuedAt', 'department', 'quarter', 'receivedBy', 'items'],
  // Issues are what the totals are counted from: kept, never deleted by the desk.
  retention: 'forever',
  hooks: { beforeChange: [issueBeforeChange] },
  print: { title: L('辦公用品領用單', 'Supplies issue'), signatures: [L('領用人', 'Received by'), L('前臺', 'Front desk')] },
  fields: [
    {
      type: 'row',
      fields: [quarterField(), rel('department', L('領用部門', 'Department'), 'departments', { required: true, index: true }), datetime('issuedAt', L('領用時間', 'Issued at'), { required: true, defaultValue: () => new Date().toISOString() })],
    },
    list('items', L('領用物品', 'Items issued'), [itemRow(L('領用數量', 'Quantity issued'))], { minRows: 1, maxRows: 50, required: true }),
    text('receivedBy', L('領用人', 'Received by'), { maxLength: 50 }),
    textarea('note', L('備註', 'Note'), { maxLength: 500 }),
    serverOwned(text('departmentName', L('部門名稱', 'Department name'), { maxLength: 50, admin: { hidden: true } })),
  ],
})
