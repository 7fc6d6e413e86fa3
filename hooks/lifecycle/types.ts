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
  to: string
  note?: string
  /** The person taking it (undefined for server code). */
  user?: { id: number | string } | null
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
}

export type LifecycleSpec = {
  /** The state field (a server-owned select). Default `'status'`; added to the sidebar if the form does not declare it. */
  field?: string
  /** The states, in order; the first is where a new record starts unless `initial` says otherwise. */
  states: Record<string, LifecycleState>
  /** Default: the first state. */
  initial?: string
  transitions: LifecycleTransition[]
  /** A relationship to staff naming the author (for `by: 'author'`). Default: the actor of the create's audit row. */
  authorField?: string
}
