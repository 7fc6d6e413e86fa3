/**
 * OFFICE-02 訪客登記表: a visitor says whom they came to see and whether they have an appointment; the
 * desk phones the host (or tells them by work message or e-mail) and the visitor waits or goes in. A
 * visitor registered ahead is checked in once on arrival, never twice. An interview candidate's
 * position, time, interviewer and CV are recorded and the CV is e-mailed to the interviewer ahead. A
 * visitor still signed in at the site's closing time is flagged and the desk is told.
 */
import { attachment, checkbox, datetime, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { groups } from '../../core/labels'
import { visitorChecks, visitorDefaults, visitorLifecycle } from './hooks'

export const visitorPurposes = {
  business: L('業務洽談', 'Business'),
  interview: L('面試', 'Interview'),
  delivery: L('送貨', 'Delivery'),
  other: L('其他', 'Other'),
}

export const hostToldBy = {
  phone: L('已電話通知', 'Phoned'),
  message: L('工作消息通知', 'Work message'),
  email: L('郵件通知', 'E-mail'),
}

export const visitorDecisions = {
  'go-in': L('直接帶入', 'Goes in'),
  wait: L('接待室等候', 'Waits in reception'),
}

const sidebar = { position: 'sidebar' as const }
const interview = { condition: (d: Record<string, unknown>) => d?.purpose === 'interview' }

const hostText = {
  subject: L('訪客到訪:{visitorName}({company})', 'Visitor for you: {visitorName} ({company})'),
  body: L('{visitorName}({company},{visitorCount} 人)於 {timeIn} 到前臺找您,事由:{reason}。\n安排:{decision}。', '{visitorName} ({company}, {visitorCount} people) came to the desk at {timeIn} to see you: {reason}.\nArranged: {decision}.'),
}

const cvText = {
  subject: L('面試安排:{visitorName} 應聘 {position}', 'Interview: {visitorName} for {position}'),
  body: L('{name} 您好:\n\n應聘者 {visitorName}(電話 {visitorPhone})應聘 {position},面試時間 {interviewAt}。簡歷見附件,請提前準備。\n\n{link}', 'Hello {name},\n\n{visitorName} ({visitorPhone}) applies for {position}; the interview is at {interviewAt}. The CV is attached so that you can prepare.\n\n{link}'),
}

export const VisitorLog = defineForm({
  slug: 'visitor-log',
  label: L('訪客登記', 'Visitor'),
  plural: L('訪客登記表', 'Visitor register'),
  group: groups.office,
  title: 'visitorName',
  columns: ['timeIn', 'visitorName', 'company', 'purpose', 'appointment', 'host', 'hostTold', 'decision', 'status', 'stillIn', 'timeOut'],
  retention: { years: 2, dateField: 'createdAt' },
  indexes: [{ fields: ['site', 'timeIn'] }],
  hooks: { beforeValidate: [visitorDefaults], beforeChange: [visitorChecks] },
  lifecycle: visitorLifecycle,
  print: { title: L('訪客登記表', 'Visitor register'), signatures: [L('訪客簽名', 'Visitor'), L('前臺經辦', 'Front desk')] },
  notify: [
    // The host is told when the visitor is in (a walk-in's create, or a registered visitor's check-in).
    { on: { field: 'status', to: 'in' }, where: { hostTold: 'message' }, message: [{ field: 'host' }], ...hostText },
    { on: { field: 'status', to: 'in' }, where: { hostTold: 'email' }, email: [{ field: 'host' }], ...hostText },
    // 如有需要將簡歷提前送給面試官: the CV goes to the interviewer when the candidate is registered, and again when it is added.
    { on: 'create', where: { purpose: 'interview' }, email: [{ field: 'interviewer' }], attach: ['cv'], ...cvText },
    { on: { field: 'cv' }, where: { purpose: 'interview' }, email: [{ field: 'interviewer' }], attach: ['cv'], ...cvText },
  ],
  deadlines: [
    {
      name: 'closing', rule: 'OFFICE-02', label: L('訪客:下班時仍未簽退標記', 'Visitors: flag those still signed in at closing time'),
      from: 'timeIn', after: { days: 0 }, at: 'closes', while: { status: 'in' },
      // Its checks (visitorChecks) read what a person enters; the flag and the due column are the server's.
      batch: true,
      then: { flag: 'stillIn', unflag: true, message: { to: ['front-desk'], title: L('下班時訪客仍未簽退:{visitorName}', 'Still signed in at closing: {visitorName}'), body: L('{visitorName}({company})找 {hostName},至今未簽退,請核實是否已離開。', '{visitorName} ({company}), here to see {hostName}, has not signed out: check whether they have left.') } },
      sentence: { due: L('{n} 位訪客今天在訪', '{n} visitors are signed in today'), overdue: L('{n} 位訪客下班時仍未簽退', '{n} visitors still signed in after closing') },
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        select('purpose', L('來訪事由', 'Purpose'), visitorPurposes, { required: true, defaultValue: 'business' }),
        select('appointment', L('有無預約', 'Appointment'), { yes: L('有預約', 'Has an appointment'), no: L('無預約', 'No appointment') }, { required: true, defaultValue: 'no' }),
        checkbox('preRegistered', L('提前登記(到訪時簽到)', 'Registered ahead (checked in on arrival)')),
      ],
    },
    {
      type: 'row',
      fields: [
        text('visitorName', L('來訪人姓名', "Visitor's name"), { required: true, maxLength: 50 }),
        text('company', L('單位', 'Company'), { maxLength: 100 }),
        phone('visitorPhone', L('聯繫電話', 'Phone')),
        text('visitorCount', L('人數', 'Number of people'), { maxLength: 5, defaultValue: '1' }),
      ],
    },
    datetime('expectedAt', L('預約時間', 'Appointment at'), { admin: { condition: (d) => d?.appointment === 'yes' } }),
    text('reason', L('事由說明', 'What about'), { maxLength: 200 }),
    {
      type: 'row',
      fields: [
        rel('host', L('被訪員工', 'Host'), 'staff', { required: true, index: true }),
        select('hostTold', L('如何通知被訪人', 'Host told by'), hostToldBy, { required: true, defaultValue: 'phone' }),
        select('decision', L('等候或帶入', 'Waits or goes in'), visitorDecisions, { defaultValue: 'go-in' }),
      ],
    },
    {
      type: 'row',
      admin: interview,
      fields: [
        text('position', L('面試崗位', 'Position'), { maxLength: 100 }),
        datetime('interviewAt', L('面試時間', 'Interview at')),
        rel('interviewer', L('面試官', 'Interviewer'), 'staff'),
      ],
    },
    attachment('cv', L('簡歷', 'CV'), { admin: { ...interview, description: L('上傳後會以郵件附件提前發給面試官', 'Sent to the interviewer ahead as an e-mail attachment') } }),
    {
      type: 'row',
      fields: [
        datetime('timeIn', L('進入時間', 'Time in'), { index: true, admin: { description: L('默認為現在;提前登記的訪客到訪時簽到', 'Defaults to now; a visitor registered ahead is checked in on arrival') } }),
        datetime('timeOut', L('離開時間', 'Time out')),
        rel('receivedBy', L('接待人', 'Desk person'), 'staff', { defaultValue: ({ user }: { user?: { id?: unknown; collection?: string } | null }) => (user?.collection === 'staff' ? user.id : undefined), admin: { description: L('默認為當前登錄的前臺', 'Defaults to the person signed in') } }),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    select('status', L('狀態', 'Status'), stateOptions(visitorLifecycle), { defaultValue: 'expected', index: true, admin: sidebar }),
    serverOwned(checkbox('stillIn', L('下班未簽退', 'Still in after closing'), { index: true, admin: sidebar })),
    serverOwned(text('hostName', L('被訪人姓名', "Host's name"), { maxLength: 50, admin: { hidden: true } })),
  ],
})
