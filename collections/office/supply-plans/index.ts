/**
 * OFFICE-05 辦公用品季度計劃: each department's plan for a quarter (items and quantities), one per
 * department and quarter. The desk consolidates the submitted plans into one purchase list
 * (`supply-purchases`) that the leader approves; a plan in a list can no longer be changed; once the
 * list is approved, its quantities are the department's approved totals that issues draw from.
 * `GET /api/supply-plans/summary?quarter=2026-Q4[&format=xlsx]` is the quarter's summary per department.
 */
import type { Endpoint } from 'payload'
import { list, number, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { groups } from '../../core/labels'
import { quarterField, sidebar, wholeQuantity } from '../affairs-shared'
import { planBeforeChange, planBeforeDelete, planLifecycle, summaryEndpoint } from './hooks'

/** One line of supplies: what, in which unit, how many. */
export const itemRow = (quantityLabel = L('數量', 'Quantity')) => ({
  type: 'row' as const,
  fields: [
    text('item', L('物品', 'Item'), { required: true, maxLength: 50 }),
    text('unit', L('單位', 'Unit'), { maxLength: 10 }),
    number('quantity', quantityLabel, { required: true, min: 1, max: 100_000, validate: wholeQuantity }),
  ],
})

const form = defineForm({
  slug: 'supply-plans',
  label: L('辦公用品季度計劃', 'Quarterly supply plan'),
  plural: L('辦公用品季度計劃', 'Quarterly supply plans'),
  group: groups.desk,
  title: 'title',
  columns: ['quarter', 'department', 'contact', 'status', 'purchase'],
  retention: { years: 3, dateField: 'createdAt' },
  indexes: [{ fields: ['site', 'quarter', 'department'], unique: true }],
  lifecycle: planLifecycle,
  hooks: { beforeChange: [planBeforeChange], beforeDelete: [planBeforeDelete] },
  print: { title: L('辦公用品季度計劃', 'Quarterly supply plan'), signatures: [L('部門負責人', 'Head of department'), L('前臺', 'Front desk')] },
  fields: [
    {
      type: 'row',
      fields: [quarterField(), rel('department', L('部門', 'Department'), 'departments', { required: true, index: true }), rel('contact', L('部門專人', 'Department contact'), 'staff')],
    },
    list('items', L('計劃物品', 'Items planned'), [itemRow(L('計劃數量', 'Quantity planned'))], { minRows: 1, maxRows: 100, required: true }),
    textarea('note', L('說明', 'Note'), { maxLength: 1000 }),
    select('status', L('狀態', 'Status'), stateOptions(planLifecycle), { defaultValue: 'submitted', index: true, admin: sidebar }),
    serverOwned(rel('purchase', L('匯總採購單', 'Purchase list'), 'supply-purchases', { admin: sidebar })),
    serverOwned(text('title', L('標題', 'Title'), { maxLength: 80, admin: { hidden: true } })),
  ],
})

/** With the quarter's summary per department (the form mechanism declares no endpoints of a form's own). */
export const SupplyPlans = { ...form, endpoints: [summaryEndpoint, ...((form.endpoints || []) as Endpoint[])] }
