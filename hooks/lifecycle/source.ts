/**
 * The lifecycle in the admin panel: each transition the person may take now from the record's state
 * is a button of the workflow bar (a POST to `…/transition { to }`), and the history panel reads the
 * states of transition rows by their labels.
 */
import { registerWorkflowSource, type WorkflowAction, type WorkflowContext } from '../../src/admin/workflow/sources'
import type { FormSpec } from '../form/types'
import { pick } from '../../src/lib/i18n'
import { actionOpen, fieldOf, fromOf, mayTake } from './index'
import type { LifecycleSpec } from './types'

const specLifecycle = (spec: FormSpec) => spec.lifecycle

async function lifecycleActions(ctx: WorkflowContext): Promise<WorkflowAction[]> {
  const lc = specLifecycle(ctx.spec)
  if (!lc) return []
  const state = String(ctx.doc[fieldOf(lc)] ?? '')
  const actions: WorkflowAction[] = []
  for (const t of lc.transitions) {
    if (t.button === false || !fromOf(t).includes(state) || t.offered?.(ctx.doc) === false) continue
    if (!(await mayTake(ctx.req, ctx.slug, lc, t, ctx.doc, ctx.user))) continue
    actions.push({
      key: `to:${t.to}`,
      label: t.label,
      endpoint: 'transition',
      body: { to: t.to },
      comment: t.note ?? 'optional',
      tone: t.tone ?? (t.to === 'cancelled' ? 'danger' : 'secondary'),
    })
  }
  // Declared actions that keep the state (CARE-15 "unpaid fees checked"), while they are still to be taken.
  for (const a of lc.actions ?? []) {
    if (a.button === false || !actionOpen(lc, a, ctx.doc)) continue
    if (!(await mayTake(ctx.req, ctx.slug, lc, a, ctx.doc, ctx.user))) continue
    actions.push({ key: `do:${a.name}`, label: a.label, endpoint: 'transition', body: { action: a.name }, comment: a.note ?? 'optional', tone: a.tone ?? 'secondary' })
  }
  return actions
}

/** The action an audit row's `to` names (`do:<name>`). */
const actionOf = (spec: FormSpec, to: string) => (to.startsWith('do:') ? spec.lifecycle?.actions?.find((a) => a.name === to.slice(3)) : undefined)

registerWorkflowSource({
  name: 'lifecycle',
  actions: lifecycleActions,
  stateLabel: (ctx, state) => {
    const s = specLifecycle(ctx.spec)?.states[state]
    const a = actionOf(ctx.spec, state)
    return s ? pick(s.label, ctx.lang) : a ? pick(a.label, ctx.lang) : undefined
  },
  // The verb (歸還, 開始維修 …) of the transition from → to.
  transitionLabel: (ctx, from, to) => {
    const a = actionOf(ctx.spec, to)
    if (a) return pick(a.label, ctx.lang)
    const t = specLifecycle(ctx.spec)?.transitions.find((x) => x.to === to && fromOf(x).includes(String(from)))
    return t ? pick(t.label, ctx.lang) : undefined
  },
  // The state field only mirrors the transitions: the history's transition entry says it.
  bookkeeping: (spec) => {
    const lc = specLifecycle(spec)
    return lc ? [fieldOf(lc)] : []
  },
})
