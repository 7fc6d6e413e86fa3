/**
 * CARE-05 家屬卡/探視卡: issued to a family member only once the card deposit is paid (receipt number).
 * A swipe on the reader logs a family visit (CARE-17, collections/care/visit-cards/swipe.ts).
 */
import { datetime, money, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'

export const cardStatuses = {
  active: L('有效', 'Active'),
  returned: L('已退卡', 'Returned'),
  lost: L('已掛失', 'Lost'),
}

export const VisitCards = defineForm({
  slug: 'visit-cards',
  label: L('家屬探視卡', 'Family visit card'),
  plural: L('家屬探視卡', 'Family visit cards'),
  group: groups.care,
  title: 'cardNumber',
  columns: ['cardNumber', 'holderName', 'elder', 'depositReceipt', 'status'],
  retention: { years: 2, dateField: 'issuedAt' },
  indexes: [{ fields: ['site', 'cardNumber'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        text('cardNumber', L('卡號', 'Card number'), { required: true, maxLength: 40, index: true }),
        select('status', L('狀態', 'Status'), cardStatuses, { required: true, defaultValue: 'active', index: true }),
      ],
    },
    rel('elder', L('探視老人', 'Elder visited'), 'elders', { required: true, index: true }),
    {
      type: 'row',
      fields: [
        text('holderName', L('家屬姓名', 'Family member'), { required: true, maxLength: 50 }),
        text('relation', L('與老人關係', 'Relation to the elder'), { maxLength: 30 }),
        phone('holderPhone', L('家屬電話', 'Phone')),
      ],
    },
    {
      type: 'row',
      fields: [
        money('deposit', L('押金(元)', 'Deposit (元)'), { required: true, defaultValue: 50 }),
        text('depositReceipt', L('押金收據號', 'Deposit receipt number'), {
          required: true,
          maxLength: 40,
          admin: { description: L('先交押金,憑收據號發卡', 'The card is issued only against the deposit receipt') },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        datetime('issuedAt', L('發卡時間', 'Issued at'), { required: true, defaultValue: () => new Date().toISOString() }),
        datetime('closedAt', L('退卡/掛失時間', 'Returned or lost at')),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
  ],
})
