/**
 * The `lifecycle` key of a form declaration (hooks/lifecycle): the record's states and the
 * transitions between them. Types only (no runtime imports), so the form declaration can name them.
 */
import type { PayloadRequest } from 'payload'
import type { Label } from '../../src/lib/i18n'

/**
 * Who may take a transition:
 * - a position slug: a holder of that position at the record's site;
 * - `'author'`: whoever created the record (its `authorField`, else the actor of its create);
 * - `'staff'`: any staff member of the record's site;
 * - `'server'`: only server code (a sweep, another form's hook) — refused to every client (403).
 * Administrators may take every transition that is not `'server'`.
 */
export type LifecycleActor = 'author' | 'staff' | 'server' | (string & {})

/** A record as a lifecycle sees it. */
export type LifecycleDoc = Record<string, any> & { id: number | string; site?: unknown }

/** What a guard, an effect or `set` is given. `req` is a server request in the transition's transaction. */
export type TransitionArgs = {
  req: PayloadRequest
  /** The record before the transition (guard, set) or after it (effects). */
  doc: LifecycleDoc
  from: string
  /** The state after it (the same state for an action). */
  to: string
  /** The action's name, when it is one (`LifecycleSpec.actions`). */
  action?: string
  note?: string
  /** The person taking it (undefined for server code). */
  user?: { id: number | string } | null
  /** Other fields server code writes with the state (`transition(…, { data })`), for a guard or `set` to check. */
  data?: Record<string, unknown>
}

export type LifecycleState = {
  /** Three-language label, `L(zhTW, en)`. */
  label: Label
  /** Colour for lists and maps (CSS colour). Default: grey. */
  color?: string
}

export type LifecycleTransition = {
  /** The state(s) it starts from. */
  from: string | string[]
  to: string
  /** The verb on the button, e.g. L('確認入住', 'Confirm'). */
  label: Label
  /** Who may take it (one or any of several). Default `'staff'`. */
  by?: LifecycleActor | LifecycleActor[]
  /** May refuse with `refuse(req, L(…), values, status)` (a readable 4xx); nothing is written then. */
  guard?: (args: TransitionArgs) => void | Promise<void>
  /** Other fields written together with the state (e.g. the time it happened). */
  set?: (args: TransitionArgs) => Record<string, unknown> | Promise<Record<string, unknown>>
  /** Run in order after the state is written, in the same transaction: a throw rolls the state back. */
  effects?: ((args: TransitionArgs) => void | Promise<void>)[]
  /** Whether the admin panel's bar asks for a note first. Default `'optional'`. */
  note?: 'none' | 'optional' | 'required'
  /** Button colour in the bar. Default `'secondary'` (`'danger'` for a cancel). */
  tone?: 'primary' | 'secondary' | 'danger'
  /**
   * A field door: a person's update that fills this (empty) field takes this transition, through the
   * same function (who may, guard, effects, audit), e.g. recording `returnedAt` returns an outing.
   */
  when?: string
  /** Whether the admin panel's bar offers it (default true; `'server'` transitions never show). */
  button?: boolean
  /** Whether the bar offers it on this record (default: always); the guard is still what refuses. */
  offered?: (doc: LifecycleDoc) => boolean
  /**
   * The batch form of `effects` (what they do for every record of a batch, set-wise: e.g. the beds of
   * 100 cancelled reservations freed in one statement), used by `transitionMany` (a sweep's batch).
   * A transition with effects and no batch form is taken a record at a time.
   */
  batch?: (args: BatchTransitionArgs) => void | Promise<void>
}

/** What a transition's `batch` and the lifecycle's `batch.afterChange` are given: the records after and before. */
export type BatchTransitionArgs = {
  req: PayloadRequest
  /** The records after the transition, in the order given. */
  docs: LifecycleDoc[]
  /** The same records before it. */
  previous: LifecycleDoc[]
  from: string
  to: string
  note?: string
}

/**
 * A declared step that keeps the state (e.g. CARE-15 "unpaid fees checked" while the fee sheet is being
 * signed): the same rules as a transition — who may, a guard, `set` fields, effects in one transaction,
 * an audit row (`from` the state, `to` `do:<name>`) and a button of the bar — taken through
 * `POST /api/<slug>/:id/transition { action: name, note }` or `act()` for server code.
 */
export type LifecycleAction = {
  /** Short camelCase name: the endpoint's `action`, the bar's key `do:<name>`. */
  name: string
  /** The state(s) it may be taken in. Default: every state. */
  in?: string | string[]
  /** The verb on the button, e.g. L('已核實未收費用', 'Unpaid fees checked'). */
  label: Label
  /** Who may take it. Default `'staff'`. */
  by?: LifecycleActor | LifecycleActor[]
  /** Whether it is still to be taken on this record (default: always); once not, it is refused (409) and not offered. */
  open?: (doc: LifecycleDoc) => boolean
  guard?: (args: TransitionArgs) => void | Promise<void>
  set?: (args: TransitionArgs) => Record<string, unknown> | Promise<Record<string, unknown>>
  effects?: ((args: TransitionArgs) => void | Promise<void>)[]
  note?: 'none' | 'optional' | 'required'
  tone?: 'primary' | 'secondary' | 'danger'
  /** A field door, as for a transition: a person's create or update that fills this field takes the action. */
  when?: string
  button?: boolean
}

export type LifecycleSpec = {
  /** The state field (a server-owned select). Default `'status'`; added to the sidebar if the form does not declare it. */
  field?: string
  /** The states, in order; the first is where a new record starts unless `initial` says otherwise. */
  states: Record<string, LifecycleState>
  /** Default: the first state. */
  initial?: string
  transitions: LifecycleTransition[]
  /**
   * Effects of a new record entering its initial state (its create), run in the create's transaction
   * before any field door (e.g. CARE-07: the elder is out while the outing is). Default none.
   */
  enter?: ((args: { req: PayloadRequest; doc: LifecycleDoc }) => void | Promise<void>)[]
  /** Declared steps that keep the state (default none). */
  actions?: LifecycleAction[]
  /** A relationship to staff naming the author (for `by: 'author'`). Default: the actor of the create's audit row. */
  authorField?: string
  /**
   * Server transitions of many records may be written set-wise (`transitionMany`: one UPDATE, the audit
   * rows in one INSERT, the transition's `batch` effects): the form declares here that its own change
   * hooks have nothing to do for a server's state change but `afterChange` (their batch form, e.g. the
   * elders' picker labels refreshed in one statement). Without it, a batch is taken a record at a time.
   */
  batch?: { afterChange?: (args: BatchTransitionArgs) => void | Promise<void> }
}
