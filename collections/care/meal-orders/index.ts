/**
 * CARE-06 點菜單 (一式兩聯): dishes, quantities, unit prices and the total; 第一聯 stays at the desk,
 * 第二聯 goes with the family to pay at finance. Tour visitors at mealtime eat free. On save the
 * catering supervisor gets a work message (dish, quantity, time) and the desk a call task to ring them.
 */
import { checkbox, datetime, list, money, number, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { stateOptions } from '../../../hooks/lifecycle'
import { mealOrderAfterChange, mealOrderBeforeChange, mealOrderLifecycle } from './hooks'

const sidebar = { position: 'sidebar' as const }

export const MealOrders = defineForm({
  slug: 'meal-orders',
  label: L('點菜單', 'Meal order'),
  plural: L('點菜單', 'Meal orders'),
  group: groups.care,
  title: 'guestName',
  columns: ['mealTime', 'guestName', 'orderText', 'total', 'free', 'status'],
  retention: { years: 2, dateField: 'mealTime' },
  indexes: [{ fields: ['site', 'mealTime'] }],
  print: { copies: ['第一联 前台留存', '第二联 交家属至财务部交费'], signatures: [L('點菜人', 'Ordered by'), L('前臺經辦', 'Front desk')] },
  hooks: { beforeChange: [mealOrderBeforeChange], afterChange: [mealOrderAfterChange] },
  lifecycle: mealOrderLifecycle,
  notify: [
    {
      on: 'create',
      message: ['catering-supervisor'],
      subject: L('點餐通知', 'Meal order'),
      body: L('{orderText}', '{orderText}'),
    },
    // A gathering's order follows its head count and package (CARE-16): the supervisor hears of each change.
    {
      on: { field: 'orderText' },
      message: ['catering-supervisor'],
      subject: L('點餐變更', 'Meal order changed'),
      body: L('{orderText}', '{orderText}'),
    },
    {
      on: { field: 'status', to: 'cancelled' },
      message: ['catering-supervisor'],
      subject: L('點餐取消', 'Meal order cancelled'),
      body: L('已取消:{orderText}', 'Cancelled: {orderText}'),
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        text('guestName', L('用餐人', 'Guest'), { required: true, maxLength: 50 }),
        number('guests', L('人數', 'People'), { required: true, defaultValue: 1, min: 1, max: 200 }),
        datetime('mealTime', L('用餐時間', 'Meal time'), { required: true, index: true }),
      ],
    },
    rel('elder', L('探望老人', 'Elder visited'), 'elders'),
    {
      type: 'row',
      fields: [
        select('purpose', L('來訪類型', 'Visitor type'), { family: L('家屬', 'Family'), tour: L('參觀', 'Tour'), gathering: L('老友聚會', 'Gathering'), other: L('其他', 'Other') }, { required: true, defaultValue: 'family' }),
        checkbox('free', L('參觀者免費用餐(已與餐飲主管確認)', 'Free meal for a tour (arranged with the catering supervisor)')),
      ],
    },
    list(
      'items',
      L('菜品', 'Dishes'),
      [
        {
          type: 'row',
          fields: [
            text('dish', L('菜品名稱', 'Dish'), { required: true, maxLength: 50 }),
            number('quantity', L('份數', 'Quantity'), { required: true, min: 1, max: 500, defaultValue: 1 }),
            money('unitPrice', L('單價(元)', 'Unit price (元)'), { required: true }),
            serverOwned(money('amount', L('金額(元)', 'Amount (元)'))),
          ],
        },
      ],
      { minRows: 1, maxRows: 50 },
    ),
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    select('status', L('狀態', 'Status'), stateOptions(mealOrderLifecycle), { admin: sidebar }),
    serverOwned(rel('gathering', L('老友聚會', 'Gathering'), 'gatherings', { admin: sidebar })),
    serverOwned(money('total', L('總價(元)', 'Total (元)'), { admin: { ...sidebar, step: 0.01 } })),
    serverOwned(text('orderText', L('點餐內容', 'Order'), { maxLength: 1000, admin: sidebar })),
  ],
})
