/**
 * WF-05 approval chains: submit, decide, withdraw, resubmit. Every transition runs in one
 * transaction with the form's row locked (`SELECT … FOR UPDATE`), so two decisions on one step
 * cannot both win; the signature, the form's new state, the next approvers' tokens and mails, the
 * work messages and the audit rows commit or roll back together.
 */
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { recordTransition, type Channel } from '../audit'
import { refuse } from '../../src/lib/errors'
import { specOf } from '../form/specOf'
import type { ApprovalSpec, FormDoc } from '../form/types'
import { approversOf, missingPositions, stepPosition } from './approvers'
import { idOf } from '../../src/lib/hooks'
import { L, pick } from '../../src/lib/i18n'
import { notifyEvent } from '../notify/rules'
import { isAdmin } from '../../src/lib/roles'
import { asServer } from '../../src/lib/serverReq'
import { tableOf, txOf } from '../../src/lib/tx'
import { approvalRequestMail, tellAuthor } from './mails'
import { issueToken } from './tokens'
import type { CollectionSlug } from 'payload'
import type { Staff } from '../../src/payload-types'

export type ApprovalState = { status: string | null; step: number; round: number; version: number }

export const texts = {
  noHolder: L('「{position}」在本站點目前沒有人擔任,無法提交審批;請先在員工資料中指定', 'Nobody holds "{position}" at this site, so the form cannot go for approval; assign the position to a staff member first'),
  noAbove: L('這份表單是本人的,本人不能簽批,須由上級簽批,但「{position}」在本站點目前沒有其他人擔任,無法繼續審批;請先在員工資料中指定', 'Nobody signs their own form and nobody else holds "{position}" at this site to sign it instead, so the form cannot go on for approval; assign the position to a staff member first'),
  notFound: L('找不到這份表單', 'No such form'),
  notPending: L('這份表單已不在審批中(目前狀態:{status})', 'This form is no longer waiting for approval (now: {status})'),
  decided: L('這一步已經由 {name} 於 {at} 決定({decision}),不能重複審批', 'This step was already decided by {name} at {at} ({decision}); it cannot be decided twice'),
  changed: L('郵件發出後表單已被修改,這個鏈接已失效;請按最新的郵件審批', 'The form was changed after this e-mail was sent, so this link no longer applies; use the newest e-mail'),
  notHolder: L('您不是這一步(「{position}」)的審批人,不能簽批', 'You are not an approver of this step ("{position}"), so you cannot sign it'),
  reasonNeeded: L('駁回時請寫明原因', 'Please give the reason for the rejection'),
  onlyAuthor: L('只有提交人可以撤回或重新提交', 'Only the author can withdraw or resubmit the form'),
  notReturned: L('只有被駁回或已撤回的表單可以重新提交', 'Only a rejected or withdrawn form can be resubmitted'),
}

export const statusLabels = {
  pending: L('審批中', 'Pending approval'),
  approved: L('已批准', 'Approved'),
  rejected: L('已駁回', 'Rejected'),
  withdrawn: L('已撤回', 'Withdrawn'),
}

export const approvalOf = (payload: Payload, slug: string): ApprovalSpec | undefined =>
  specOf(payload, slug)?.approval

/** Run `fn` in the request's transaction, starting (and then committing or rolling back) one if needed. */
export async function inTransaction<T>(req: PayloadRequest, fn: () => Promise<T>): Promise<T> {
  const mine = await initTransaction(req)
  try {
    const result = await fn()
    if (mine) await commitTransaction(req)
    return result
  } catch (error) {
    if (mine) await killTransaction(req)
    throw error
  }
}

/** A server request acting as a staff member through a channel (routes, endpoints). */
export async function actingAs(payload: Payload, staff: unknown, channel: Channel): Promise<PayloadRequest> {
  const user = (staff && typeof staff === 'object' && 'email' in staff ? staff : await payload.findByID({ collection: 'staff', id: idOf(staff)!, depth: 0, overrideAccess: true })) as Staff
  return createLocalReq({ user: { ...user, collection: 'staff' }, context: { channel, actorName: user.name } }, payload)
}

/**
 * The form as the acting person may read it (site scoping and the form's own read rules). Another
 * site's form, or one the person may not read, gets exactly the answer of a form that does not exist,
 * before anything about its state, approvers or signatures is looked at (CORE-01).
 */
export async function findVisible(req: PayloadRequest, slug: string, id: string | number): Promise<FormDoc> {
  const valid = /^\d{1,10}$/.test(String(id)) && Number(id) > 0 && Number(id) <= 2_147_483_647
  const doc = valid
    ? ((await req.payload
        .findByID({ collection: slug as CollectionSlug, id: Number(id), depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
        .catch(() => null)) as FormDoc | null)
    : null
  if (!doc) return refuse(req, texts.notFound, {}, 404)
  return doc
}

/** Lock the form's row for the rest of the transaction and read its approval state. */
export async function lockForm(req: PayloadRequest, slug: string, id: string | number): Promise<ApprovalState | null> {
  if (!/^\d+$/.test(String(id))) return null
  const tx = await txOf(req)
  const table = tableOf(req.payload, slug)
  const { rows } = await tx.execute(
    sql`SELECT approval_status AS status, approval_step AS step, approval_round AS round, approval_version AS version FROM ${sql.identifier(table)} WHERE id = ${Number(id)} FOR UPDATE`,
  )
  const row = rows[0]
  return row ? { status: row.status as string, step: Number(row.step), round: Number(row.round), version: Number(row.version) } : null
}

const lang = (req: PayloadRequest) => ((req.user as { language?: string } | null)?.language ?? 'zh') as string

/**
 * Refuse when a step of the chain has nobody to sign it (hooks/approval/approvers.ts), naming the positions
 * to fill, in the person's language: a step whose position nobody holds at the site (nor heads the
 * department) names that position; a step whose only holders are the record's own people (who never sign
 * it) names the positions above (`approval.above`) that nobody else holds there — never the step's own
 * position, whose holder exists. Used on submission and resubmission (every step) and when a decision moves
 * the record to a step that has nobody by then (startStep): that decision is refused and rolled back, the
 * record stays waiting at its step. `doc` is the record (or the data being created).
 */
export async function assertChainStaffed(req: PayloadRequest, spec: Pick<ApprovalSpec, 'chain' | 'own' | 'above'>, doc: FormDoc) {
  const empty: string[] = []
  const above: string[] = []
  for (let step = 0; step < spec.chain.length; step++) {
    const missing = await missingPositions(req, spec, doc, step)
    const into = missing.above ? above : empty
    for (const slug of missing.positions) if (!into.includes(slug)) into.push(slug)
  }
  if (!empty.length && !above.length) return
  const { docs } = await req.payload.find({ collection: 'positions', where: { slug: { in: [...empty, ...above] } }, depth: 0, pagination: false, overrideAccess: true, req })
  const l = lang(req)
  const name = (slug: string) => {
    const p = docs.find((d) => d.slug === slug)
    if (!p) return slug
    return pick({ zh: p.name as string, 'zh-TW': p.nameTW as string, en: p.nameEn as string }, l)
  }
  const names = (slugs: string[]) => slugs.map(name).join(l === 'en' ? '", "' : '、')
  if (empty.length) refuse(req, texts.noHolder, { position: names(empty) }, 409)
  refuse(req, texts.noAbove, { position: names(above) }, 409)
}

/** Ask the approvers of the current step (approversOf): a token and an e-mail each, in their language. */
export async function startStep(req: PayloadRequest, slug: string, doc: FormDoc) {
  const spec = approvalOf(req.payload, slug)!
  const position = stepPosition(spec.chain[doc.approvalStep])
  const server = asServer(req)
  const approvers = await approversOf(server, spec, doc, Number(doc.approvalStep))
  if (!approvers.length) await assertChainStaffed(req, { ...spec, chain: [spec.chain[doc.approvalStep]] }, doc)
  for (const approver of approvers) {
    const token = await issueToken(req.payload, { approver: approver.id, form: slug, recordId: doc.id, round: doc.approvalRound, step: doc.approvalStep, version: doc.approvalVersion }, server)
    await approvalRequestMail(server, { slug, doc, approver, position, token })
  }
}

const setState = (req: PayloadRequest, slug: string, id: string | number, data: Record<string, unknown>) =>
  (req.payload.update as unknown as (a: Record<string, unknown>) => Promise<FormDoc>)({ collection: slug, id, data, req: asServer(req), overrideAccess: true, depth: 0, context: { approvalTransition: true } })

/** Who already decided a step, for the "already decided" message. */
async function decidedBy(req: PayloadRequest, slug: string, id: string | number, round: number, step: number) {
  const { docs } = await req.payload.find({
    collection: 'approvals',
    where: { and: [{ form: { equals: slug } }, { recordId: { equals: String(id) } }, { round: { equals: round } }, { step: { equals: step } }] },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** Is the form still waiting for exactly this step of this round (and version, for links)? Refuses if not. */
export async function assertWaiting(req: PayloadRequest, slug: string, id: string | number, state: ApprovalState | null, expect: { round: number; step: number; version?: number }) {
  if (!state) return refuse(req, texts.notFound, {}, 404)
  const l = lang(req)
  if (state.round === expect.round && (state.step !== expect.step || state.status !== 'pending')) {
    const signature = await decidedBy(req, slug, id, expect.round, expect.step)
    if (signature) {
      const signer = signature.signer as { name?: string }
      refuse(req, texts.decided, {
        name: signer?.name ?? '',
        at: new Date(signature.createdAt as string).toLocaleString(l === 'en' ? 'en-GB' : l, { timeZone: 'Asia/Shanghai' }),
        decision: pick(signature.decision === 'approved' ? L('同意', 'approved') : L('駁回', 'rejected'), l),
      }, 409)
    }
  }
  // Resubmitted since the mail: the form went round again, maybe changed.
  if (state.round !== expect.round) refuse(req, texts.changed, {}, 409)
  if (state.status !== 'pending' || state.step !== expect.step) {
    refuse(req, texts.notPending, { status: pick(statusLabels[state.status as keyof typeof statusLabels] ?? L('草稿', 'Draft'), l) }, 409)
  }
  if (expect.version != null && state.version !== expect.version) refuse(req, texts.changed, {}, 409)
}

export type Decision = {
  slug: string
  id: string | number
  decision: 'approved' | 'rejected'
  comment?: string
  /** The step the approver saw (from the link, or the inbox). */
  expect: { round: number; step: number; version?: number }
}

/**
 * One approver's decision. `req` acts as the approver (`actingAs`), with its channel. The caller
 * runs it inside `inTransaction`.
 */
export async function decide(req: PayloadRequest, d: Decision): Promise<FormDoc> {
  const spec = approvalOf(req.payload, d.slug)
  if (!spec) return refuse(req, texts.notFound, {}, 404)
  await findVisible(req, d.slug, d.id)
  const state = await lockForm(req, d.slug, d.id)
  await assertWaiting(req, d.slug, d.id, state, d.expect)
  const doc = (await req.payload.findByID({ collection: d.slug as CollectionSlug, id: d.id, depth: 0, overrideAccess: true, req })) as FormDoc
  const position = stepPosition(spec.chain[state!.step])
  const positionDoc = (await req.payload.find({ collection: 'positions', where: { slug: { equals: position } }, depth: 0, limit: 1, overrideAccess: true, req })).docs[0]
  // Whoever the step names now (approversOf: the position's holders at the record's site, or the head of
  // the record's department); anyone else gets the same refusal.
  const holder = positionDoc && (await approversOf(req, spec, doc, state!.step)).some((a) => a.id === idOf(req.user?.id))
  if (!holder) {
    const name = positionDoc ? pick({ zh: positionDoc.name as string, 'zh-TW': positionDoc.nameTW as string, en: positionDoc.nameEn as string }, lang(req)) : position
    refuse(req, texts.notHolder, { position: name }, 403)
  }
  const comment = (d.comment ?? '').trim().slice(0, 2000)
  if (d.decision === 'rejected' && !comment) refuse(req, texts.reasonNeeded, {}, 400)
  const server = asServer(req)
  await req.payload.create({
    collection: 'approvals',
    data: {
      form: d.slug,
      recordId: String(d.id),
      formTitle: String(doc[specOf(req.payload, d.slug)?.title ?? 'id'] ?? d.id).slice(0, 200),
      round: state!.round,
      step: state!.step,
      version: state!.version,
      position: positionDoc.id as number,
      signer: req.user!.id as number,
      decision: d.decision,
      comment: comment || undefined,
      channel: (req.context?.channel as 'email' | 'admin' | 'api') ?? 'admin',
      site: idOf(doc.site) as number,
    },
    req: server,
    overrideAccess: true,
    depth: 0,
  })
  const from = `${state!.status}:${position}`
  const last = state!.step === spec.chain.length - 1
  let next: FormDoc
  if (d.decision === 'rejected') {
    next = await setState(req, d.slug, d.id, { approvalStatus: 'rejected', approvalPosition: null, returnReason: comment })
    await recordTransition(server, next, d.slug, from, 'rejected', `${req.user?.name ?? ''}: ${comment}`)
    await tellAuthor(server, d.slug, next, comment)
    await notifyEvent(server, d.slug, next, 'rejected')
  } else if (last) {
    next = await setState(req, d.slug, d.id, { approvalStatus: 'approved', approvalPosition: null })
    await recordTransition(server, next, d.slug, from, 'approved', comment || undefined)
    await spec.onApproved?.({ req: server, doc: next })
    await notifyEvent(server, d.slug, next, 'approved')
  } else {
    const step = state!.step + 1
    next = await setState(req, d.slug, d.id, { approvalStep: step, approvalPosition: stepPosition(spec.chain[step]) })
    await recordTransition(server, next, d.slug, from, `pending:${stepPosition(spec.chain[step])}`, comment || undefined)
    await startStep(req, d.slug, next)
  }
  return next
}

const isAuthor = (req: PayloadRequest, doc: FormDoc) =>
  idOf(doc.submittedBy) === req.user?.id || isAdmin(req.user)

/** The author takes a pending form back: the chain stops, its links die, the form can be edited. */
export async function withdraw(req: PayloadRequest, slug: string, id: string | number): Promise<FormDoc> {
  if (!approvalOf(req.payload, slug)) return refuse(req, texts.notFound, {}, 404)
  await findVisible(req, slug, id)
  const state = await lockForm(req, slug, id)
  if (!state) return refuse(req, texts.notFound, {}, 404)
  const doc = (await req.payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, overrideAccess: true, req })) as FormDoc
  if (!isAuthor(req, doc)) refuse(req, texts.onlyAuthor, {}, 403)
  if (state.status !== 'pending') refuse(req, texts.notPending, { status: pick(statusLabels[state.status as keyof typeof statusLabels] ?? '', lang(req)) }, 409)
  const next = await setState(req, slug, id, { approvalStatus: 'withdrawn', approvalPosition: null })
  await recordTransition(asServer(req), next, slug, `pending:${doc.approvalPosition}`, 'withdrawn')
  await notifyEvent(asServer(req), slug, next, 'withdrawn')
  return next
}

/** A rejected or withdrawn form goes round the chain again from the first position. */
export async function resubmit(req: PayloadRequest, slug: string, id: string | number): Promise<FormDoc> {
  const spec = approvalOf(req.payload, slug)
  if (!spec) return refuse(req, texts.notFound, {}, 404)
  await findVisible(req, slug, id)
  const state = await lockForm(req, slug, id)
  if (!state) return refuse(req, texts.notFound, {}, 404)
  const doc = (await req.payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, overrideAccess: true, req })) as FormDoc
  if (!isAuthor(req, doc)) refuse(req, texts.onlyAuthor, {}, 403)
  if (state.status !== 'rejected' && state.status !== 'withdrawn') refuse(req, texts.notReturned, {}, 409)
  await assertChainStaffed(req, spec, doc)
  const first = stepPosition(spec.chain[0])
  const next = await setState(req, slug, id, { approvalStatus: 'pending', approvalStep: 0, approvalRound: state.round + 1, approvalPosition: first, returnReason: null })
  await recordTransition(asServer(req), next, slug, state.status, `pending:${first}`)
  await startStep(req, slug, next)
  await notifyEvent(asServer(req), slug, next, 'submitted')
  return next
}
