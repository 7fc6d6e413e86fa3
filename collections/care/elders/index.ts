/**
 * CARE-12 老人: the elder's file. Bed, nursing fee, contract class and status are kept by the server:
 * they change through admission, an approved fee change (CARE-13), an approved bed change (CARE-14),
 * outings (CARE-07) and discharge (CARE-15), never by editing them here.
 */
import { attachment, checkbox, day, enteredNotStored, datetime, list, money, number, phone, rel, select, text, textarea, validateWith } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { contractClasses, elderStatuses, genders } from '../labels'
import { pick } from '../../../src/lib/i18n'
import { approximateBirthDate, elderPickerLabel } from './hooks'

const ID_NUMBER = /^[0-9]{17}[0-9Xx]$/

export const Elders = defineForm({
  slug: 'elders',
  label: L('老人', 'Elder'),
  plural: L('老人檔案', 'Elders'),
  group: groups.care,
  // Pickers show name · age · bed (two elders of the same name told apart); kept by elderPickerLabel.
  title: 'pickerLabel',
  columns: ['name', 'gender', 'birthDate', 'bed', 'status', 'nursingFee'],
  retention: 'forever',
  indexes: [{ fields: ['site', 'status'] }],
  hooks: { beforeValidate: [approximateBirthDate], beforeChange: [elderPickerLabel] },
  fields: [
    {
      type: 'row',
      fields: [
        text('name', L('姓名', 'Name'), { required: true, maxLength: 50, index: true }),
        select('gender', L('性別', 'Gender'), genders, { required: true }),
        day('birthDate', L('出生日期', 'Date of birth'), {
          // Required unless a birth year or an age gives an approximate one (approximateBirthDate).
          validate: (value: unknown, { data, req }: { data?: Record<string, unknown>; req: { i18n?: { language?: string } } }) =>
            value != null && value !== '' ? true : data?.birthYear != null && data.birthYear !== '' ? true : data?.age != null && data.age !== '' ? true
              : pick(L('請填寫出生日期;不知道確切日期時填寫出生年份或年齡', 'Enter the date of birth, or the birth year or age when the exact date is unknown'), req?.i18n?.language),
          admin: { description: L('不知道確切日期時,填寫出生年份或年齡', 'If the exact date is unknown, give the birth year or the age') },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        enteredNotStored(number('birthYear', L('出生年份', 'Birth year'), { min: 1880, max: 2200, admin: { condition: (data) => !data?.birthDate || data?.birthDateApproximate } })),
        enteredNotStored(number('age', L('年齡', 'Age'), { min: 0, max: 130, admin: { condition: (data) => !data?.birthDate || data?.birthDateApproximate } })),
        checkbox('birthDateApproximate', L('出生日期為估算', 'Date of birth is approximate'), { admin: { readOnly: true } }),
      ],
    },
    text('idNumber', L('身份證號', 'ID card number'), {
      maxLength: 18,
      validate: validateWith((v) => ID_NUMBER.test(String(v)), L('身份證號為 18 位,末位可為 X', 'An ID card number has 18 characters, the last may be X')),
    }),
    attachment('photo', L('證件照(155mm×193mm)', 'ID-style photo (155 mm × 193 mm)')),
    // Kept by the server (admission, fee and bed changes, outings, discharge): shown in the sidebar.
    serverOwned(select('status', L('狀態', 'Status'), elderStatuses, { required: true, defaultValue: 'reserved', index: true, admin: { position: 'sidebar' } })),
    serverOwned(rel('bed', L('床位', 'Bed'), 'beds', { index: true, admin: { position: 'sidebar' } })),
    serverOwned(money('nursingFee', L('護理費(元/月)', 'Nursing fee (元/month)'), {
      admin: { position: 'sidebar', step: 0.01, description: L('只能通過已批准的護理費用變更書修改', 'Changed only by an approved nursing-fee change') },
    })),
    serverOwned(select('contractClass', L('合同類別', 'Contract class'), contractClasses, { admin: { position: 'sidebar' } })),
    serverOwned(datetime('admittedAt', L('入住時間', 'Admitted at'), { admin: { position: 'sidebar' } })),
    serverOwned(datetime('dischargedAt', L('出院時間', 'Discharged at'), { admin: { position: 'sidebar' } })),
    textarea('health', L('健康狀況', 'Health')),
    list(
      'contacts',
      L('聯繫人', 'Contacts'),
      [
        {
          type: 'row',
          fields: [
            text('name', L('姓名', 'Name'), { required: true, maxLength: 50 }),
            text('relation', L('關係', 'Relation'), { maxLength: 30 }),
            phone('phone', L('電話', 'Phone'), { required: true }),
            checkbox('sponsor', L('擔保人', 'Sponsor')),
          ],
        },
      ],
      { maxRows: 10 },
    ),
    textarea('notes', L('備註', 'Notes')),
    text('pickerLabel', L('選擇時顯示', 'Shown in pickers'), { admin: { hidden: true, readOnly: true } }),
  ],
})
