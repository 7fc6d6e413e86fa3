/**
 * CARE-01 接待記錄 (from 咨詢電話信息表 and 接待咨詢登記表), with the call outcomes of CARE-02
 * and the rating (評級) that puts promising inquiries on the follow-up list (CARE-03).
 */
import { copyFrom, datetime, filled, number, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'
import { followUpRules } from './hooks'

export const receptionTypes = {
  phone: L('電話咨詢', 'Phone inquiry'),
  visit: L('來訪', 'Visit'),
  'follow-up': L('回訪', 'Follow-up'),
}

export const ratings = {
  impossible: L('不可能', 'Not possible'),
  normal: L('一般', 'Average'),
  possible: L('有可能', 'Possible'),
  'very-likely': L('很有可能', 'Very likely'),
}

/** CARE-02: what the desk did with a call that was not an inquiry. */
export const callOutcomes = {
  inquiry: L('入住咨詢', 'Admission inquiry'),
  partnership: L('合作洽談:告知總經理/董事長電話', 'Partnership: gave the GM / chairman numbers'),
  'staff-by-name': L('找員工(知道姓名):告知其工作電話', 'Staff member asked for by name: gave the work number'),
  'staff-unknown': L('找員工(不知姓名):未轉接', 'Staff member not named: not put through'),
  'other-business': L('其他事務:記錄聯繫方式,請示部門主管後轉達', 'Other business: took contact details, passed on via the department head'),
}

export const ReceptionRecords = defineForm({
  slug: 'reception-records',
  label: L('接待記錄', 'Reception record'),
  plural: L('接待記錄', 'Reception records'),
  group: groups.care,
  title: 'visitorName',
  columns: ['receivedAt', 'type', 'visitorName', 'elderName', 'rating', 'staff'],
  retention: { years: 2, dateField: 'receivedAt' },
  indexes: [{ fields: ['site', 'receivedAt'] }, { fields: ['site', 'rating'] }, { fields: ['site', 'type', 'staff', 'receivedAt'] }],
  hooks: { beforeChange: [followUpRules] },
  fields: [
    {
      type: 'row',
      fields: [
        select('type', L('類型', 'Type'), receptionTypes, { required: true, defaultValue: 'phone' }),
        filled(datetime('receivedAt', L('時間', 'Time'), { required: true, index: true }), 'now'),
      ],
    },
    select('outcome', L('來電處理', 'Call outcome'), callOutcomes, { defaultValue: 'inquiry' }),
    {
      type: 'row',
      fields: [
        text('visitorName', L('來電/來訪人', 'Caller or visitor'), { required: true }),
        phone('visitorPhone', L('聯繫電話', 'Phone')),
        text('relation', L('與老人關係', 'Relation to the elder'), { maxLength: 50 }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('elderName', L('老人姓名', "Elder's name")),
        number('elderAge', L('老人年齡', "Elder's age"), { max: 130 }),
      ],
    },
    textarea('elderSituation', L('老人情況(身體、自理能力)', "Elder's situation (health, self-care)")),
    textarea('needs', L('需求', 'Needs')),
    select('source', L('信息來源', 'How they heard of us'), {
      internet: L('網絡', 'Internet'),
      referral: L('朋友介紹', 'Referral'),
      'walk-by': L('路過', 'Walked by'),
      advert: L('廣告', 'Advertisement'),
      event: L('活動', 'Event'),
      other: L('其他', 'Other'),
    }),
    filled(rel('staff', L('接待人', 'Received by'), 'staff'), 'me'),
    {
      type: 'row',
      fields: [
        select('rating', L('評級', 'Rating'), ratings, { index: true }),
        text('ratingNote', L('評級說明', 'Rating description'), { maxLength: 500 }),
      ],
    },
    // 登記回訪 from the follow-up list: the person, the phone and the elder come over from the record followed up.
    copyFrom(rel('followUpOf', L('回訪的接待記錄', 'Follow-up of'), 'reception-records', {
      index: true,
      admin: {
        condition: (data) => data?.type === 'follow-up',
        description: L('評級為有可能/很有可能的記錄,回訪後在此登記', 'A record rated possible / very likely, called back'),
      },
    }), { visitorName: 'visitorName', visitorPhone: 'visitorPhone', relation: 'relation', elderName: 'elderName', elderAge: 'elderAge' }),
    textarea('notes', L('備註', 'Notes')),
  ],
})
