/**
 * CARE-12 老人: the elder's file. Bed, nursing fee, contract class and status are kept by the server:
 * they change through admission, an approved fee change (CARE-13), an approved bed change (CARE-14),
 * outings (CARE-07) and discharge (CARE-15), never by editing them here.
 */
import { attachment, checkbox, day, datetime, list, money, phone, rel, select, text, textarea, validateWith } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { contractClasses, elderStatuses, genders } from '../labels'

const ID_NUMBER = /^[0-9]{17}[0-9Xx]$/

export const Elders = defineForm({
  slug: 'elders',
  label: L('老人', 'Elder'),
  plural: L('老人檔案', 'Elders'),
  group: groups.care,
  title: 'name',
  columns: ['name', 'gender', 'birthDate', 'bed', 'status', 'nursingFee'],
  retention: 'forever',
  indexes: [{ fields: ['site', 'status'] }],
  fields: [
    {
      type: 'row',
      fields: [
        text('name', L('姓名', 'Name'), { required: true, maxLength: 50, index: true }),
        select('gender', L('性別', 'Gender'), genders, { required: true }),
        day('birthDate', L('出生日期', 'Date of birth'), { required: true }),
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
  ],
})
