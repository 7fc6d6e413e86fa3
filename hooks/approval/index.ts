/**
 * WF-05 feature: a form with `approval: { chain }` gets its approval state (server-owned), goes to
 * the first position on create, cannot be edited while pending or once approved, and has
 * endpoints to withdraw, resubmit and decide (the admin panel's inbox decides through the latter).
 */
import { APIError, type CollectionConfig, type Endpoint, type PayloadRequest } from 'payload'
import { isServerCall } from '../access'
import { stepPosition } from './approvers'
import { assertChainStaffed, actingAs, decide, findVisible, inTransaction, resubmit, startStep, statusLabels, withdraw } from './engine'
import { refuse } from '../../src/lib/errors'
import { number, rel, select, text, textarea } from '../../src/lib/fields'
import { addHooks } from '../../src/lib/hooks'
import { L } from '../../src/lib/i18n'
import { notifyEvent } from '../notify/rules'
import { channelOf, recordTransition } from '../audit'
import { asServer } from '../../src/lib/serverReq'
import { serverOwned } from '../serverOwned'
import type { FormDoc, FormFeature } from '../form/types'
import type { CollectionSlug } from 'payload'

const texts = {
  pending: L('表單正在審批中,不能修改;如需修改請先撤回', 'This form is waiting for approval and cannot be changed; withdraw it first'),
  approved: L('表單已批准,不能再修改', 'This form is approved and can no longer be changed'),
  signIn: L('請先登錄', 'Please sign in first'),
  decision: L('請選擇同意或駁回', 'Choose approve or reject'),
}

const sidebar = { position: 'sidebar' as const }

export const approvalFields = [
  serverOwned(select('approvalStatus', L('審批狀態', 'Approval status'), statusLabels, { index: true, admin: sidebar })),
  serverOwned(text('approvalPosition', L('待簽職位', 'Waiting for position'), { maxLength: 64, index: true, admin: sidebar })),
  serverOwned(number('approvalStep', L('審批步驟', 'Approval step'), { defaultValue: 0, admin: { ...sidebar, hidden: true } })),
  serverOwned(number('approvalRound', L('提交輪次', 'Submission round'), { defaultValue: 1, admin: { ...sidebar, hidden: true } })),
  serverOwned(number('approvalVersion', L('記錄版本', 'Record version'), { defaultValue: 1, admin: { ...sidebar, hidden: true } })),
  serverOwned(rel('submittedBy', L('提交人', 'Submitted by'), 'staff', { index: true, admin: sidebar })),
  serverOwned(textarea('returnReason', L('駁回原因', 'Reason for rejection'), { maxLength: 2000, admin: sidebar })),
]

/** Never content: the record's id and timestamps. */
const notContent = new Set(['id', 'createdAt', 'updatedAt'])

/**
 * Whether a write changes the form's content, i.e. what the approvers sign: a field of its own whose
 * value differs. Server-owned bookkeeping is not content (the approval state itself, a deadline's flag
 * or due column, a lifecycle's state, computed totals follow the content they are computed from), nor
 * are the fields a declared lifecycle transition or action writes with its state (audited as that
 * transition, e.g. CARE-15 "unpaid fees checked" while the fee sheet is being signed).
 */
function changesContent(req: PayloadRequest, slug: string, data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined): boolean {
  if (req.context?.lifecycleTransition) return false
  const fields = (req.payload.collections as unknown as Record<string, { config: { flattenedFields: { name: string; custom?: { serverOwned?: boolean } }[] } }>)[slug]?.config.flattenedFields ?? []
  const owned = new Set(fields.filter((f) => f.custom?.serverOwned).map((f) => f.name))
  return Object.keys(data).some((key) => !notContent.has(key) && !owned.has(key) && JSON.stringify(data[key] ?? null) !== JSON.stringify(originalDoc?.[key] ?? null))
}

const endpoint = (path: string, run: (req: PayloadRequest, slug: string, id: string) => Promise<unknown>, slug: string): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    if (!req.user) refuse(req, texts.signIn, {}, 401)
    // A fresh server request acting as the signed-in person, in its own transaction.
    const acting = await actingAs(req.payload, req.user!.id, channelOf(req))
    const doc = await inTransaction(acting, () => run(acting, slug, String(req.routeParams?.id)))
    return Response.json({ doc })
  },
})

type DecideBody = { decision?: string; comment?: string; round?: number | string; step?: number | string }

/** JSON from API clients; a form post from the admin panel's inbox (answered with a redirect back to it). */
const readBody = async (req: PayloadRequest): Promise<{ body: DecideBody; fromForm: boolean }> => {
  const type = req.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/x-www-form-urlencoded')) {
      return { body: Object.fromEntries(new URLSearchParams(await req.text!())) as DecideBody, fromForm: true }
    }
    return { body: ((await req.json?.()) ?? {}) as DecideBody, fromForm: false }
  } catch {
    return { body: {}, fromForm: false }
  }
}

const backToInbox = (req: PayloadRequest, query: string) =>
  new Response(null, { status: 303, headers: { location: `${req.payload.config.routes.admin}/approvals?${query}` } })

export const approvalChain: FormFeature = (spec, collection): CollectionConfig => {
  const approval = spec.approval
  if (!approval) return collection
  const slug = spec.slug
  const decideEndpoint: Endpoint = {
    path: '/:id/decide',
    method: 'post',
    handler: async (req) => {
      if (!req.user) refuse(req, texts.signIn, {}, 401)
      const { body, fromForm } = await readBody(req)
      try {
        if (body.decision !== 'approved' && body.decision !== 'rejected') refuse(req, texts.decision)
        const acting = await actingAs(req.payload, req.user!.id, channelOf(req))
        const id = String(req.routeParams?.id)
        const doc = await inTransaction(acting, async () => {
          // Read with the person's access first: another site's form answers exactly like a missing one.
          const current = (await findVisible(acting, slug, id)) as Record<string, number>
          return decide(acting, {
            slug,
            id,
            decision: body.decision as 'approved' | 'rejected',
            comment: body.comment,
            expect: { round: Number(body.round ?? current.approvalRound), step: Number(body.step ?? current.approvalStep) },
          })
        })
        return fromForm ? backToInbox(req, 'done=1') : Response.json({ doc })
      } catch (error) {
        if (fromForm && error instanceof APIError && error.status < 500) return backToInbox(req, `error=${encodeURIComponent(error.message)}`)
        throw error
      }
    },
  }
  const withHooks = addHooks(
    { ...collection, fields: [...collection.fields, ...approvalFields] },
    {
      beforeChange: [
        async ({ data, operation, originalDoc, req }) => {
          if (operation === 'create') {
            // The author first: nobody signs a step of their own record (hooks/approval/approvers.ts).
            data.submittedBy = data.submittedBy ?? req.user?.id
            await assertChainStaffed(req, approval, data as FormDoc)
            Object.assign(data, { approvalStatus: 'pending', approvalStep: 0, approvalRound: 1, approvalVersion: 1, approvalPosition: stepPosition(approval.chain[0]) })
            return data
          }
          const status = originalDoc?.approvalStatus
          if (!isServerCall(req) && status === 'pending') refuse(req, texts.pending, {}, 409)
          if (!isServerCall(req) && status === 'approved') refuse(req, texts.approved, {}, 409)
          // Only a change of what the approvers sign makes the e-mailed links stale (a new version).
          if (changesContent(req, slug, data, originalDoc)) data.approvalVersion = Number(originalDoc?.approvalVersion ?? 1) + 1
          return data
        },
      ],
      afterChange: [
        async ({ doc, operation, req }) => {
          if (operation !== 'create') return doc
          await recordTransition(asServer(req), doc, slug, null, `pending:${stepPosition(approval.chain[0])}`)
          await startStep(req, slug, doc)
          await notifyEvent(req, slug, doc, 'submitted')
          return doc
        },
      ],
      beforeDelete: [
        async ({ id, req }) => {
          if (isServerCall(req)) return
          const doc = await req.payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, overrideAccess: true, req })
          const status = (doc as { approvalStatus?: string }).approvalStatus
          if (status === 'pending') refuse(req, texts.pending, {}, 409)
          if (status === 'approved') refuse(req, texts.approved, {}, 409)
        },
      ],
    },
  )
  return {
    ...withHooks,
    endpoints: [
      ...((withHooks.endpoints || []) as Endpoint[]),
      endpoint('withdraw', (req, s, id) => withdraw(req, s, id), slug),
      endpoint('resubmit', (req, s, id) => resubmit(req, s, id), slug),
      decideEndpoint,
    ],
  }
}
