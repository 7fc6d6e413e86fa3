/**
 * CARE-04 來訪人員登記表: everyone without a family visit card signs in; staff confirm by phone with
 * the person visited before entry. Family visits by card (CARE-17) are logged here by the card reader.
 */
import { checkbox, datetime, filled, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { checkVisitEntry, routeInterview, waitForHr } from './hooks'

export const visitKinds = {
  register: L('登記來訪', 'Signed in at the desk'),
  card: L('家屬刷卡', 'Family card'),
}

export const visitPurposes = {
  family: L('探望老人', 'Visiting an elder'),
  tour: L('參觀', 'Tour'),
  interview: L('面試', 'Interview'),
  business: L('業務洽談', 'Business'),
  delivery: L('送貨/快遞', 'Delivery'),
  other: L('其他', 'Other'),
}

export const interviewPositions = {
  caregiver: L('護理員', 'Caregiver'),
  other: L('其他崗位', 'Other position'),
}

export const Visits = defineForm({
  slug: 'visits',
  label: L('來訪登記', 'Visit'),
  plural: L('來訪人員登記表', 'Visitor register'),
  group: groups.care,
  title: 'visitorName',
  columns: ['timeIn', 'visitorName', 'purpose', 'host', 'elder', 'phoneConfirmed', 'timeOut'],
  retention: { years: 2, dateField: 'timeIn' },
  indexes: [{ fields: ['site', 'timeIn'] }],
  hooks: { beforeValidate: [checkVisitEntry], beforeChange: [waitForHr], afterChange: [routeInterview] },
  fields: [
    serverOwned(select('kind', L('方式', 'How'), visitKinds, { required: true, defaultValue: 'register', admin: { position: 'sidebar' } })),
    select('purpose', L('來訪事由', 'Purpose'), visitPurposes, { required: true, defaultValue: 'family' }),
    {
      type: 'row',
      fields: [
        text('visitorName', L('來訪人姓名', "Visitor's name"), { required: true, maxLength: 50 }),
        phone('visitorPhone', L('聯繫電話', 'Phone')),
        text('visitorCount', L('人數', 'Number of people'), { maxLength: 5, defaultValue: '1' }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('host', L('被訪人', 'Whom to see'), { maxLength: 50 }),
        rel('hostStaff', L('被訪員工', 'Staff visited'), 'staff'),
        rel('elder', L('被訪老人', 'Elder visited'), 'elders', { index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        checkbox('phoneConfirmed', L('已電話確認', 'Confirmed by phone'), {
          admin: { description: L('進入前由前臺致電被訪人確認', 'The desk calls the person visited before letting the visitor in') },
        }),
        // The confirming staff member is the person who ticks the confirmation (admin form and server).
        filled(rel('confirmedBy', L('確認人', 'Confirmed by'), 'staff'), 'me', { when: 'phoneConfirmed' }),
      ],
    },
    select('interviewFor', L('應聘崗位', 'Applying for'), interviewPositions, {
      admin: {
        condition: (data) => data?.purpose === 'interview',
        description: L('護理員:通知當值健康照料部主管及人力資源部;其他崗位:須人力資源部確認後才能進入', 'Caregiver: the on-duty health-care supervisor and HR are told; other positions: HR must confirm before entry'),
      },
    }),
    serverOwned(rel('card', L('探視卡', 'Visit card'), 'visit-cards')),
    {
      type: 'row',
      fields: [
        // Time in: the moment the phone confirmation lets the visitor in (not an interviewee waiting for HR).
        filled(datetime('timeIn', L('進入時間', 'Time in'), { index: true }), 'now', { when: 'phoneConfirmed', unless: { purpose: 'interview', interviewFor: 'other' } }),
        datetime('timeOut', L('離開時間', 'Time out')),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
  ],
})
