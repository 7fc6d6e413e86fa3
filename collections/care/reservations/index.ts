/**
 * CARE-08 預定入住: the family confirms the bed in person and pays the deposit (500 元) at finance;
 * with the receipt number the bed is held for 5 working days. Without the family's confirmation the
 * reservation is cancelled on the 6th working day and the bed freed (the declared `hold` deadline takes
 * the lifecycle's server transition).
 */
import { checkbox, copyFrom, datetime, enteredNotStored, day, group, money, number, phone, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { select } from '../../../src/lib/fields'
import { groups } from '../../core/labels'
import { stateOptions } from '../../../hooks/lifecycle'
import { deriveHold, elderChosenOrNew, refreshElderLabel, freeBeds, newElderInline, reservationBeforeChange, reservationLifecycle } from './hooks'
import { genders } from '../labels'

export const reservationStatuses = stateOptions(reservationLifecycle)

export const Reservations = defineForm({
  slug: 'reservations',
  label: L('預定入住', 'Reservation'),
  plural: L('預定信息', 'Reservations'),
  group: groups.care,
  title: 'familyName',
  columns: ['createdAt', 'elder', 'bed', 'familyName', 'depositReceipt', 'status', 'holdUntil'],
  retention: { years: 2, dateField: 'createdAt' },
  indexes: [{ fields: ['site', 'status'] }],
  hooks: { beforeValidate: [newElderInline], beforeChange: [reservationBeforeChange], afterChange: [refreshElderLabel], afterRead: [deriveHold] },
  lifecycle: reservationLifecycle,
  deadlines: [
    { name: 'hold', rule: 'CARE-08', label: L('預定入住:第 6 個工作日取消未確認的預定', 'Reservations: cancel unconfirmed ones on the 6th working day'), from: 'depositPaidAt', after: { workingDays: 6 }, at: '00:00', while: { status: 'held' }, then: { to: 'cancelled' },
      sentence: { due: L('{n} 個預定今天到期,家屬尚未確認', '{n} reservations expire today without the family’s confirmation') } },
  ],
  fields: [
    // The family and the elder come over from the reception record (the admin form and the server).
    copyFrom(
      rel('receptionRecord', L('接待記錄', 'Reception record'), 'reception-records', {
        admin: { description: L('未預定的來訪老人:先由接待記錄轉為預定入住', 'A walk-in is first turned into a reservation from its reception record') },
      }),
      { familyName: 'visitorName', familyPhone: 'visitorPhone', 'newElder.name': 'elderName', 'newElder.age': 'elderAge' },
    ),
    {
      type: 'row',
      fields: [
        rel('elder', L('老人', 'Elder'), 'elders', {
          index: true,
          validate: elderChosenOrNew,
          admin: { description: L('新老人可在下方直接登記', 'A new elder can be entered below') },
        }),
        // Only free beds are offered, and the server refuses another (Payload checks filterOptions on save).
        rel('bed', L('預定床位', 'Bed'), 'beds', { required: true, index: true, filterOptions: freeBeds }),
      ],
    },
    // A new elder, entered here when not yet on file: created with the reservation (newElderInline).
    group('newElder', L('新老人', 'New elder'), [
      {
        type: 'row',
        fields: [
          enteredNotStored(text('name', L('姓名', 'Name'), { maxLength: 50 })),
          enteredNotStored(select('gender', L('性別', 'Gender'), genders)),
          enteredNotStored(number('age', L('年齡', 'Age'), { max: 130 })),
          enteredNotStored(number('birthYear', L('出生年份', 'Birth year'), { min: 1880, max: 2200 })),
        ],
      },
    ], { admin: { condition: (data) => !data?.elder, description: L('不知道出生日期時填年齡或出生年份,系統按估算日期登記', 'Without the exact date of birth give the age or birth year: an approximate date is recorded') } }),
    {
      type: 'row',
      fields: [
        text('familyName', L('預定人(家屬)', 'Family member'), { required: true, maxLength: 50 }),
        phone('familyPhone', L('聯繫電話', 'Phone'), { required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        money('deposit', L('訂金(元)', 'Deposit (元)'), { required: true, defaultValue: 500 }),
        text('depositReceipt', L('訂金收據號', 'Deposit receipt number'), {
          maxLength: 40,
          admin: { description: L('家屬在財務部交付訂金後填寫;有收據號才保留床位', 'Filled in once the family has paid at finance; the bed is held only with a receipt') },
        }),
        datetime('depositPaidAt', L('交訂金時間', 'Deposit paid at')),
      ],
    },
    day('expectedArrival', L('預計入住日期', 'Expected arrival')),
    serverOwned(select('status', L('狀態', 'Status'), reservationStatuses, { required: true, defaultValue: 'pending', index: true, admin: { position: 'sidebar' } })),
    // Derived from the deposit (deriveHold), not stored.
    serverOwned(day('holdUntil', L('保留至', 'Held until'), { virtual: true, admin: { position: 'sidebar' } })),
    serverOwned(datetime('cancelOn', L('未確認則取消於', 'Cancelled if unconfirmed on'), { virtual: true, admin: { position: 'sidebar' } })),
    {
      type: 'row',
      fields: [
        checkbox('familyConfirmed', L('家屬已向前臺確認預定', 'The family confirmed the reservation')),
        checkbox('cancelRequested', L('取消預定', 'Cancel the reservation')),
      ],
    },
    serverOwned(datetime('confirmedAt', L('確認時間', 'Confirmed at'), { admin: { position: 'sidebar' } })),
    serverOwned(datetime('cancelledAt', L('取消時間', 'Cancelled at'), { admin: { position: 'sidebar' } })),
    serverOwned(text('cancelReason', L('取消原因', 'Why cancelled'), { maxLength: 200, admin: { position: 'sidebar' } })),
    textarea('notes', L('備註', 'Notes'), { maxLength: 2000 }),
  ],
})
