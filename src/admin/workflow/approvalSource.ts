/**
 * WF-05 in the workflow bar: the author withdraws a pending form or resubmits a returned one; whoever
 * the waiting step names (`isApprover`: a holder of its position at the form's site, or the head of the
 * record's department for a department's step) approves or rejects it with a comment. The same rules
 * as the endpoints (hooks/approval/engine.ts), which check them again on the POST.
 */
import { statusLabels } from '../../../hooks/approval/engine'
import { approvalFields } from '../../../hooks/approval'
import { isApprover } from '../../../hooks/approval/approvers'
import { idOf } from '../../lib/hooks'
import { pick } from '../../lib/i18n'
import { isAdmin } from '../../lib/roles'
import { registerWorkflowSource, type WorkflowAction, type WorkflowContext } from './sources'
import { words } from './words'

const isAuthor = ({ doc, user }: WorkflowContext) => String(idOf(doc.submittedBy)) === String(user.id) || isAdmin(user)

async function approvalActions(ctx: WorkflowContext): Promise<WorkflowAction[]> {
  const { doc, spec } = ctx
  if (!spec.approval) return []
  const status = doc.approvalStatus as string | undefined
  const actions: WorkflowAction[] = []
  if (status === 'pending') {
    if (await isApprover(ctx.req, spec.approval, doc, ctx.user.id)) {
      // The step the person saw: a decision of a step decided meanwhile is refused, not applied to the next one.
      const expect = { round: doc.approvalRound, step: doc.approvalStep }
      actions.push(
        { key: 'approve', label: words.approve, endpoint: 'decide', body: { decision: 'approved', ...expect }, comment: 'optional', tone: 'primary' },
        { key: 'reject', label: words.reject, endpoint: 'decide', body: { decision: 'rejected', ...expect }, comment: 'required', tone: 'danger' },
      )
    }
    if (isAuthor(ctx)) actions.push({ key: 'withdraw', label: words.withdraw, endpoint: 'withdraw', tone: 'secondary' })
  }
  if ((status === 'rejected' || status === 'withdrawn') && isAuthor(ctx)) {
    actions.push({ key: 'resubmit', label: words.resubmit, endpoint: 'resubmit', tone: 'primary' })
  }
  return actions
}

/** `pending:health-care-supervisor` → 審批中 · 健康照料部主管; `approved` → 已批准. */
function approvalState(ctx: WorkflowContext, state: string): string | undefined {
  if (!ctx.spec.approval) return undefined
  const [status, position] = state.split(':')
  const label = statusLabels[status as keyof typeof statusLabels]
  if (!label) return undefined
  return position ? `${pick(label, ctx.lang)} · ${ctx.positionLabel(position)}` : pick(label, ctx.lang)
}

/** Submitted, withdrawn, resubmitted (a decision is shown with its signature instead). */
function approvalTransition(ctx: WorkflowContext, from: string | null, to: string): string | undefined {
  if (!ctx.spec.approval) return undefined
  if (to === 'withdrawn') return pick(words.withdrawn, ctx.lang)
  if (!to.startsWith('pending:')) return undefined
  if (!from) return pick(words.submitted, ctx.lang)
  if (from === 'rejected' || from === 'withdrawn') return pick(words.resubmitted, ctx.lang)
  return undefined
}

registerWorkflowSource({
  name: 'approval',
  actions: approvalActions,
  transitionLabel: approvalTransition,
  locked: (spec, doc) => Boolean(spec.approval) && (doc.approvalStatus === 'pending' || doc.approvalStatus === 'approved'),
  stateLabel: approvalState,
  bookkeeping: approvalFields.map((f) => (f as { name: string }).name),
})
