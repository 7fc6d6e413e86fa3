/**
 * OFFICE-03 差旅/訂票申請: a train, flight or hotel booking for a leader — time, place, head count,
 * travellers. The leader's preferences are filled in from their profile by the server (asked once,
 * never twice); the booking texts the itinerary to the leader's mobile (SMS outbox); the advance
 * from finance or the reimbursement afterwards is confirmed by the cashier.
 */
import { checkbox, datetime, group, money, number, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { groups } from '../../core/labels'
import { sidebar } from '../affairs-shared'
import { preferenceFields, preferenceNames } from '../travel-preferences'
import { fundings, travelBeforeChange, travelLifecycle } from './hooks'

export const travelKinds = { train: L('火車/動車票', 'Train'), flight: L('機票', 'Flight'), hotel: L('酒店', 'Hotel') }

export const TravelRequests = defineForm({
  slug: 'travel-requests',
  label: L('差旅訂票申請', 'Travel request'),
  plural: L('差旅訂票申請', 'Travel requests'),
  group: groups.desk,
  title: 'leaderName',
  columns: ['departAt', 'leader', 'kind', 'origin', 'destination', 'bookingRef', 'funding', 'status'],
  retention: { years: 3, dateField: 'departAt' },
  lifecycle: travelLifecycle,
  hooks: { beforeChange: [travelBeforeChange] },
  indexes: [{ fields: ['status', 'settleOverdue'] }],
  // The advance or the reimbursement is settled with finance within a week of the trip, else it is flagged and the cashier told.
  deadlines: [
    {
      name: 'settle',
      rule: 'OFFICE-03',
      label: L('差旅:出行後 7 天內與財務結清(預支或報銷)', 'Travel: settle the advance or reimbursement within 7 days of the trip'),
      from: 'departAt',
      after: { days: 7 },
      at: 'closes',
      while: { status: 'booked' },
      then: { flag: 'settleOverdue', unflag: true, notify: true },
      // travelBeforeChange lets a server's write of a booked trip through untouched.
      batch: true,
      sentence: { overdue: L('{n} 筆差旅費用出行一週後仍未與財務結清', '{n} trips are not settled with finance a week after departure') },
    },
  ],
  notify: [
    {
      on: { deadline: 'settle' },
      message: ['cashier', 'front-desk'],
      subject: L('差旅費用未結清:{leaderName} {bookingRef}', 'Travel not settled: {leaderName} {bookingRef}'),
      body: L('{leaderName}的行程({bookingRef},{destination})出行已超過 7 天,預支或報銷尚未與財務確認,請跟進。', "{leaderName}'s trip ({bookingRef}, {destination}) left more than 7 days ago and the advance or reimbursement is not confirmed with finance; please follow up."),
    },
  ],
  print: { title: L('差旅訂票申請單', 'Travel request'), signatures: [L('申請人', 'Requested by'), L('前臺經辦', 'Front desk'), L('財務', 'Finance')] },
  fields: [
    {
      type: 'row',
      fields: [
        rel('leader', L('出行領導', 'Leader travelling'), 'staff', { required: true, index: true }),
        select('kind', L('預訂類型', 'Booking'), travelKinds, { required: true, defaultValue: 'train' }),
        number('headCount', L('人數', 'Head count'), { required: true, min: 1, max: 50, defaultValue: 1 }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('origin', L('出發地', 'From'), { maxLength: 50 }),
        text('destination', L('目的地/酒店所在地', 'To / where the hotel is'), { required: true, maxLength: 50 }),
      ],
    },
    {
      type: 'row',
      fields: [
        datetime('departAt', L('出發/入住時間', 'Departure / check-in'), { required: true, index: true }),
        datetime('returnAt', L('返回/離店時間', 'Return / check-out')),
      ],
    },
    textarea('travellers', L('同行人員', 'Travellers'), { maxLength: 500 }),
    // In the admin panel: choosing the leader fills the preferences below from the profile at once.
    {
      type: 'ui',
      name: 'preferencesFill',
      admin: {
        components: {
          Field: {
            path: '/src/admin/office/affairs/PreferencesFill#PreferencesFill',
            clientProps: {
              names: [...preferenceNames],
              words: {
                filled: L('已從領導的出行偏好檔案帶出(無需再問)', "Filled in from the leader's stored preferences (nothing to ask)"),
                none: L('這位領導還沒有登記出行偏好:請問一次並填在下面,保存後存入檔案,以後自動帶出', 'This leader has no preferences on file: ask once and fill them in below; they are saved to the profile and filled in from then on'),
              },
            },
          },
        },
      },
    },
    group('preferences', L('領導出行偏好(自動從檔案帶出)', "Leader's preferences (filled in from the profile)"), preferenceFields(), {
      admin: {
        description: L(
          '已登記的偏好由系統從領導檔案帶出,無需再問;檔案裏沒有的,問一次填在這裏,保存後存入檔案。',
          'Preferences on file are filled in from the profile, never asked again; ones not on file are asked once, entered here and saved to the profile.',
        ),
      },
    }),
    textarea('special', L('本次特殊要求', 'Special wishes for this trip'), { maxLength: 500 }),
    {
      type: 'row',
      fields: [
        text('bookingRef', L('車次/航班號/酒店', 'Train, flight or hotel'), { maxLength: 100 }),
        text('seat', L('座位/房型', 'Seat or room'), { maxLength: 50 }),
      ],
    },
    {
      type: 'row',
      fields: [
        select('funding', L('費用方式', 'Paid by'), fundings, { required: true, defaultValue: 'reimburse' }),
        money('amount', L('費用(元)', 'Amount (元)')),
      ],
    },
    textarea('note', L('備註', 'Note'), { maxLength: 500 }),
    select('status', L('狀態', 'Status'), stateOptions(travelLifecycle), { defaultValue: 'requested', index: true, admin: sidebar }),
    serverOwned(textarea('itinerary', L('行程短信', 'Itinerary text'), { maxLength: 500, admin: sidebar })),
    serverOwned(rel('sms', L('短信記錄', 'Text message'), 'sms', { admin: sidebar })),
    serverOwned(datetime('bookedAt', L('訂票時間', 'Booked at'), { admin: sidebar })),
    serverOwned(checkbox('settleOverdue', L('逾期未結清', 'Not settled in time'), { index: true, admin: sidebar })),
    serverOwned(datetime('settledAt', L('財務確認時間', 'Settled at'), { admin: sidebar })),
    serverOwned(rel('settledBy', L('財務確認人', 'Settled by'), 'staff', { admin: sidebar })),
    serverOwned(select('preferencesFrom', L('偏好來源', 'Preferences from'), { profile: L('領導檔案', 'The profile'), saved: L('本次詢問並存檔', 'Asked now and saved') }, { admin: sidebar })),
    serverOwned(text('leaderName', L('領導姓名', "Leader's name"), { maxLength: 50, admin: { hidden: true } })),
  ],
})
