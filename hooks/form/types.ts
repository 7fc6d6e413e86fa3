import type { CollectionConfig, Field, PayloadRequest } from 'payload'
import type { Label } from '../../src/lib/i18n'
import type { PositionSlug } from '../../src/seed/positions'
import type { PrintSpec } from '../../src/print/pdf'
import type { DeadlineSpec } from '../deadlines'
import type { SecretSpec } from '../secret'
import type { LifecycleSpec } from '../lifecycle/types'

/** How long records of a form are kept (JOB-06). `dateField` is what the age is measured from. */
export type Retention = 'forever' | { years: number; dateField?: string }

/**
 * The declaration of one paper form or log book. Every key is typed (no open index signature): a
 * misspelt key does not compile. A feature that reads a new key declares it here, with its default. Everything else (table, admin screens, validation,
 * site scoping, audit, paper version, retention and, through features, approvals, notifications and
 * deadlines) is derived from it.
 */
export type FormSpec = {
  slug: string
  /** The form's name, singular; `plural` defaults to it. */
  label: Label
  plural?: Label
  /** Admin navigation group (the module or desk). */
  group: Label
  fields: Field[]
  /** The field shown as the record's title. */
  title?: string
  /** Columns of the list view. */
  columns?: string[]
  /** Records belong to a site and are scoped to it (default true). */
  site?: boolean
  /** JOB-06: how long records are kept, measured from `dateField` (default `createdAt`). Default: forever. */
  retention?: Retention
  /** Extra access rules; site scoping is added on top. */
  access?: CollectionConfig['access']
  hooks?: CollectionConfig['hooks']
  /** Database indexes beyond those of single fields (e.g. what a sweep filters on). */
  indexes?: CollectionConfig['indexes']
  admin?: CollectionConfig['admin']
  /** For attachment collections: where and what files are stored. */
  upload?: CollectionConfig['upload']
  /** Whether records captured on paper may be entered later with their real time (CORE-07, default true). */
  paper?: boolean
  /** WF-05 approval chain (hooks/approval/index.ts). */
  approval?: ApprovalSpec
  /** WF-08 notifications (hooks/notify/index.ts). */
  notify?: NotifyRule[]
  /** WF-03 confirmation gates (hooks/gate.ts). */
  gate?: GateSpec
  /** JOB-01 deadlines: due moments, what happens when they pass, the dashboard's list (hooks/deadlines.ts). Default none. */
  deadlines?: DeadlineSpec[]
  /**
   * The record's states and the transitions between them (hooks/lifecycle): labels and colours,
   * who may take each, guards and effects. The state field (default `status`) becomes server-owned;
   * transitions go through `POST /api/<slug>/:id/transition` or `transition()`. Default: none.
   */
  lifecycle?: LifecycleSpec
  /** CORE-07 paper version (hooks/print.ts): title, fields, signature lines, copies. Default: every field, one copy; `false` turns printing off. */
  print?: PrintSpec | false
  /** PROP-03 secret records (hooks/secret.ts): every field but the open ones readable only with a valid reading grant. Default: not secret. */
  secret?: SecretSpec
  /** MEMBER-06: free-text fields checked against the site's forbidden phrases (hooks/phrases.ts). Default none. */
  phrases?: string[]
}

/** A feature reads the declaration and returns the collection with its part added. */
export type FormFeature = (spec: FormSpec, collection: CollectionConfig) => CollectionConfig

// ---------------------------------------------------------------------------------------------
// Workflow declarations (WF-03, WF-05, WF-08, WF-10). See docs/CONVENTIONS.md "Workflow".

/**
 * Who receives something: a position slug (its current holders at the record's site; a seeded slug, so
 * a wrong one does not compile), one staff member, or a field of the record (a relationship to staff,
 * or an e-mail address). `{ position }` is the escape hatch for a slug read at run time (a position a
 * site added as data).
 */
export type Recipient = PositionSlug | { position: string } | { staff: number | string } | { field: string }

/** A record of any form, as the workflow sees it. */
export type FormDoc = Record<string, any> & { id: number | string; site?: unknown }

/**
 * WF-05 / OFFICE-10: one step of an approval chain (who signs it: hooks/approval/approvers.ts, the one rule
 * for the engine, the e-mails, the inbox, the home and the workflow bar).
 * - A position slug: any active holder of the position at the record's site.
 * - `{ position, of }`: the head of the department the record's field `of` points at (a relationship to
 *   `departments`; the department's `headStaff`), and only them, signing as `position`; e.g. a leave slip's
 *   `{ position: 'department-head', of: 'department' }` goes to the applicant's own department head, not to
 *   every department head of the site. The department is read only if it is on the record's site. When the
 *   record names no department, the department has no head, or its head no longer works (actively) at the
 *   site, the step falls back to the position's holders at the site (as a plain step); with none of them
 *   either, submission is refused naming the position.
 */
export type ApprovalStep = PositionSlug | { position: PositionSlug; of: string }

/** WF-05: the ordered steps that must sign, and what approval does. */
export type ApprovalSpec = {
  /**
   * The steps, in signing order, e.g. ['health-care-supervisor', 'admin-director', 'dean'] or
   * [{ position: 'department-head', of: 'department' }, 'hr'] (see `ApprovalStep`).
   */
  chain: ApprovalStep[]
  /**
   * The field naming the staff member the record is about (e.g. a leave slip's `person`): they never sign
   * a step of it, through any door (hooks/approval/approvers.ts). Default: the record's author (`submittedBy`).
   */
  own?: string
  /**
   * Who signs a step whose only signer would be the record's own person (e.g. a department head's own
   * leave slip): the holders of the first of these positions at the site who are not that person.
   * Default ['general-manager', 'chairman'].
   */
  above?: PositionSlug[]
  /** Runs in the same transaction as the last signature (e.g. the elder's fee changes). Refuse with `refuse()`. */
  onApproved?: (args: { req: PayloadRequest; doc: FormDoc }) => Promise<void> | void
  /** Fields shown in the approval e-mail and the confirmation page; default: every data field. */
  summary?: string[]
  /**
   * What the approver compares (Issue 11 item 4): each line shows the value now beside the value the
   * form asks for, in the inbox, the e-mail and the confirmation page. `current`/`next` name a field of
   * the record or read the value (e.g. the elder's fee as it is now); a value is formatted as the named
   * field (`next` first), a relationship by its title. Default: none.
   */
  compare?: ApprovalCompare[]
}

/** One "now → asked for" line of an approval (see `ApprovalSpec.compare`). */
export type ApprovalCompare = {
  label: Label
  current: string | ((doc: FormDoc, req: PayloadRequest) => unknown)
  next: string | ((doc: FormDoc, req: PayloadRequest) => unknown)
}

/** Events a notification can listen to. */
export type NotifyEvent =
  | 'create'
  | 'update'
  | 'submitted'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  /** A field of the record changes (to a value, if given). */
  | { field: string; to?: string }
  /** A deadline sweep fires it through `notifyEvent(req, slug, doc, { deadline })`. */
  | { deadline: string }

/** WF-08: on an event, who is told, by which channel, with which template. */
export type NotifyRule = {
  on: NotifyEvent
  /** By e-mail. */
  email?: Recipient[]
  cc?: Recipient[]
  /** As a work message. */
  message?: Recipient[]
  /** WF-10: "e-mail, then phone within N minutes": a call task per e-mail recipient, due N minutes later. */
  callWithin?: number
  /** Templates; `{field}` placeholders from the record, plus {form}, {id}, {event}, {link}, {summary}. */
  subject?: Label
  body?: Label
  /**
   * Only for records whose fields match (each equals the value or one of the values; `false` also
   * matches empty), e.g. `{ outcome: 'missed', call: false }`. Default: every record.
   */
  where?: Record<string, string | number | boolean | (string | number)[]>
  /** Upload fields (relationships to `documents` of the record's site) attached to the e-mail, e.g. a CV. */
  attach?: string[]
  /** WF-10: a call task to the number in the record's field `phone`, due `within` minutes later (e.g. call a missed caller back). */
  call?: { phone: string; within: number; title: Label }
}

/** WF-03: a gated work message and the steps that wait until every recipient has confirmed. */
export type GateSpec = {
  /** On create, send this gated message (recipients by position/staff/field). */
  message?: { to: Recipient[]; title: Label; body?: Label }
  /** Changes of this record that need every recipient of its gated messages to have confirmed. */
  blocks?: { field: string; to?: string[] }[]
  /** Relationship fields: the referenced record's gated messages must all be confirmed first. */
  after?: string[]
}
