/**
 * PROP-08 / PROP-09 回訪記錄表: a follow-up visit, created from what it follows, due by its kind —
 * a complaint within 3 days of its handling, a repair between 1 and 2 months after, special contract
 * work at mid-term and after the end, an emergency patient within a week, a publication or event
 * within a month, other services within a week (each a declared deadline; overdue ones flagged). The
 * follow-up person by kind; the content of the paper form; the owner's signature (or a scan of the
 * signed form); the CS supervisor's review. An unsatisfied owner reopens the complaint. Kept 2 years.
 */
import { checkbox, copyFrom, datetime, day, phone, rel, select, text, textarea, attachment, signaturePad } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import type { DeadlineSpec, Duration } from '../../../hooks/deadlines'
import { groups } from '../../core/labels'
import { followUpAfterChange, followUpBeforeChange, followUpLifecycle } from './hooks'
import { followUpKinds, methods, ratings, satisfactions, stages, type FollowUpKind } from './options'

const sidebar = { position: 'sidebar' as const }

/** PROP-08: when each kind is due, counted from `completedAt` (the window it may be done in). */
export const dueWindows: Record<FollowUpKind, { from: Duration; to: Duration; label: ReturnType<typeof L> }> = {
  complaint: { from: {}, to: { days: 3 }, label: L('回訪:投訴處理完畢後三天內', 'Follow-ups: complaints, within 3 days of handling') },
  repair: { from: { months: 1 }, to: { months: 2 }, label: L('回訪:維修完成一個月後、兩個月內', 'Follow-ups: repairs, between 1 and 2 months after') },
  special: { from: {}, to: { days: 7 }, label: L('回訪:特約工程中期及結束後', 'Follow-ups: special contract work, mid-term and after the end') },
  emergency: { from: {}, to: { days: 7 }, label: L('回訪:急救病人一週內', 'Follow-ups: emergency patients, within a week') },
  publication: { from: {}, to: { months: 1 }, label: L('回訪:報刊/文體活動一個月內', 'Follow-ups: publications and events, within a month') },
  help: { from: {}, to: { days: 7 }, label: L('回訪:求助及其他服務一週內', 'Follow-ups: help and other services, within a week') },
}

const dueDeadlines: DeadlineSpec[] = (Object.keys(dueWindows) as FollowUpKind[]).map((kind) => ({
  name: kind,
  rule: 'PROP-08',
  label: dueWindows[kind].label,
  from: 'completedAt',
  window: { from: dueWindows[kind].from, to: dueWindows[kind].to },
  while: { kind, status: 'planned' },
  sentence: {
    due: L(`{n} 項${followUpKinds[kind]['zh-TW']}回訪待進行`, `{n} ${followUpKinds[kind].en.toLowerCase()} follow-ups due`, `{n} 项${followUpKinds[kind].zh}回访待进行`),
    overdue: L(`{n} 項${followUpKinds[kind]['zh-TW']}回訪已逾期`, `{n} ${followUpKinds[kind].en.toLowerCase()} follow-ups overdue`, `{n} 项${followUpKinds[kind].zh}回访已逾期`),
  },
  then: { flag: 'overdue', message: { to: ['cs-supervisor'], title: L('回訪逾期:{unitCode} {subject}', 'Follow-up overdue: {unitCode} {subject}') } },
  // The form's own hooks act on a create, or on a change of its kind or complaint: nothing for the flag.
  batch: true,
}))

export const FollowUps = defineForm({
  slug: 'follow-ups',
  label: L('回訪記錄', 'Follow-up visit'),
  plural: L('回訪記錄表', 'Follow-up visits'),
  group: groups.property,
  title: 'subject',
  columns: ['kind', 'unitCode', 'subject', 'completedAt', 'followerPosition', 'status', 'overdue', 'satisfaction'],
  retention: { years: 2, dateField: 'completedAt' },
  indexes: [{ fields: ['site', 'kind', 'status'] }, { fields: ['site', 'completedAt'] }],
  hooks: { beforeChange: [followUpBeforeChange], afterChange: [followUpAfterChange] },
  lifecycle: followUpLifecycle,
  deadlines: dueDeadlines,
  print: {
    title: L('回訪記錄表', 'Follow-up record'),
    signatures: [L('業主簽名', "Owner's signature"), L('回訪人', 'Followed up by'), L('客服主管審核', 'Reviewed by the CS supervisor')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        select('kind', L('回訪類別', 'Kind'), followUpKinds, { required: true, index: true }),
        select('stage', L('特約工程階段', 'Contract stage'), stages),
        datetime('completedAt', L('完成時間(所回訪工作)', 'Work completed at'), { required: true, index: true }),
      ],
    },
    {
      type: 'row',
      admin: { condition: (data) => data?.kind === 'special' },
      fields: [
        day('contractFrom', L('特約合同開始日期', 'Contract starts'), {
          admin: { description: L('填寫合同起止日期,系統自動安排中期和結束後兩次回訪', 'With the contract dates, the mid-term and the final follow-ups are both planned') },
        }),
        day('contractTo', L('特約合同結束日期', 'Contract ends')),
      ],
    },
    // The complaint's unit when none is chosen; the unit's code kept on the record (both declared copies,
    // read only on the follow-up's own site, hooks/form/fill.ts).
    copyFrom(rel('complaint', L('所回訪的投訴', 'Complaint followed up'), 'owner-complaints', { index: true }), { unit: 'unit' }),
    {
      type: 'row',
      fields: [
        copyFrom(rel('unit', L('單元', 'Unit'), 'units', { index: true }), { unitCode: 'code' }),
        text('ownerName', L('業主', 'Owner'), { maxLength: 50 }),
        phone('phone', L('聯繫電話', 'Phone')),
      ],
    },
    text('subject', L('回訪事項', 'What is followed up'), { required: true, maxLength: 200 }),
    text('repairItem', L('維修項目(同一維修三次以上將列入季度分析)', 'Repair item (the same repair three times shows in the quarterly analysis)'), { maxLength: 100 }),
    {
      type: 'collapsible',
      label: L('回訪內容', 'The follow-up'),
      fields: [
        {
          type: 'row',
          fields: [
            datetime('followedAt', L('回訪時間', 'Followed up at'), { admin: { description: L('填寫即登記完成回訪', 'Filling it in records the follow-up') } }),
            select('method', L('回訪方式', 'How'), methods, { defaultValue: 'visit' }),
            rel('followedBy', L('回訪人', 'Followed up by'), 'staff'),
          ],
        },
        {
          type: 'row',
          fields: [
            select('workQuality', L('工作質量評價', 'Quality of the work'), ratings),
            select('attitude', L('工作人員服務態度', "Staff's attitude"), ratings),
            select('satisfaction', L('業主滿意程度', "Owner's satisfaction"), satisfactions, { index: true }),
          ],
        },
        textarea('serviceEffect', L('服務效果評價', 'Effect of the service'), { maxLength: 1000 }),
        textarea('goodPoints', L('好的方面', 'Good points'), { maxLength: 1000 }),
        textarea('shortfalls', L('不足之處', 'Shortfalls'), { maxLength: 1000 }),
        textarea('suggestions', L('業主建議', "Owner's suggestions"), { maxLength: 1000 }),
        // PROP-09: signed on screen (the pad uploads the drawing into 「業主簽名」), or a scan of the paper form.
        signaturePad({ target: 'ownerSignature', title: L('業主在屏幕上簽名', 'The owner signs on screen'), file: L('業主簽名', "Owner's signature") }),
        {
          type: 'row',
          fields: [
            attachment('ownerSignature', L('業主簽名(圖片)', "Owner's signature (image)")),
            attachment('paperScan', L('簽字的回訪記錄表掃描件', 'Scan of the signed form')),
          ],
        },
      ],
    },
    select('status', L('狀態', 'Status'), stateOptions(followUpLifecycle), { defaultValue: 'planned', index: true, admin: sidebar }),
    serverOwned(rel('followerPosition', L('回訪負責人(職位)', 'Follow-up by (position)'), 'positions', { admin: sidebar })),
    serverOwned(text('followerSlug', L('回訪負責職位代碼', 'Follow-up position code'), { maxLength: 64, admin: { hidden: true } })),
    serverOwned(checkbox('withAssistant', L('客服助理共同回訪', 'With a CS assistant'), { admin: sidebar })),
    serverOwned(checkbox('overdue', L('回訪逾期', 'Overdue'), { index: true, admin: sidebar })),
    serverOwned(text('unitCode', L('單元編號', 'Unit code'), { maxLength: 30, admin: sidebar })),
    serverOwned(textarea('reviewComment', L('主管審核意見', "Supervisor's review"), { maxLength: 2000, admin: sidebar })),
    serverOwned(rel('reviewedBy', L('審核人', 'Reviewed by'), 'staff', { admin: sidebar })),
    serverOwned(datetime('reviewedAt', L('審核時間', 'Reviewed at'), { admin: sidebar })),
  ],
})
