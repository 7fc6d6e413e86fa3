/**
 * MEMBER-01 / MEMBER-03 消費級別: a site's spending tiers — the spending over the settings' period
 * that reaches each, the birthday gift and the perks. Editable per site in the admin panel.
 */
import { money, number, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { memberGroup } from '../labels'

export const MemberTiers = defineForm({
  slug: 'member-tiers',
  label: L('消費級別', 'Spending tier'),
  plural: L('消費級別', 'Spending tiers'),
  group: memberGroup,
  title: 'name',
  columns: ['name', 'minSpend', 'birthdayGift', 'perks', 'order'],
  paper: false,
  print: false,
  fields: [
    text('name', L('級別名稱', 'Tier'), { required: true, maxLength: 40 }),
    money('minSpend', L('消費門檻(元,統計期內)', 'Spending that reaches it (yuan, over the period)'), { required: true, defaultValue: 0 }),
    text('birthdayGift', L('生日禮物', 'Birthday gift'), { maxLength: 100 }),
    textarea('perks', L('會員權益', 'Perks'), { maxLength: 1000 }),
    number('order', L('排序', 'Order'), { defaultValue: 0 }),
  ],
})
