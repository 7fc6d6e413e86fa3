/**
 * What the workflow bar of a form's edit view is made of. Each workflow mechanism (the approval chain
 * today, the declared lifecycle next) is one source: the actions the signed-in person may take now,
 * whether the record is locked for editing, and how its states read in the history. The bar, the
 * history panel and the read-only fields ask every registered source; a new mechanism registers once
 * (`registerWorkflowSource`) and appears on every form's edit view.
 */
import type { PayloadRequest } from 'payload'
import type { FormDoc, FormSpec } from '../../../hooks/form/types'
import type { Label } from '../../lib/i18n'

/** One button of the bar: a POST to one of the form's endpoints. */
export type WorkflowAction = {
  /** Stable key (also the button's `data-action`), e.g. 'withdraw', 'approve', 'to:returned'. */
  key: string
  label: Label
  /** Endpoint below `/api/<slug>/<id>/`, e.g. 'withdraw', 'decide', 'transition'. */
  endpoint: string
  /** JSON body sent as is (the comment, if asked for, is added as `comment`). */
  body?: Record<string, unknown>
  /** Whether a comment is asked for before the POST. */
  comment?: 'none' | 'optional' | 'required'
  tone?: 'primary' | 'secondary' | 'danger'
}

export type WorkflowContext = {
  req: PayloadRequest
  slug: string
  spec: FormSpec
  /** The record as the person may read it (depth 0). */
  doc: FormDoc
  user: { id: number | string; roles?: string[] | null }
  /** The person's language. */
  lang: string
  /** Position labels by slug, in the person's language (for state labels). */
  positionLabel: (slug: string) => string
}

export type WorkflowSource = {
  name: string
  /** The actions this person may take on this record now. */
  actions?: (ctx: WorkflowContext) => WorkflowAction[] | Promise<WorkflowAction[]>
  /** Whether the record's fields are locked (shown read-only; the server refuses edits anyway). */
  locked?: (spec: FormSpec, doc: Record<string, unknown>) => boolean
  /** How a state written in an audit transition row (`from`/`to`) reads; undefined if not this source's. */
  stateLabel?: (ctx: WorkflowContext, state: string) => string | undefined
  /** What a transition is called in the history (its verb, e.g. 歸還); undefined if not this source's. */
  transitionLabel?: (ctx: WorkflowContext, from: string | null, to: string) => string | undefined
  /**
   * Data fields that only mirror this source's state: left out of the history's changed values (the
   * transition entry says it). A list, or the list for a form.
   */
  bookkeeping?: string[] | ((spec: FormSpec) => string[])
}

const sources: WorkflowSource[] = []

/** Add a workflow mechanism to every form's bar (once, by name). */
export function registerWorkflowSource(source: WorkflowSource) {
  const at = sources.findIndex((s) => s.name === source.name)
  if (at >= 0) sources[at] = source
  else sources.push(source)
}

export const workflowSources = (): readonly WorkflowSource[] => sources

/** Every source's bookkeeping fields for a form. */
export const bookkeepingOf = (spec: FormSpec): string[] =>
  sources.flatMap((s) => (typeof s.bookkeeping === 'function' ? s.bookkeeping(spec) : (s.bookkeeping ?? [])))

/** Whether any workflow locks this record's fields. */
export const isLocked = (spec: FormSpec, doc: Record<string, unknown> | undefined | null): boolean =>
  Boolean(doc) && sources.some((s) => s.locked?.(spec, doc!) ?? false)
