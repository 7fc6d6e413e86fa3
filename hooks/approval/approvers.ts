/**
 * WF-05 / OFFICE-10: who may sign a step of an approval chain — the one rule. The engine asks it before
 * issuing tokens and e-mails (startStep), before accepting a decision (decide, through every door: the
 * endpoint, the inbox, the e-mailed link) and before a submission (assertChainStaffed); the inbox and
 * the home's "waiting for me" (src/admin/workflow/data.ts `waitingFor`) and the workflow bar's buttons
 * (src/admin/workflow/approvalSource.ts) list exactly the records it names a person for.
 *
 * - A plain step (a position slug): every active holder of the position at the record's site.
 * - A step `{ position, of }`: the head (`headStaff`) of the department the record's field `of` points at,
 *   and only them. The department is read with `onSite` (only if it belongs to the record's site); the
 *   head must be an active staff member of that site.
 * - Fall-back (decided for OFFICE-10): when the record names no department, its department has no head,
 *   or the head no longer works (actively) at the site, the step goes to the position's holders at the
 *   site, as a plain step would. A slip is never stuck because a department has no head yet; with no
 *   holder either, the submission is refused naming the position (as for a plain step).
 * - Nobody signs a step of their own record (decided for OFFICE-10 / WF-05): the record's own person (the
 *   form's `approval.own` field, e.g. a leave slip's `person`; for a form without one, its author
 *   `submittedBy`) is never among a step's approvers. When they were the only one the step named (a department head's own slip;
 *   the only HR holder's own slip at the HR step), the step goes to the person above: the holders at the
 *   site of the first position of `approval.above` (default 總經理, then 董事長) who are not them — as
 *   on paper, a head's leave is signed by the general manager, the general manager's by the chairman.
 */
import type { PayloadRequest } from 'payload'
import type { ApprovalSpec, ApprovalStep, FormDoc } from '../form/types'
import type { PositionSlug } from '../../src/seed/positions'
import { holdersByPosition, type Holder } from '../../src/lib/holders'
import { idOf } from '../../src/lib/hooks'
import { onSite } from '../onSite'

type Req = Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>

/** The position a step signs as. */
export const stepPosition = (step: ApprovalStep | undefined): string => (step == null ? '' : typeof step === 'string' ? step : step.position)

/** The positions of a chain, step by step (for labels, signature lines, "who is an approver at all"). */
export const chainPositions = (spec: Pick<ApprovalSpec, 'chain'> | undefined): string[] => (spec?.chain ?? []).map(stepPosition)

/** The record field a step's department comes from, if the step names one. */
export const stepOf = (step: ApprovalStep | undefined): string | undefined => (step && typeof step === 'object' ? step.of : undefined)

/** Memo of one listing (several records of a site share their position's holders and departments). */
export type ApproverCache = Map<string, Promise<Holder[]>>

const memo = (cache: ApproverCache | undefined, key: string, load: () => Promise<Holder[]>) => {
  if (!cache) return load()
  if (!cache.has(key)) cache.set(key, load())
  return cache.get(key)!
}

const holderOf = (s: Record<string, unknown>): Holder => ({
  id: s.id as number,
  name: s.name as string,
  email: s.email as string,
  language: (s.language as string) ?? 'zh',
  mobile: s.mobile as string,
  workPhone: s.workPhone as string,
})

/** The head of the department `value` of the record's site: an active staff member of that site, or null. */
export async function departmentHead(req: Req, value: unknown, site: unknown): Promise<Holder | null> {
  // Only a department of the record's own site is read; another site's id is as missing as an unknown one.
  const department = await onSite<{ headStaff?: unknown }>(req, 'departments', value, site)
  const head = idOf(department?.headStaff)
  if (head == null) return null
  const { docs } = await req.payload.find({
    collection: 'staff',
    where: { and: [{ id: { equals: head } }, { 'sites.site': { equals: idOf(site) } }, { active: { not_equals: false } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req: req as PayloadRequest,
  })
  return docs[0] ? holderOf(docs[0] as unknown as Record<string, unknown>) : null
}

/** Who signs in place of a step's only signer when that is the record's own person (see the header). */
export const defaultAbove: PositionSlug[] = ['general-manager', 'chairman']

/** The positions a chain sends a step up to (`approval.above`, default `defaultAbove`). */
export const abovePositions = (spec: Pick<ApprovalSpec, 'above'> | undefined): PositionSlug[] => spec?.above ?? defaultAbove

/**
 * The staff a record belongs to, who never sign a step of it: the person its `own` field names (a leave
 * slip's employee, whoever typed it in), or, for a form that names none, its author (`submittedBy`).
 */
export const ownPeople = (spec: Pick<ApprovalSpec, 'own'>, doc: FormDoc): number[] =>
  [spec.own ? idOf(doc[spec.own]) : idOf(doc.submittedBy)].filter((id): id is number => typeof id === 'number')

type Spec = Pick<ApprovalSpec, 'chain' | 'own' | 'above'>

const holdersOf = (req: Req, site: unknown, position: string, cache?: ApproverCache) =>
  memo(cache, `position:${site}:${position}`, async () => (await holdersByPosition(req.payload, site, [position], req)).get(position) ?? [])

/** Who the step names before the own-record rule: the department's head, else the position's holders. */
async function namedBy(req: Req, declared: ApprovalStep, doc: FormDoc, cache?: ApproverCache): Promise<Holder[]> {
  const site = idOf(doc.site)
  const of = stepOf(declared)
  if (of) {
    const department = idOf(doc[of])
    if (department != null) {
      const head = await memo(cache, `head:${site}:${department}`, async () => {
        const h = await departmentHead(req, department, site)
        return h ? [h] : []
      })
      if (head.length) return head
    }
  }
  return holdersOf(req, site, stepPosition(declared), cache)
}

/**
 * Who may sign step `step` (default: the record's current step) of `doc`, now. `doc` needs its `site`,
 * `submittedBy`, the `own` field and, for a step with `of`, that field (an id or a populated relation).
 * Never the record's own people; a step that named only them goes to the person above.
 */
export async function approversOf(req: Req, spec: Spec, doc: FormDoc, step: number = Number(doc.approvalStep ?? 0), cache?: ApproverCache): Promise<Holder[]> {
  return (await resolveStep(req, spec, doc, step, cache)).approvers
}

/**
 * Why step `step` of `doc` has nobody to sign it, as the positions to fill: none when someone may sign it;
 * the step's own position when nobody holds it (nor heads the department); the `approval.above` positions
 * (`above: true`) when its only holders are the record's own people and nobody else holds one at the site.
 */
export async function missingPositions(req: Req, spec: Spec, doc: FormDoc, step: number, cache?: ApproverCache): Promise<{ positions: string[]; above: boolean }> {
  const { missing, above } = await resolveStep(req, spec, doc, step, cache)
  return { positions: missing, above }
}

async function resolveStep(req: Req, spec: Spec, doc: FormDoc, step: number, cache?: ApproverCache): Promise<{ approvers: Holder[]; missing: string[]; above: boolean }> {
  const declared = spec.chain[step]
  if (declared == null) return { approvers: [], missing: [], above: false }
  const named = await namedBy(req, declared, doc, cache)
  if (!named.length) return { approvers: [], missing: [stepPosition(declared)], above: false }
  const own = ownPeople(spec, doc)
  const others = named.filter((h) => !own.includes(h.id))
  if (others.length) return { approvers: others, missing: [], above: false }
  for (const position of abovePositions(spec)) {
    const above = (await holdersOf(req, idOf(doc.site), position, cache)).filter((h) => !own.includes(h.id))
    if (above.length) return { approvers: above, missing: [], above: false }
  }
  return { approvers: [], missing: [...abovePositions(spec)], above: true }
}

/** Whether `staffId` may sign the record's current step now. */
export async function isApprover(req: Req, spec: Spec, doc: FormDoc, staffId: unknown, cache?: ApproverCache): Promise<boolean> {
  const id = idOf(staffId)
  if (id == null) return false
  return (await approversOf(req, spec, doc, undefined, cache)).some((h) => h.id === id)
}

/** The positions that sign a department step in a head's place (the `above` of chains with such a step). */
const aboveDepartmentSteps = (req: Req): string[] =>
  req.payload.config.collections.flatMap((c) => {
    const approval = (c.custom as { form?: { approval?: ApprovalSpec } } | undefined)?.form?.approval
    return approval && approval.chain.some((step) => stepOf(step)) ? abovePositions(approval) : []
  })

/**
 * The departments (ids), at any of `sites`, whose department step may name `staffId` (the inbox's and
 * home's candidates; `isApprover` decides): the ones they head and, for a holder of a position that signs
 * above a head (`approval.above`), every department of those sites.
 */
export async function departmentsHeadedBy(req: Req, staffId: unknown, sites: unknown[]): Promise<number[]> {
  const id = idOf(staffId)
  const siteIds = sites.map(idOf).filter((s) => s != null)
  if (id == null || !siteIds.length) return []
  const above = aboveDepartmentSteps(req)
  const abovePositionIds = above.length
    ? (await req.payload.find({ collection: 'positions', where: { slug: { in: above } }, depth: 0, pagination: false, overrideAccess: true, req: req as PayloadRequest })).docs.map((p) => p.id)
    : []
  const signsAbove =
    abovePositionIds.length > 0 &&
    (await req.payload.count({ collection: 'staff', where: { and: [{ id: { equals: id } }, { positions: { in: abovePositionIds } }] }, overrideAccess: true, req: req as PayloadRequest })).totalDocs > 0
  const { docs } = await req.payload.find({
    collection: 'departments',
    where: signsAbove ? { site: { in: siteIds } } : { and: [{ headStaff: { equals: id } }, { site: { in: siteIds } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: req as PayloadRequest,
  })
  return docs.map((d) => d.id as number)
}
