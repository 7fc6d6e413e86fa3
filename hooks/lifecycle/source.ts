/**
 * The lifecycle in the admin panel: each transition the person may take now from the record's state
 * is a button of the workflow bar (a POST to `…/transition { to }`), and the history panel reads the
 * states of transition rows by their labels.
 */
import { registerWorkflowSource, type WorkflowAction, type WorkflowContext } from '../../src/admin/workflow/sources'
import type { FormSpec } from '../form/types'
import { pick } from '../../src/lib/i18n'
import { fieldOf, fromOf, mayTake } from './index'
import type { LifecycleSpec } from './types'

const specLifecycle = (spec: FormSpec) => spec.lifecycle

async function lifecycleActions(ctx: WorkflowContext): Promise<WorkflowAction[]> {
  const lc = specLifecycle(ctx.spec)
  if (!lc) return []
  const state = String(ctx.doc[fieldOf(lc)] ?? '')
  const actions: WorkflowAction[] = []
  for (const t of lc.transitions) {
    if (t.button === false || !fromOf(t).includes(state)) continue
    if (!(await mayTake(ctx.req, ctx.slug, lc, t, ctx.doc, ctx.user as never))) continue
    actions.push({
      key: `to:${t.to}`,
      label: t.label,
      endpoint: 'transition',
      body: { to: t.to },
      comment: t.note ?? 'optional',
      tone: t.tone ?? (t.to === 'cancelled' ? 'danger' : 'secondary'),
    })
  }
  return actions
}

registerWorkflowSource({
  name: 'lifecycle',
  actions: lifecycleActions,
  stateLabel: (ctx, state) => {
    const s = specLifecycle(ctx.spec)?.states[state]
    return s ? pick(s.label, ctx.lang) : undefined
  },
  // The verb (歸還, 開始維修 …) of the transition from → to.
  transitionLabel: (ctx, from, to) => {
    const t = specLifecycle(ctx.spec)?.transitions.find((x) => x.to === to && fromOf(x).includes(String(from)))
    return t ? pick(t.label, ctx.lang) : undefined
  },
  // The state field only mirrors the transitions: the history's transition entry says it.
  bookkeeping: (spec) => {
    const lc = specLifecycle(spec)
    return lc ? [fieldOf(lc)] : []
  },
})
