/**
 * PROP-08 / PROP-09 follow-up visits: who follows up (by kind and the complaint's severity), the
 * lifecycle planned → done → reviewed (or cancelled), and what the result does to the complaint it
 * follows (satisfied: closed; unsatisfied: reopened and reported to the 管理處主任).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import type { LifecycleSpec, TransitionArgs } from '../../../hooks/lifecycle/types'
import { transition } from '../../../hooks/lifecycle'
import { tellAbout } from '../../../hooks/notify/tell'
import { mustBeOnSite } from '../../../hooks/onSite'
import { refuse } from '../../../src/lib/errors'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { L } from '../../../src/lib/i18n'
import { asServer } from '../../../src/lib/serverReq'

/** The due column of each kind (its declared deadline, `<kind>DueAt`). */
export const dueColumnOf = (kind: string) => `${kind}DueAt`

type ComplaintDoc = { id: number; status: string; severity?: string; headSlug?: string; unit?: unknown; unitCode?: string; complainant?: string; phone?: string }

/** PROP-09: who follows up — a major complaint the 管理處主任; another complaint the department's supervisor with a 客服助理; the rest a 客服助理. */
export function followersOf(kind: string, complaint?: ComplaintDoc | null): { lead: string; withAssistant: boolean } {
  if (kind !== 'complaint') return { lead: 'cs-assistant', withAssistant: false }
  if (complaint?.severity === 'major') return { lead: 'office-director', withAssistant: false }
  return { lead: complaint?.headSlug || 'cs-supervisor', withAssistant: true }
}

const noComplaint = L('投訴記錄不存在', 'No such complaint')

export const followUpBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (o.kind === 'complaint' && !idOf(o.complaint)) refuse(req, L('投訴回訪須選擇所回訪的投訴', 'A complaint follow-up names the complaint it follows'))
  if (o.followedAt && o.completedAt && new Date(o.followedAt) < new Date(o.completedAt)) {
    refuse(req, L('回訪時間不能早於完成時間', 'The follow-up cannot be before the work was completed'))
  }
  // PROP-08 special contract work: from the contract's dates, the mid-term follow-up (this one) and the
  // one after the end (planned after the create, `followUpAfterChange`).
  if (operation === 'create' && o.kind === 'special' && o.contractFrom && o.contractTo && !o.stage) {
    const from = new Date(o.contractFrom).getTime()
    const to = new Date(o.contractTo).getTime()
    if (!(to > from)) refuse(req, L('合同結束日期須晚於開始日期', 'The contract must end after it starts'))
    data.stage = 'mid'
    data.completedAt = new Date(from + (to - from) / 2).toISOString()
  }
  if (o.kind === 'special' && !(data.stage ?? o.stage)) {
    refuse(req, L('特約工程回訪須選擇階段(中期或結束後),或填寫合同起止日期', 'A special-contract follow-up names its stage (mid-term or after the end), or the contract dates'))
  }
  let complaint: ComplaintDoc | null = null
  if (idOf(o.complaint) && (operation === 'create' || idOf(data.complaint) !== idOf(originalDoc?.complaint) || data.kind !== undefined)) {
    complaint = await mustBeOnSite<ComplaintDoc>(req, 'owner-complaints', o.complaint, site, noComplaint)
  }
  if (operation === 'create' || data.kind !== undefined || data.complaint !== undefined) {
    const { lead, withAssistant } = followersOf(String(o.kind), complaint)
    data.followerSlug = lead
    data.withAssistant = withAssistant
    const { docs } = await req.payload.find({ collection: 'positions', where: { slug: { equals: lead } }, limit: 1, depth: 0, overrideAccess: true, req })
    data.followerPosition = docs[0]?.id ?? null
  }
  return data
}

/** The follow-up person is told when it is planned, with its due moment. */
export const followUpAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.status !== 'planned') return doc
  if (doc.kind === 'special' && doc.stage === 'mid' && doc.contractTo) {
    const { contractFrom, contractTo, unit, ownerName, phone, subject } = doc
    await req.payload.create({
      collection: 'follow-ups',
      data: { site: siteOf(doc), kind: 'special', stage: 'end', completedAt: new Date(contractTo).toISOString(), contractFrom, contractTo, unit: idOf(unit), ownerName, phone, subject },
      overrideAccess: true,
      depth: 0,
      req: asServer(req),
    })
  }
  // Nobody holds the position at the site: the CS supervisor arranges it; planning never fails for it.
  await tellAbout(asServer(req), 'follow-ups', doc, {
    to: [{ position: doc.followerSlug }, doc.withAssistant && 'cs-assistant'],
    fallback: ['cs-supervisor'],
    title: L('請安排回訪:{unit} {subject}', 'Please follow up: {unit} {subject}'),
    body: L('回訪時限:{from} 至 {due}。請領取《回訪記錄表》,回訪後請業主簽名確認。', 'Follow up between {from} and {due}. Take the follow-up form; the owner signs what is recorded.'),
    values: { unit: doc.unitCode ?? '', subject: doc.subject },
    dates: { from: doc[`${doc.kind}FromAt`], due: doc[dueColumnOf(String(doc.kind))] },
  })
  return doc
}

/** PROP-09: a satisfied owner closes the complaint; an unsatisfied one reopens it and it is reported to the 管理處主任. */
async function settleComplaint({ req, doc }: TransitionArgs) {
  if (doc.kind !== 'complaint' || !idOf(doc.complaint)) return
  const complaint = (await req.payload.findByID({ collection: 'owner-complaints', id: idOf(doc.complaint)!, depth: 0, overrideAccess: true, req })) as unknown as ComplaintDoc
  if (doc.satisfaction === 'unsatisfied') {
    if (!['told', 'closed'].includes(complaint.status)) return
    await transition(req as PayloadRequest, 'owner-complaints', complaint.id, 'routed', { server: true, note: `回访不满意(回访记录 #${doc.id})` })
    await tellAbout(req, 'follow-ups', doc, {
      to: ['office-director', 'cs-supervisor'],
      title: L('回訪不滿意,投訴已重新處理:{unit}', 'Follow-up unsatisfied, complaint reopened: {unit}'),
      body: L('業主對處理結果不滿意:{shortfalls}', 'The owner is not satisfied: {shortfalls}'),
      values: { unit: doc.unitCode ?? '', shortfalls: doc.shortfalls ?? '' },
      related: { collection: 'owner-complaints', id: complaint.id },
    })
  } else if (complaint.status === 'told') {
    await transition(req as PayloadRequest, 'owner-complaints', complaint.id, 'closed', { server: true, note: `回访满意(回访记录 #${doc.id})` })
  }
}

export const followUpLifecycle: LifecycleSpec = {
  states: {
    planned: { label: L('待回訪', 'Due'), color: '#d97706' },
    done: { label: L('已回訪待審核', 'Done, to review'), color: '#2563eb' },
    reviewed: { label: L('主管已審核', 'Reviewed'), color: '#16a34a' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#9ca3af' },
  },
  transitions: [
    {
      from: 'planned',
      to: 'done',
      label: L('完成回訪', 'Record the follow-up'),
      by: 'staff',
      tone: 'primary',
      when: 'followedAt',
      guard: ({ req, doc }) => {
        if (!doc.satisfaction) refuse(req, L('請填寫業主滿意程度', "Fill in the owner's satisfaction"), {}, 409)
        if (doc.method !== 'phone' && !idOf(doc.ownerSignature) && !idOf(doc.paperScan)) {
          refuse(req, L('請上傳業主簽名或簽字的回訪記錄表掃描件', "Add the owner's signature or a scan of the signed form"), {}, 409)
        }
      },
      set: ({ doc, user }) => ({ followedAt: doc.followedAt ?? new Date().toISOString(), followedBy: idOf(doc.followedBy) ?? idOf(user?.id) ?? null }),
      effects: [settleComplaint],
    },
    {
      from: 'done',
      to: 'reviewed',
      label: L('主管審核', 'Review'),
      by: ['cs-supervisor', 'office-director'],
      note: 'required',
      tone: 'primary',
      set: ({ note, user }) => ({ reviewComment: note ?? '', reviewedBy: idOf(user?.id) ?? null, reviewedAt: new Date().toISOString() }),
    },
    { from: 'planned', to: 'cancelled', label: L('取消回訪', 'Cancel'), by: ['cs-supervisor', 'office-director'], note: 'required', tone: 'danger' },
  ],
}
