/**
 * PROP-07 業主投訴意見表 / 投訴處理記錄表: a complaint by phone, visit or letter, as received; routed to
 * the department complained about with its time limit (working hours by category and severity, the
 * site's settings); 重大 and 重要 complaints go to the 管理處主任 as well; the department's handling
 * is recorded; once it reports back, the complainant must be told the same day (flagged if missed);
 * the follow-up (PROP-08) closes or reopens it. Kept forever.
 */
import { checkbox, copyFrom, datetime, number, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { groups } from '../../core/labels'
import { complaintBeforeChange, complaintLifecycle, handlingOverdue } from './hooks'
import { complaintCategories, complaintChannels, severities, toldHow } from './options'

const sidebar = { position: 'sidebar' as const }

export const OwnerComplaints = defineForm({
  slug: 'owner-complaints',
  label: L('業主投訴', 'Owner complaint'),
  plural: L('業主投訴意見表', 'Owner complaints'),
  group: groups.property,
  title: 'unitCode',
  columns: ['receivedAt', 'unitCode', 'category', 'severity', 'departmentName', 'handleBy', 'status', 'handlingOverdue', 'toldLate'],
  retention: 'forever',
  indexes: [{ fields: ['site', 'receivedAt'] }, { fields: ['site', 'unit', 'category'] }],
  hooks: { beforeChange: [complaintBeforeChange] },
  lifecycle: complaintLifecycle,
  print: {
    title: L('業主投訴意見表', 'Owner complaint form'),
    signatures: [L('受理人', 'Received by'), L('被投訴部門負責人', 'Head of the department'), L('客服主管', 'CS supervisor')],
  },
  notify: [
    {
      on: { field: 'status', to: 'reported' },
      message: ['cs-supervisor', 'cs-assistant'],
      subject: L('投訴已處理,請今天告知業主:{unitCode}', 'Complaint handled, tell the owner today: {unitCode}'),
      body: L('{departmentName}已反饋處理情況:{handling}\n請於今天內將處理結果告知投訴業主{complainant}({phone})。', '{departmentName} reported back: {handling}\nTell {complainant} ({phone}) the result today.'),
    },
  ],
  deadlines: [
    {
      name: 'handle',
      rule: 'PROP-07',
      label: L('業主投訴:超過處理時效', 'Owner complaints: past their time limit'),
      from: 'handleBy',
      while: { status: 'routed' },
      then: { flag: 'handlingOverdue', runMany: handlingOverdue },
      // complaintBeforeChange checks the times a person enters: nothing for the flag and the due column.
      batch: true,
      sentence: { due: L('{n} 宗業主投訴今天到處理時限', '{n} owner complaints reach their time limit today'), overdue: L('{n} 宗業主投訴超過處理時效', '{n} owner complaints are past their time limit') },
    },
    {
      name: 'tell',
      rule: 'PROP-07',
      label: L('業主投訴:當天告知業主處理結果', 'Owner complaints: tell the owner the result the same day'),
      from: 'reportedAt',
      after: { days: 1 },
      at: '00:00',
      while: { status: 'reported' },
      sentence: { due: L('{n} 宗投訴今天須告知業主處理結果', '{n} owners are to be told the result of their complaint today'), overdue: L('{n} 宗投訴未在當天告知業主', '{n} owners were not told the result the same day') },
      then: { flag: 'toldLate', message: { to: ['cs-supervisor'], title: L('未在當天告知業主投訴處理結果:{unitCode}', 'Owner not told the result the same day: {unitCode}') } },
      // complaintBeforeChange checks the times a person enters: nothing for the flag and the due column.
      batch: true,
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        datetime('receivedAt', L('投訴時間', 'Received at'), { required: true, defaultValue: () => new Date().toISOString(), index: true }),
        select('channel', L('投訴方式', 'Channel'), complaintChannels, { required: true, defaultValue: 'phone' }),
        rel('receivedBy', L('受理人', 'Received by'), 'staff'),
      ],
    },
    {
      type: 'row',
      fields: [
        // The unit's code is kept on the record (lists, messages, analysis): copied from the unit, read only on the complaint's own site.
        copyFrom(rel('unit', L('單元', 'Unit'), 'units', { required: true, index: true }), { unitCode: 'code' }),
        text('complainant', L('投訴人', 'Complainant'), { required: true, maxLength: 50 }),
        phone('phone', L('聯繫電話', 'Phone')),
      ],
    },
    {
      type: 'row',
      fields: [
        select('category', L('投訴類別', 'Category'), complaintCategories, { required: true, index: true }),
        select('severity', L('投訴級別', 'Severity'), severities, { required: true, defaultValue: 'ordinary' }),
      ],
    },
    textarea('content', L('投訴內容', 'Complaint'), { required: true, maxLength: 2000 }),
    rel('department', L('被投訴部門', 'Department complained about'), 'departments', {
      admin: { description: L('選擇後即轉達該部門主管並計算處理時效', 'Choosing it routes the complaint to its head with the time limit') },
    }),
    {
      type: 'collapsible',
      label: L('處理記錄', 'Handling'),
      fields: [
        textarea('handling', L('處理情況(被投訴部門填寫)', "Handling (by the department)"), { maxLength: 2000 }),
        textarea('directorOpinion', L('管理處主任意見(重大/重要投訴)', "Director's opinion (major/important)"), { maxLength: 2000 }),
      ],
    },
    {
      type: 'collapsible',
      label: L('告知業主', 'Telling the owner'),
      fields: [
        {
          type: 'row',
          fields: [
            select('toldHow', L('告知方式', 'How'), toldHow),
            datetime('toldAt', L('告知時間', 'Told at'), { admin: { description: L('填寫即登記已告知業主', 'Filling it in records that the owner was told') } }),
          ],
        },
        textarea('ownerResponse', L('業主意見', "Owner's response"), { maxLength: 1000 }),
      ],
    },
    select('status', L('狀態', 'Status'), stateOptions(complaintLifecycle), { defaultValue: 'received', index: true, admin: sidebar }),
    serverOwned(text('unitCode', L('單元編號', 'Unit code'), { maxLength: 30, admin: sidebar })),
    serverOwned(text('departmentName', L('被投訴部門', 'Department'), { maxLength: 100, admin: { hidden: true } })),
    serverOwned(text('headSlug', L('部門主管職位', 'Head position'), { maxLength: 64, admin: { hidden: true } })),
    serverOwned(datetime('routedAt', L('轉達時間', 'Routed at'), { admin: sidebar })),
    serverOwned(number('limitHours', L('處理時效(工作小時)', 'Time limit (working hours)'), { admin: sidebar })),
    serverOwned(datetime('handleBy', L('應處理完畢時間', 'To be handled by'), { admin: sidebar })),
    serverOwned(datetime('reportedAt', L('部門反饋時間', 'Reported back at'), { admin: sidebar })),
    serverOwned(datetime('closedAt', L('結案時間', 'Closed at'), { admin: sidebar })),
    serverOwned(checkbox('handlingOverdue', L('處理超時', 'Handled late'), { index: true, admin: sidebar })),
    serverOwned(checkbox('toldLate', L('未當天告知業主', 'Owner not told the same day'), { index: true, admin: sidebar })),
    serverOwned(number('reopenCount', L('重新處理次數', 'Times reopened'), { defaultValue: 0, admin: sidebar })),
    serverOwned(rel('followUp', L('回訪記錄', 'Follow-up'), 'follow-ups', { admin: sidebar })),
  ],
})
