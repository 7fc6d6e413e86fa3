/**
 * PROP-07 owner complaints: received → routed to the department complained about (its time limit in
 * working hours; 重大/重要 also to the 管理處主任) → the department reports back → the complainant is
 * told the same day → the follow-up (PROP-08) closes it, or reopens it when the owner is not satisfied.
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import type { LifecycleDoc, LifecycleSpec, TransitionArgs } from '../../../hooks/lifecycle/types'
import type { DeadlineBatchArgs } from '../../../hooks/deadlines'
import { tellAbout, tellMany } from '../../../hooks/notify/tell'
import { mustBeOnSite } from '../../../hooks/onSite'
import { refuse } from '../../../src/lib/errors'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { L, pick } from '../../../src/lib/i18n'
import { complaintCategories, severities } from './options'
import { handleBy } from './timeLimit'
import { planFollowUp } from '../follow-ups/plan'

const filled = (v: unknown) => typeof v === 'string' ? v.trim() !== '' : v != null

const noDepartment = L('被投訴部門不存在', 'No such department')
const noHead = L('部門「{department}」沒有設置主管職位,無法轉達', 'The department "{department}" has no head position to route the complaint to')

/** The department's head position (slug) — the one the complaint is routed to. */
async function departmentHead(req: PayloadRequest, doc: LifecycleDoc): Promise<{ name: string; head: string }> {
  const department = await mustBeOnSite<{ name: string; head?: unknown }>(req, 'departments', doc.department, siteOf(doc), noDepartment, 1)
  const head = department.head && typeof department.head === 'object' ? (department.head as { slug?: string }).slug : undefined
  if (!head) refuse(req, noHead, { department: department.name }, 409)
  return { name: department.name, head: head! }
}

const isGrave = (doc: LifecycleDoc) => doc.severity === 'major' || doc.severity === 'important'

/** Route (or route again): the time limit from now in working hours, by category and severity. */
async function routing({ req, doc }: TransitionArgs) {
  const { name, head } = await departmentHead(req, doc)
  const now = new Date()
  const { hours, dueAt } = await handleBy(req.payload, siteOf(doc)!, now, String(doc.category), String(doc.severity), req)
  return { routedAt: now.toISOString(), limitHours: hours, handleBy: dueAt.toISOString(), departmentName: name, headSlug: head }
}

/** The department's head is told (and the 管理處主任 for a major or important complaint), with the time limit. */
async function tellTheDepartment({ req, doc }: TransitionArgs, again = false) {
  await tellAbout(req, 'owner-complaints', doc, {
    to: [{ position: doc.headSlug }, isGrave(doc) && 'office-director'],
    title: again ? L('投訴重新處理(回訪不滿意):{unit}', 'Complaint reopened (follow-up unsatisfactory): {unit}') : L('業主投訴:{unit} {category}', 'Owner complaint: {unit} {category}'),
    body: L(
      '{severity}。{content}\n請於 {due} 前處理完畢({hours} 個工作小時),並將處理情況反饋客戶中心。',
      '{severity}. {content}\nPlease handle it by {due} ({hours} working hours) and report back to the service centre.',
    ),
    values: {
      unit: doc.unitCode ?? '',
      category: pick(complaintCategories[doc.category as keyof typeof complaintCategories], 'zh'),
      severity: pick(severities[doc.severity as keyof typeof severities], 'zh'),
      content: doc.content,
      hours: doc.limitHours,
    },
    dates: { due: doc.handleBy },
  })
}

export const complaintLifecycle: LifecycleSpec = {
  states: {
    received: { label: L('已受理', 'Received'), color: '#6b7280' },
    routed: { label: L('處理中', 'With the department'), color: '#d97706' },
    reported: { label: L('已反饋待告知', 'Reported back, owner to be told'), color: '#2563eb' },
    told: { label: L('已告知待回訪', 'Owner told, follow-up due'), color: '#7c3aed' },
    closed: { label: L('已結案', 'Closed'), color: '#16a34a' },
    cancelled: { label: L('已撤銷', 'Withdrawn'), color: '#9ca3af' },
  },
  transitions: [
    {
      from: 'received',
      to: 'routed',
      label: L('轉達被投訴部門', 'Route to the department'),
      by: 'staff',
      tone: 'primary',
      when: 'department',
      guard: async ({ req, doc }) => {
        if (!idOf(doc.department)) refuse(req, L('請先選擇被投訴部門', 'Choose the department complained about first'), {}, 409)
      },
      set: routing,
      effects: [(args) => tellTheDepartment(args)],
    },
    {
      from: 'routed',
      to: 'reported',
      label: L('部門已反饋處理結果', 'The department reported back'),
      by: 'staff',
      tone: 'primary',
      guard: ({ req, doc }) => {
        if (!filled(doc.handling)) refuse(req, L('請先填寫處理情況(被投訴部門的處理記錄)', "Fill in the handling (the department's record) first"), {}, 409)
      },
      set: () => ({ reportedAt: new Date().toISOString() }),
    },
    {
      from: 'reported',
      to: 'told',
      label: L('已將處理結果告知業主', 'The owner was told the result'),
      by: 'staff',
      tone: 'primary',
      when: 'toldAt',
      guard: ({ req, doc }) => {
        if (!doc.toldHow) refuse(req, L('請選擇告知方式(電話或上門)', 'Choose how the owner was told (phone or in person)'), {}, 409)
      },
      set: ({ doc }) => {
        const toldAt = doc.toldAt ?? new Date().toISOString()
        // Told after the end of the day it was reported back: missed, even before the sweep came by.
        const late = Boolean(doc.toldLate) || (doc.tellDueAt ? new Date(toldAt) > new Date(doc.tellDueAt) : false)
        return { toldAt, toldLate: late }
      },
      // PROP-08: the complaint's follow-up is due within 3 days of the handling's completion.
      effects: [
        async ({ req, doc }) => {
          const followUp = await planFollowUp(req, { kind: 'complaint', site: siteOf(doc)!, complaint: doc, completedAt: doc.reportedAt })
          await req.payload.update({ collection: 'owner-complaints', id: doc.id, data: { followUp: followUp.id }, overrideAccess: true, depth: 0, req, context: { lifecycleTransition: { from: 'told', to: 'told' } } })
        },
      ],
    },
    { from: 'told', to: 'closed', label: L('回訪滿意,結案', 'Follow-up satisfied: close'), by: 'server', set: () => ({ closedAt: new Date().toISOString() }) },
    {
      from: ['told', 'closed'],
      to: 'routed',
      label: L('回訪不滿意,重新處理', 'Follow-up unsatisfied: reopen'),
      by: 'server',
      set: async (args) => ({ ...(await routing(args)), reopenCount: Number(args.doc.reopenCount ?? 0) + 1, reportedAt: null, toldAt: null, toldHow: null, closedAt: null }),
      effects: [(args) => tellTheDepartment(args, true)],
    },
    { from: ['received', 'routed'], to: 'cancelled', label: L('撤銷投訴', 'Withdraw'), by: ['cs-supervisor', 'office-director'], note: 'required', tone: 'danger' },
  ],
}

/** Who received it, and the order of reporting back and telling. (The unit's code is a declared copy, index.ts.) */
export const complaintBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  if (operation === 'create' && !data.receivedBy && req.user) data.receivedBy = req.user.id
  if (o.toldAt && o.reportedAt && new Date(o.toldAt) < new Date(o.reportedAt)) {
    refuse(req, L('告知業主的時間不能早於部門反饋時間', 'The owner cannot be told before the department reported back'))
  }
  return data
}

/** PROP-07: complaints not handled within their time limit — each department's head and the CS supervisor are told (set-wise). */
export async function handlingOverdue({ req, docs }: DeadlineBatchArgs) {
  await tellMany(
    req,
    'owner-complaints',
    docs.map((doc) => ({
      doc,
      tell: {
        to: ['cs-supervisor', { position: doc.headSlug }, isGrave(doc) && 'office-director'],
        title: L('投訴處理超時:{unit}', 'Complaint past its time limit: {unit}'),
        body: L('{department}應於 {due} 前處理完畢,至今未反饋。', '{department} was to handle it by {due} and has not reported back.'),
        values: { unit: doc.unitCode ?? '', department: doc.departmentName ?? '' },
        dates: { due: doc.handleBy },
      },
    })),
  )
  return docs.map(() => true)
}
