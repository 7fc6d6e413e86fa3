/**
 * OFFICE-05 辦公用品採購匯總單: the desk consolidates the quarter's submitted department plans into
 * one purchase list (built by the server), the leaders approve it (WF-05: 綜合行政部主任 → 總經理),
 * then the purchase is recorded. Its lines are each department's approved totals for the quarter.
 */
import { datetime, list, number, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { select } from '../../../src/lib/fields'
import { groups } from '../../core/labels'
import { quarterField, sidebar } from '../affairs-shared'
import { approvePlans, purchaseAfterChange, purchaseBeforeChange, purchaseBeforeDelete, purchaseLifecycle } from './hooks'

export const SupplyPurchases = defineForm({
  slug: 'supply-purchases',
  label: L('辦公用品採購匯總單', 'Supplies purchase list'),
  plural: L('辦公用品採購匯總單', 'Supplies purchase lists'),
  group: groups.desk,
  title: 'title',
  columns: ['quarter', 'title', 'approvalStatus', 'approvalPosition', 'status', 'purchasedAt'],
  retention: 'forever',
  lifecycle: purchaseLifecycle,
  hooks: { beforeChange: [purchaseBeforeChange], afterChange: [purchaseAfterChange], beforeDelete: [purchaseBeforeDelete] },
  approval: {
    chain: ['admin-director', 'general-manager'],
    summary: ['quarter', 'title', 'totals', 'note'],
    onApproved: approvePlans,
  },
  notify: [
    {
      on: 'approved',
      message: [{ field: 'submittedBy' }],
      subject: L('辦公用品採購單已批准:{title}', 'Supplies purchase list approved: {title}'),
      body: L('{title} 已經領導審批通過,可以採購了。', '{title} is approved by the leaders; it can be bought now.'),
    },
  ],
  print: { title: L('辦公用品採購匯總單', 'Supplies purchase list'), signatures: [L('前臺匯總', 'Consolidated by the front desk')] },
  fields: [
    quarterField({ admin: { description: L('保存時系統匯總本季度已提交的各部門計劃', 'On saving, the server gathers the quarter’s submitted department plans') } }),
    textarea('note', L('說明', 'Note'), { maxLength: 1000 }),
    serverOwned(
      list('totals', L('採購匯總(按物品)', 'To buy (by item)'), [
        { type: 'row', fields: [text('item', L('物品', 'Item'), { maxLength: 50 }), text('unit', L('單位', 'Unit'), { maxLength: 10 }), number('quantity', L('數量', 'Quantity'))] },
      ], { maxRows: 500 }),
    ),
    serverOwned(
      list('lines', L('各部門明細(批准後即為部門領用總數)', 'Per department (once approved, each department’s totals)'), [
        {
          type: 'row',
          fields: [
            rel('department', L('部門', 'Department'), 'departments'),
            text('departmentName', L('部門名稱', 'Department name'), { maxLength: 50, admin: { hidden: true } }),
            text('item', L('物品', 'Item'), { maxLength: 50 }),
            text('unit', L('單位', 'Unit'), { maxLength: 10 }),
            number('quantity', L('數量', 'Quantity')),
          ],
        },
      ], { maxRows: 2000 }),
    ),
    serverOwned(rel('plans', L('匯總的部門計劃', 'Plans consolidated'), 'supply-plans', { hasMany: true, admin: sidebar })),
    select('status', L('採購狀態', 'Purchase'), stateOptions(purchaseLifecycle), { defaultValue: 'to-buy', index: true, admin: sidebar }),
    serverOwned(datetime('purchasedAt', L('採購完成時間', 'Purchased at'), { admin: sidebar })),
    serverOwned(rel('purchasedBy', L('採購登記人', 'Recorded by'), 'staff', { admin: sidebar })),
    serverOwned(textarea('purchaseNote', L('採購說明(供應商、金額)', 'Purchase note (vendor, amount)'), { maxLength: 2000, admin: sidebar })),
    serverOwned(text('title', L('標題', 'Title'), { maxLength: 200, admin: { hidden: true } })),
  ],
})
