/**
 * Lifecycles as data (WF-05 family, issue 10). A form declares `lifecycle: { states, transitions }`
 * (types in ./types.ts); this feature
 * - makes the state field a server-owned select of the declared states (a client's PATCH of it, REST
 *   or GraphQL, is refused with a 403; a new record starts in the initial state);
 * - adds `POST /api/<slug>/:id/transition { to, note }`, the one door for people;
 * - exports `transition(req, slug, id, to, { note })`, the same function for server code (sweeps,
 *   other forms' hooks) and for field doors (`when`: a person's update that fills a field);
 * - registers a workflow source (./source.ts): the admin panel's bar shows the verbs the person may
 *   take now, and the history panel reads the states by their labels.
 * Every transition: the record is read with the person's access first (another site's record answers
 * exactly like a missing one), its row is locked, the transition must exist from the current state,
 * the person must be allowed, the guard may refuse; then the state (and `set` fields) are written, an
 * audit row is recorded (`recordTransition`) and the effects run — all in one transaction.
 */
import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionConfig, CollectionSlug, Endpoint, Field, PayloadRequest, SelectField } from 'payload'
import { actingAs, findVisible, inTransaction } from '../approval/engine'
import { refuse } from '../../src/lib/errors'
import { specOf } from '../form/specOf'
import { serverOwned } from '../serverOwned'
import type { FormFeature, FormSpec } from '../form/types'
import { holdersByPosition } from '../../src/lib/holders'
import { addHooks, idOf } from '../../src/lib/hooks'
import { L, pick, type Label } from '../../src/lib/i18n'
import { asServer } from '../../src/lib/serverReq'
import { tableOf, txOf } from '../../src/lib/tx'
import { isAdmin } from '../../src/lib/roles'
import { channelOf, recordTransition } from '../audit'
import type { LifecycleAction, LifecycleActor, LifecycleDoc, LifecycleSpec, LifecycleTransition } from './types'
import './source'

export type * from './types'
export { transitionMany, type TransitionManyOptions } from './batch'

export const texts = {
  signIn: L('請先登錄', 'Please sign in first'),
  notFound: L('記錄不存在', 'No such record'),
  noLifecycle: L('這份表單沒有狀態流程', 'This form has no lifecycle'),
  badTo: L('請選擇要轉到的狀態', 'Choose the state to move to'),
  badNote: L('備註須為文字(最多 2000 字)', 'The note must be text (at most 2000 characters)'),
  noWay: L('「{from}」不能轉為「{to}」', 'A record that is "{from}" cannot become "{to}"'),
  serverOnly: L('「{verb}」由系統自動處理,不能手動操作', '"{verb}" is done by the system and cannot be taken by hand'),
  notAllowed: L('只有{who}可以「{verb}」', 'Only {who} may "{verb}"'),
  noteNeeded: L('請填寫備註', 'Please add a note'),
  noAction: L('沒有這個操作', 'No such action'),
  notNow: L('記錄「{state}」時不能「{verb}」', 'A record that is "{state}" cannot take "{verb}"'),
  done: L('「{verb}」已經做過了', '"{verb}" has already been done'),
  author: L('填表人', 'the author'),
  staff: L('本站點員工', 'staff of the site'),
}

/** Defaults filled in: the state field's name and the initial state. */
export const fieldOf = (lifecycle: LifecycleSpec) => lifecycle.field ?? 'status'
export const initialOf = (lifecycle: LifecycleSpec) => lifecycle.initial ?? Object.keys(lifecycle.states)[0]
const asList = <T>(v: T | T[] | undefined, fallback: T[]): T[] => (v === undefined ? fallback : Array.isArray(v) ? v : [v])
export const fromOf = (t: LifecycleTransition) => asList(t.from, [])
export const byOf = (t: Pick<LifecycleTransition, 'by'>): LifecycleActor[] => asList(t.by, ['staff'])
/** The states an action may be taken in (every state by default). */
export const inOf = (lifecycle: LifecycleSpec, a: LifecycleAction) => asList(a.in, Object.keys(lifecycle.states))
/** Whether an action is offered on this record now (its state, and still open). */
export const actionOpen = (lifecycle: LifecycleSpec, a: LifecycleAction, doc: LifecycleDoc) =>
  inOf(lifecycle, a).includes(String(doc[fieldOf(lifecycle)])) && (a.open?.(doc) ?? true)

/** The state labels as select options (for a form that declares its state field itself). */
export const stateOptions = (lifecycle: Pick<LifecycleSpec, 'states'>): Record<string, Label> =>
  Object.fromEntries(Object.entries(lifecycle.states).map(([k, s]) => [k, s.label]))

export const lifecycleOf = (req: Pick<PayloadRequest, 'payload'>, slug: string): LifecycleSpec | undefined =>
  specOf(req.payload, slug)?.lifecycle

type User = { id: number | string; roles?: string[] | null; sites?: { site?: unknown }[] | null }

async function authorOf(req: PayloadRequest, slug: string, lifecycle: LifecycleSpec, doc: LifecycleDoc) {
  if (lifecycle.authorField) return idOf(doc[lifecycle.authorField])
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: { and: [{ collection: { equals: slug } }, { recordId: { equals: String(doc.id) } }, { action: { equals: 'create' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return idOf((docs[0] as { actor?: unknown } | undefined)?.actor)
}

/** Whether this person may take this transition on this record (the same rule for the bar and the POST). */
export async function mayTake(req: PayloadRequest, slug: string, lifecycle: LifecycleSpec, t: Pick<LifecycleTransition, 'by'>, doc: LifecycleDoc, user: User): Promise<boolean> {
  const by = byOf(t)
  if (by.includes('server')) return false
  if (isAdmin(user)) return true
  const site = idOf(doc.site)
  const onSite = site === undefined || (user.sites ?? []).some((s) => String(idOf(s.site)) === String(site))
  if (!onSite) return false
  if (by.includes('staff')) return true
  if (by.includes('author') && String(await authorOf(req, slug, lifecycle, doc)) === String(user.id)) return true
  const positions = by.filter((b) => b !== 'author' && b !== 'staff')
  if (!positions.length) return false
  const holders = await holdersByPosition(req.payload, site, positions, req)
  return positions.some((p) => (holders.get(p) ?? []).some((h) => String(h.id) === String(user.id)))
}

/** Who may take it, in words (for the refusal). */
async function whoText(req: PayloadRequest, t: Pick<LifecycleTransition, 'by'>, lang: string): Promise<string> {
  const by = byOf(t)
  const slugs = by.filter((b) => b !== 'author' && b !== 'staff' && b !== 'server')
  const { docs } = slugs.length
    ? await req.payload.find({ collection: 'positions', where: { slug: { in: slugs } }, depth: 0, limit: 50, overrideAccess: true, req })
    : { docs: [] as Record<string, unknown>[] }
  const names = new Map(docs.map((p) => [String(p.slug), pick({ zh: String(p.name), 'zh-TW': String(p.nameTW), en: String(p.nameEn) }, lang)]))
  return by
    .map((b) => (b === 'author' ? pick(texts.author, lang) : b === 'staff' ? pick(texts.staff, lang) : (names.get(b) ?? b)))
    .join(lang === 'en' ? ' or ' : '或')
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** Lock the record's row for the rest of the transaction and read its state as it is now. */
async function lockState(req: PayloadRequest, slug: string, field: string, id: string | number): Promise<string | null | undefined> {
  const tx = await txOf(req)
  const { rows } = await tx.execute(sql`SELECT ${sql.identifier(snake(field))} AS state FROM ${sql.identifier(tableOf(req.payload, slug))} WHERE id = ${Number(id)} FOR UPDATE`)
  return rows[0] ? ((rows[0].state as string | null) ?? null) : undefined
}

export type TransitionOptions = {
  note?: string
  /** Server code taking a transition on its own account (a sweep, a hook), not for the person of `req`. */
  server?: boolean
  /** Other fields server code writes with the state (what it learned, e.g. a provider's message id). */
  data?: Record<string, unknown>
  /** Which of several transitions between the same states (a field door names its own). */
  via?: LifecycleTransition
}

/** A field door's call: the write itself filled the action's field, so `open` (which reads it) is not asked. */
type TakeOptions = TransitionOptions & { door?: boolean }

/**
 * Take a transition: the one function behind the endpoint, the field doors and server code. Runs in
 * `req`'s transaction (or its own). With a person on `req` (and not `server`), the record is read with
 * their access first and they must be allowed; without one, it is server code.
 */
export async function transition(req: PayloadRequest, slug: string, id: string | number, to: string, options: TransitionOptions = {}): Promise<LifecycleDoc> {
  return take(req, slug, id, { to }, options)
}

/** Take a declared action (a step that keeps the state): the same rules, doors and audit as `transition`. */
export async function act(req: PayloadRequest, slug: string, id: string | number, action: string, options: Omit<TransitionOptions, 'via'> = {}): Promise<LifecycleDoc> {
  return take(req, slug, id, { action }, options)
}

/** A request of its own for one write: Payload merges a call's `context` into the request it is given. */
const forWrite = (req: PayloadRequest): PayloadRequest => {
  const r = Object.create(req) as PayloadRequest
  r.context = { ...req.context }
  return r
}

type Step = (LifecycleTransition | LifecycleAction) & { by?: LifecycleTransition['by'] }

async function take(req: PayloadRequest, slug: string, id: string | number, target: { to: string } | { action: string }, options: TakeOptions): Promise<LifecycleDoc> {
  const lifecycle = lifecycleOf(req, slug)
  if (!lifecycle) return refuse(req, texts.noLifecycle, {}, 404)
  const field = fieldOf(lifecycle)
  const person = options.server ? undefined : (req.user as User | null | undefined) ?? undefined
  return inTransaction(req, async () => {
    // With the person's access: another site's record answers exactly like a missing one.
    if (person) await findVisible(req, slug, id)
    const from = await lockState(req, slug, field, id)
    if (from === undefined) return refuse(req, texts.notFound, {}, 404)
    const server = asServer(req)
    const doc = (await req.payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, overrideAccess: true, req: server })) as LifecycleDoc
    const lang = langOf(req)
    const label = (state: string | null) => (state && lifecycle.states[state] ? pick(lifecycle.states[state].label, lang) : (state ?? '—'))
    let t: Step
    let to: string
    let action: LifecycleAction | undefined
    if ('action' in target) {
      action = (lifecycle.actions ?? []).find((a) => a.name === target.action)
      if (!action) return refuse(req, texts.noAction, {}, 400)
      const verb = pick(action.label, lang)
      if (!inOf(lifecycle, action).includes(String(from))) refuse(req, texts.notNow, { state: label(from), verb }, 409)
      if (!options.door && !(action.open?.(doc) ?? true)) refuse(req, texts.done, { verb }, 409)
      if (person) {
        if (byOf(action).includes('server')) refuse(req, texts.serverOnly, { verb }, 403)
        if (!(await mayTake(req, slug, lifecycle, action, doc, person))) refuse(req, texts.notAllowed, { who: await whoText(req, action, lang), verb }, 403)
      }
      t = action
      to = String(from)
    } else {
      to = target.to
      // Several transitions may lead from one state to another (e.g. by a person, or by a sweep with other effects).
      const candidates = lifecycle.transitions.filter((x) => x.to === to && fromOf(x).includes(String(from)))
      if (!candidates.length) return refuse(req, texts.noWay, { from: label(from), to: label(to) }, lifecycle.states[to] ? 409 : 400)
      let chosen = (options.via && candidates.includes(options.via) ? options.via : undefined) ?? candidates.find((x) => byOf(x).includes('server')) ?? candidates[0]
      if (person) {
        const open = candidates.filter((x) => !byOf(x).includes('server'))
        if (!open.length) refuse(req, texts.serverOnly, { verb: pick(chosen.label, lang) }, 403)
        const allowed: LifecycleTransition[] = []
        for (const x of open) if (await mayTake(req, slug, lifecycle, x, doc, person)) allowed.push(x)
        if (!allowed.length) refuse(req, texts.notAllowed, { who: await whoText(req, open[0], lang), verb: pick(open[0].label, lang) }, 403)
        chosen = options.via && allowed.includes(options.via) ? options.via : allowed[0]
      }
      t = chosen
    }
    const note = options.note?.trim() || undefined
    if (person && t.note === 'required' && !note) refuse(req, texts.noteNeeded, {}, 400)
    const args = { req: server, doc, from: String(from), to, action: action?.name, note, user: person ?? null, data: options.data }
    await t.guard?.(args)
    const extra = (await t.set?.(args)) ?? {}
    const next = (await req.payload.update({
      collection: slug as CollectionSlug,
      id,
      data: { ...extra, ...options.data, [field]: to } as never, // any form's fields: not one collection's type
      depth: 0,
      overrideAccess: true,
      req: forWrite(server),
      context: { lifecycleTransition: { from, to, action: action?.name } },
    })) as LifecycleDoc
    await recordTransition(server, next, slug, from, action ? `do:${action.name}` : to, note)
    for (const effect of t.effects ?? []) await effect({ ...args, doc: next })
    return next
  })
}

const langOf = (req: PayloadRequest) => ((req.user as { language?: string } | null)?.language ?? req.i18n?.language ?? 'zh') as string

/** The body of the endpoint: `{ to, note }` or `{ action, note }` (the admin panel's bar sends the note as `comment`). */
async function readBody(req: PayloadRequest): Promise<{ to?: string; action?: string; note?: string }> {
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    body = undefined
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(req, texts.badTo)
  const { to, action, note, comment } = body as Record<string, unknown>
  const name = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 64 && !v.includes('\u0000')
  if (action !== undefined ? !name(action) || to !== undefined : !name(to)) return refuse(req, texts.badTo)
  const text = note ?? comment
  if (text !== undefined && text !== null && (typeof text !== 'string' || text.length > 2000 || text.includes('\u0000'))) return refuse(req, texts.badNote)
  return { to: to as string | undefined, action: action as string | undefined, note: (text as string | null | undefined) ?? undefined }
}

/** Named fields, looking inside rows and collapsibles; replaces the state field in place. */
const mapFields = (fields: Field[], name: string, fn: (f: Field) => Field): [Field[], boolean] => {
  let found = false
  const out = fields.map((f) => {
    if ((f.type === 'row' || f.type === 'collapsible') && 'fields' in f) {
      const [inner, hit] = mapFields(f.fields, name, fn)
      found ||= hit
      return { ...f, fields: inner } as Field
    }
    if ('name' in f && f.name === name) {
      found = true
      return fn(f)
    }
    return f
  })
  return [out, found]
}

export const lifecycle: FormFeature = (spec, collection): CollectionConfig => {
  const lc = spec.lifecycle
  if (!lc) return collection
  const slug = spec.slug
  const field = fieldOf(lc)
  const initial = initialOf(lc)
  const states = Object.keys(lc.states)
  for (const t of lc.transitions) {
    for (const s of [...fromOf(t), t.to]) if (!lc.states[s]) throw new Error(`${slug}: lifecycle transition names an unknown state "${s}"`)
  }
  for (const a of lc.actions ?? []) {
    for (const s of inOf(lc, a)) if (!lc.states[s]) throw new Error(`${slug}: lifecycle action "${a.name}" names an unknown state "${s}"`)
  }
  const options = Object.entries(lc.states).map(([value, s]) => ({ value, label: s.label }))
  const [fields, declared] = mapFields(collection.fields, field, (f) => {
    if (f.type !== 'select') throw new Error(`${slug}: the lifecycle field "${field}" must be a select`)
    const values = (f as SelectField).options.map((o) => (typeof o === 'string' ? o : o.value))
    if (values.join() !== states.join()) throw new Error(`${slug}: the field "${field}" must list the lifecycle's states (${states.join(', ')})`)
    return serverOwned({ ...f, defaultValue: initial, custom: { ...f.custom, lifecycle: true } } as SelectField)
  })
  const stateField = serverOwned({
    name: field,
    type: 'select',
    label: L('狀態', 'Status'),
    options,
    defaultValue: initial,
    index: true,
    custom: { lifecycle: true },
    admin: { position: 'sidebar' },
  } as SelectField)
  const doors = lc.transitions.filter((t) => t.when)
  const actionDoors = (lc.actions ?? []).filter((a) => a.when)
  // A create that already fills the field (a return entered from paper) takes it too.
  const fieldDoors: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
    if (context?.lifecycleTransition) return doc
    if (operation === 'create' && doc[field] === initial) for (const effect of lc.enter ?? []) await effect({ req: asServer(req), doc })
    const filled = (v: unknown) => v !== undefined && v !== null && v !== '' && v !== false
    // An action's field filled by this write (it was empty before): the action is taken, as the person of `req`.
    for (const a of actionDoors) {
      if (!filled(doc[a.when!]) || (operation === 'update' && filled(previousDoc?.[a.when!]))) continue
      Object.assign(doc, await take(req, slug, doc.id, { action: a.name }, { door: true }))
    }
    // A door whose field is filled while the record is in one of its `from` states is taken; one
    // transition may open the next (a deposit with the family's confirmation: held, then confirmed).
    let current = doc
    for (let round = 0; round < states.length; round++) {
      const t = doors.find((d) => filled(current[d.when!]) && fromOf(d).includes(String(current[field])))
      if (!t) break
      // The same function as the endpoint: who may, guard, effects and audit (the person of `req`).
      current = { ...current, ...(await transition(req, slug, doc.id, t.to, { via: t })) }
    }
    return current
  }
  const endpoint: Endpoint = {
    path: '/:id/transition',
    method: 'post',
    handler: async (req) => {
      if (!req.user) refuse(req, texts.signIn, {}, 401)
      const { to, action, note } = await readBody(req)
      // A fresh request acting as the signed-in person, in its own transaction.
      const acting = await actingAs(req.payload, req.user!.id, channelOf(req))
      const id = String(req.routeParams?.id)
      const doc = action ? await act(acting, slug, id, action, { note }) : await transition(acting, slug, id, to!, { note })
      return Response.json({ doc })
    },
  }
  const withHooks = doors.length || actionDoors.length || lc.enter?.length ? addHooks(collection, { afterChange: [fieldDoors] }) : collection
  return {
    ...withHooks,
    fields: declared ? fields : [...fields, stateField],
    endpoints: [...((withHooks.endpoints || []) as Endpoint[]), endpoint],
    custom: { ...withHooks.custom, lifecycle: { field, initial } },
  }
}
