/**
 * Deadlines as data (JOB-01). A form declares `deadlines`: a due moment computed from a field of the
 * record plus a duration in the site's time zone (hours, days, working days on the site's calendar,
 * months, or a window), while a condition holds, and what happens when it passes (a flag, a state
 * change, a notification, a work message, an action of the form), once or every N days.
 *
 * The mechanism keeps the due moment in a column of the record, `<name>DueAt` (server-owned,
 * indexed, recomputed on create and whenever its input field changes); a window also keeps its start
 * in `<name>FromAt`. One engine (`runDeadline`) runs every declared deadline: it reads only due rows
 * through that column, in batches of 100, and it clears or advances the column when it acts, so a
 * second run changes nothing. A batch without a form's own `run` is one transaction, written set-wise
 * where the declarations allow it (`actOnBatch`: a form's set-wise action `runMany`, then a state
 * change through `transitionMany` and a flag, a count, a due column through `writeBookkeeping`; the
 * rows locked and checked again first), else a record at a time in it; a batch that fails is rolled
 * back whole and done again a record at a time, each in its own transaction (one failing record is
 * logged and left due, the rest go on). A deadline with a `run` takes one transaction per record. `deadlineSweeps(collections)`
 * turns the declarations into the sweep registry and the dashboard's due/overdue list (jobs/sweeps.ts).
 *
 * ```ts
 * deadlines: [{ name: 'return', rule: 'CARE-07', label: L('老人外出:逾期未歸標記', 'Outings: flag those past their expected return'),
 *   from: 'expectedReturn', while: { status: 'out' },
 *   then: { flag: 'overdue', message: { to: ['front-desk'], title: L('外出逾期未歸:{elderName}', 'Outing overdue: {elderName}') } } }]
 * ```
 */
import { TZDate } from '@date-fns/tz'
import { sql } from '@payloadcms/db-postgres'
import { addMonths, format, parseISO } from 'date-fns'
import type { CollectionConfig, Field, Payload, PayloadRequest, Where } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'
import type { Sweep, SweepContext, SweepWatch, SweepWhen } from '../jobs/sweep'
import { dayOf, localDay, SiteCalendar, shiftDay } from '../src/lib/calendar'
import type { Label } from '../src/lib/i18n'
import { L } from '../src/lib/i18n'
import { datetime } from '../src/lib/fields'
import { addHooks, idOf } from '../src/lib/hooks'
import { flatFields } from '../src/lib/fieldWalk'
import { tableOf, txOf } from '../src/lib/tx'
import { sendMessage, sendMessages, type MessageInput } from './notify/messages'
import { notifyEvent, notifyEventMany } from './notify/rules'
import { serverOwned } from './serverOwned'
import { specOf } from './form/specOf'
import type { FormDoc, FormFeature, FormSpec, Recipient } from './form/types'
import { fieldOf, fromOf, transition, transitionMany } from './lifecycle'
import { ownHooksQuiet, plainColumns, quietWrite, takesBatch, writeMany } from './lifecycle/batch'
import { recordAudits, updateEntries } from './audit'
import { asServer } from '../src/lib/serverReq'
import type { LifecycleSpec } from './lifecycle/types'

/**
 * A duration after the `from` field. `minutes`/`hours` are exact; `days`, `workingDays` (the site's
 * calendar: holidays, make-up days, its overrides) and `months` count the site's days and land at
 * the same local time as the `from` value (midnight for a day-only field) or at `at`.
 */
export type Duration = { minutes?: number; hours?: number; days?: number; workingDays?: number; months?: number }

/** A condition on the record: each field equals the value (or one of the values); `false` also matches empty. */
export type DeadlineCondition = Record<string, string | number | boolean | (string | number)[]>

export type DeadlineArgs = { req: PayloadRequest; payload: Payload; doc: FormDoc; now: Date; slug: string; deadline: DeadlineSpec }

/** What a form's own action for a batch of due records gets: the records locked and still due, in one transaction. */
export type DeadlineBatchArgs = Omit<DeadlineArgs, 'doc'> & { docs: FormDoc[] }

/** What a form's own action did for a record: false when nothing, 'stop' to end a repeat. */
export type DeadlineResult = boolean | 'stop' | void

export type DeadlineSpec = {
  /** Short camelCase name; the due column is `<name>DueAt`. Also the `{ deadline: name }` notify event. */
  name: string
  /** The requirement it enforces, e.g. 'CARE-08'. */
  rule: string
  /** The sweep's and the dashboard's label. */
  label: Label
  /** The field the duration counts from (an instant, or a day-only field read as the site's day). */
  from: string
  /** Due this long after `from` (default: at `from`). */
  after?: Duration
  /** A window: due (listed) from `window.from`, passed at `window.to`, e.g. between 1 and 2 months after. */
  window?: { from: Duration; to: Duration }
  /** Local time of day for day-based durations: 'HH:mm', or the site's 'opens' / 'closes'. */
  at?: string
  /** The deadline is live only while this holds (also a filter of the sweep's query). */
  while?: DeadlineCondition
  /** What happens when it passes; each item optional. */
  then: {
    /** A checkbox set true when the deadline acts (server-owned, declared by the form; not when a form's `run` did nothing). */
    flag?: string
    /** Clear the flag when `while` stops holding ("flagged until done"). */
    unflag?: boolean
    /**
     * A state change: the form's declared lifecycle transition to this state, taken as the server
     * through `transition()` (its guard, `set` and effects in the record's transaction, an audit row
     * noted `deadline:<name>`). A form without a lifecycle cannot declare it.
     */
    to?: string
    /** A number field counted up each time the deadline acts (e.g. the reminders sent). */
    count?: string
    /** A date field set to the moment the deadline acted (e.g. the last reminder's). */
    stamp?: string
    /** Fire the form's notify rules `on: { deadline: name }`. */
    notify?: boolean
    /** A work message (a task) to positions / staff / a field's person. */
    message?: { to: Recipient[]; title: Label; body?: Label }
    /** An action of the form, in the record's transaction; return false when it did nothing, 'stop' to end a repeat. */
    run?: (args: DeadlineArgs) => Promise<DeadlineResult>
    /**
     * The set-wise form of `run` (declare one of the two): an action of the form for a batch of due
     * records, each record's result in order. It runs in the batch's transaction, which is rolled back
     * whole and done again a record at a time (a batch of one) if any record fails, so all it does must
     * stay in the database (mails through the outbox, not an SMS). The bookkeeping (`count`, `stamp`,
     * the due column) is then written set-wise as for a flag (see `batch`).
     */
    runMany?: (args: DeadlineBatchArgs) => Promise<DeadlineResult[]>
    /** Act again every N days (site days) while `while` holds. */
    repeat?: { days: number }
  }
  /** When the sweep runs (default 'frequent'); `working-morning` / `end-of-day` only on the site's working days. */
  when?: SweepWhen
  /**
   * The form's own change hooks (its `hooks`, its fields' hooks) have nothing to do for this deadline's
   * bookkeeping write (its flag, its due column, other deadlines' flags cleared): a batch of due records
   * may be written set-wise (one UPDATE, the audit rows in one INSERT). Default: so when the form has
   * no change hooks of its own or declares `lifecycle.batch`; `false` keeps it a record at a time.
   * Or their batch form for that write: what they would add to each record's bookkeeping (a title
   * refreshed from other records), one object per record in order, written with it — plain columns
   * only (else the batch is done again a record at a time, through the hooks).
   */
  batch?: boolean | ((args: DeadlineBatchArgs) => Promise<Record<string, unknown>[]>)
  /** Whether the dashboard lists it (default true). */
  watch?: boolean
  /**
   * The desk home's readable sentences for the records due and overdue, `{n}` the count, e.g.
   * `{ overdue: L('{n} 位老人外出超過預計返回時間', '{n} elders are past their expected return') }`
   * (default: from `label`, see `deadlineSentence`).
   */
  sentence?: { due?: Label; overdue?: Label }
}

const beforeColon = (s: string) => s.split(/[::]/)[0].trim()

/**
 * The sentence the home shows for `n` records due or overdue of a deadline (or any sweep's label):
 * the declared one, else the label's subject (before its colon) with the count.
 */
export function deadlineSentence(label: Label, kind: 'due' | 'overdue', sentence?: { due?: Label; overdue?: Label }): Label {
  if (sentence?.[kind]) return sentence[kind]!
  const subject = Object.fromEntries(Object.entries(label).map(([lang, text]) => [lang, beforeColon(String(text))])) as Label
  return kind === 'due'
    ? { zh: `${subject.zh}:{n} 项待办`, 'zh-TW': `${subject['zh-TW']}:{n} 項待辦`, en: `${subject.en}: {n} due` }
    : { zh: `${subject.zh}:{n} 项已逾期`, 'zh-TW': `${subject['zh-TW']}:{n} 項已逾期`, en: `${subject.en}: {n} overdue` }
}

const BATCH = 100

export const dueColumn = (d: Pick<DeadlineSpec, 'name'>) => `${d.name}DueAt`
export const fromColumn = (d: Pick<DeadlineSpec, 'name'>) => `${d.name}FromAt`

// ------------------------------------------------------------------------------------------------
// The due moment

type Field0 = Field & { name?: string }
const flat = (fields: Field[]): Field0[] => flatFields(fields)

const isDayOnly = (fields: Field[], name: string) => {
  const f = flat(fields).find((x) => x.name === name) as { admin?: { date?: { pickerAppearance?: string } } } | undefined
  return f?.admin?.date?.pickerAppearance === 'dayOnly'
}

export type SiteHours = { opensAt?: string; closesAt?: string }

/** The instant `from + duration` in the calendar's time zone. */
export async function addDuration(calendar: SiteCalendar, from: { instant?: Date; day?: string }, d: Duration = {}, at?: string, hours: SiteHours = {}): Promise<Date> {
  const tz = calendar.timeZone
  const dayBased = d.days != null || d.workingDays != null || d.months != null
  let base: Date = from.instant ?? calendar.at(from.day!, '00:00')
  if (dayBased) {
    let day = from.day ?? localDay(from.instant!, tz)
    if (d.months) day = format(addMonths(parseISO(day), d.months), 'yyyy-MM-dd')
    if (d.days) day = shiftDay(day, d.days)
    if (d.workingDays) day = await calendar.addWorkingDays(day, d.workingDays)
    const time =
      at === 'opens' ? (hours.opensAt ?? '08:30') : at === 'closes' ? (hours.closesAt ?? '17:30') : at ?? (from.instant ? format(new TZDate(from.instant.getTime(), tz), 'HH:mm') : '00:00')
    base = calendar.at(day, time)
    // Keep the seconds of an instant when its own time of day is kept.
    if (!at && from.instant) base = new Date(base.getTime() + (from.instant.getTime() % 60_000))
  }
  return new Date(base.getTime() + ((d.hours ?? 0) * 60 + (d.minutes ?? 0)) * 60_000)
}

/** The due moment (and a window's start) of a record, or undefined when its `from` field is empty. */
export async function dueMoment(
  deadline: DeadlineSpec,
  doc: Record<string, unknown>,
  fields: Field[],
  calendar: SiteCalendar,
  hours: SiteHours = {},
): Promise<{ dueAt: Date; fromAt?: Date } | undefined> {
  const value = doc[deadline.from]
  if (value == null || value === '') return undefined
  const t = new Date(value as string)
  if (Number.isNaN(t.getTime())) return undefined
  const from = isDayOnly(fields, deadline.from) ? { day: dayOf(value as string, calendar.timeZone) } : { instant: t }
  if (deadline.window) {
    return {
      fromAt: await addDuration(calendar, from, deadline.window.from, deadline.at, hours),
      dueAt: await addDuration(calendar, from, deadline.window.to, deadline.at, hours),
    }
  }
  return { dueAt: await addDuration(calendar, from, deadline.after, deadline.at, hours) }
}

// ------------------------------------------------------------------------------------------------
// Conditions

const conditionWhere = (c: DeadlineCondition | undefined): Where[] =>
  Object.entries(c ?? {}).map(([field, v]) =>
    Array.isArray(v) ? { [field]: { in: v } } : v === false ? { [field]: { not_equals: true } } : { [field]: { equals: v } },
  )

export const holds = (c: DeadlineCondition | undefined, doc: Record<string, unknown>) =>
  Object.entries(c ?? {}).every(([field, v]) => {
    const x = doc[field] as string | number | boolean | null | undefined
    if (Array.isArray(v)) return v.includes(x as string)
    if (v === false) return !x
    return x === v
  })

// ------------------------------------------------------------------------------------------------
// The form feature: the due columns and their upkeep

const siteHours = async (payload: Payload, site: number, req?: PayloadRequest): Promise<SiteHours & { timeZone: string }> => {
  const s = (await payload.findByID({ collection: 'sites', id: site, depth: 0, overrideAccess: true, req, disableErrors: true })) as Record<string, string> | null
  return { timeZone: s?.timeZone || 'Asia/Shanghai', opensAt: s?.opensAt || '08:30', closesAt: s?.closesAt || '17:30' }
}

const sameValue = (a: unknown, b: unknown) =>
  a == null || a === '' ? b == null || b === '' : b != null && b !== '' && new Date(a as string).getTime() === new Date(b as string).getTime()

export const deadlines: FormFeature = (spec, collection) => {
  const list = spec.deadlines ?? []
  if (!list.length) return collection
  for (const d of list) {
    if (d.then.to === undefined) continue
    const lc = spec.lifecycle
    if (!lc) throw new Error(`${spec.slug}: deadline "${d.name}" moves to "${d.then.to}" but the form declares no lifecycle`)
    if (!lc.transitions.some((t) => t.to === d.then.to)) throw new Error(`${spec.slug}: deadline "${d.name}" moves to "${d.then.to}" but no lifecycle transition leads there`)
  }
  const columns: Field[] = list.flatMap((d) => [
    serverOwned(datetime(dueColumn(d), L(`到期時間(${d.label['zh-TW']})`, `Due at (${d.label.en})`), { index: true, admin: { position: 'sidebar', hidden: true } })),
    ...(d.window ? [serverOwned(datetime(fromColumn(d), L(`期限開始(${d.label['zh-TW']})`, `Due from (${d.label.en})`), { index: true, admin: { position: 'sidebar', hidden: true } }))] : []),
  ])
  const fields = [...collection.fields, ...columns]
  return addHooks(
    { ...collection, fields },
    {
      beforeChange: [
        async ({ data, originalDoc, operation, req }) => {
          const doc = { ...(operation === 'update' ? originalDoc : {}), ...data } as Record<string, unknown>
          const site = idOf(doc.site) as number | undefined
          let info: (SiteHours & { timeZone: string }) | undefined
          for (const d of list) {
            if (req.context?.deadline === d.name) continue
            if (d.then.flag && d.then.unflag && doc[d.then.flag] && !holds(d.while, doc)) data[d.then.flag] = false
            const changed = operation === 'create' || !sameValue(doc[d.from], originalDoc?.[d.from])
            if (!changed) continue
            if (!site) continue
            info ??= await siteHours(req.payload, site, req)
            const calendar = new SiteCalendar(req.payload, site, info.timeZone)
            const due = await dueMoment(d, doc, fields, calendar, info).catch(() => undefined)
            data[dueColumn(d)] = due?.dueAt.toISOString() ?? null
            if (d.window) data[fromColumn(d)] = due?.fromAt?.toISOString() ?? null
          }
          return data
        },
      ],
    },
  )
}

// ------------------------------------------------------------------------------------------------
// The engine

export type DeadlineRun = { acted: number; read: number; failed: number }

/** The declared deadline `name` of a collection (throws when there is none: a wiring mistake). */
export const declaredDeadline = (payload: Payload, slug: string, name: string): DeadlineSpec => {
  const spec = ((payload.collections as unknown as Record<string, { config: CollectionConfig } | undefined>)[slug]?.config.custom as { form?: FormSpec } | undefined)?.form
  const d = spec?.deadlines?.find((x) => x.name === name)
  if (!d) throw new Error(`no deadline ${slug}.${name}`)
  return d
}

/** A request of its own for one record (its own transaction), from the sweep's request. */
const recordReq = (req: PayloadRequest, name: string): PayloadRequest => {
  const r = Object.create(req) as PayloadRequest
  r.transactionID = undefined
  r.context = { ...req.context, channel: req.context?.channel ?? 'job', deadline: name }
  r.payloadAPI = 'local'
  return r
}

/**
 * Act on every record of `slug` whose deadline has passed at `now` (optionally one site's), a batch
 * at a time through the due column. Returns how many it acted on, how many rows it read, and how
 * many failed (logged, left due for the next run).
 */
export async function runDeadline(
  ctx: Pick<SweepContext, 'payload' | 'req' | 'now'> & { site?: number },
  slug: string,
  deadline: DeadlineSpec,
): Promise<DeadlineRun> {
  const { payload, req, now } = ctx
  const column = dueColumn(deadline)
  const failed: (number | string)[] = []
  const run: DeadlineRun = { acted: 0, read: 0, failed: 0 }
  for (let round = 0; round < 10_000; round++) {
    const where: Where = {
      and: [
        { [column]: { less_than_equal: now.toISOString() } },
        ...conditionWhere(deadline.while),
        ...(ctx.site ? [{ site: { equals: ctx.site } }] : []),
        ...(failed.length ? [{ id: { not_in: failed } }] : []),
      ],
    }
    // Without a form's own `run` the engine needs only the stored row (its id, site, state, due column;
    // a transition reads the record itself; a `runMany` is given the stored rows): read as stored,
    // without the read hooks' derived fields (CARE-08's hold period read the site's calendar for every
    // due row) and without a count.
    const { docs } = deadline.then.run
      ? await payload.find({ collection: slug as never, where, sort: column, limit: BATCH, depth: 0, overrideAccess: true, req })
      : await payload.db.find({ collection: slug as never, where, sort: column, limit: BATCH, pagination: false, req })
    run.read += docs.length
    if (!docs.length) break
    // The batch in one transaction (one commit, not one per record) when what the deadline does is
    // all in the database (no `run` of the form's own, which may reach outside: an SMS, a report; a
    // `runMany` stays in the database);
    // if any record of it fails, nothing of the batch is kept and it is done again a record at a time.
    if (!deadline.then.run && docs.length > 1) {
      const r = recordReq(req, deadline.name)
      // Without transactions (an adapter that has none) each record goes on its own, as below.
      if (await initTransaction(r)) {
        let acted = 0
        try {
          // Set-wise when every record takes the same declared transition and the form offers its batch
          // form (hooks/lifecycle/batch.ts); otherwise each record in turn, in the batch's transaction.
          const batched = await actOnBatch(r, slug, deadline, docs as FormDoc[], now)
          if (batched !== undefined) acted = batched
          else for (const doc of docs as FormDoc[]) if (await actOn(r, slug, deadline, doc, now)) acted++
          await commitTransaction(r)
          run.acted += acted
          if (docs.length < BATCH) break
          continue
        } catch {
          await killTransaction(r)
        }
      }
    }
    for (const doc of docs as FormDoc[]) {
      const r = recordReq(req, deadline.name)
      const own = await initTransaction(r)
      try {
        if (await actOn(r, slug, deadline, doc, now)) run.acted++
        if (own) await commitTransaction(r)
      } catch (error) {
        if (own) await killTransaction(r)
        failed.push(doc.id)
        run.failed++
        payload.logger.error({ err: error, msg: `deadline ${slug}.${deadline.name}: record ${doc.id} failed` })
      }
    }
    if (docs.length < BATCH) break
  }
  return run
}

type Calendars = Map<number, Promise<SiteCalendar>>

const calendarOf = (req: PayloadRequest, site: number, cache?: Calendars): Promise<SiteCalendar> => {
  const make = async () => new SiteCalendar(req.payload, site, (await siteHours(req.payload, site, req)).timeZone)
  if (!cache) return make()
  if (!cache.has(site)) cache.set(site, make())
  return cache.get(site)!
}

const acts = (result: DeadlineResult) => result !== false && result !== 'stop'

/** The bookkeeping a deadline writes with its action: the flag, the count, and the due column spent or moved on. */
async function bookkeeping(req: PayloadRequest, d: DeadlineSpec, doc: FormDoc, now: Date, result: DeadlineResult, calendars?: Calendars): Promise<Record<string, unknown>> {
  const t = d.then
  const data: Record<string, unknown> = {}
  if (acts(result)) {
    if (t.flag) data[t.flag] = true
    if (t.count) data[t.count] = (Number(doc[t.count]) || 0) + 1
    if (t.stamp) data[t.stamp] = now.toISOString()
  }
  // The deadline is spent, or comes again after N site days (past `now`, after a downtime too).
  let next: string | null = null
  if (t.repeat && result !== 'stop') {
    const calendar = await calendarOf(req, idOf(doc.site) as number, calendars)
    let due = new Date(doc[dueColumn(d)] as string)
    while (due <= now) due = await addDuration(calendar, { instant: due }, { days: t.repeat.days })
    next = due.toISOString()
  }
  data[dueColumn(d)] = next
  return data
}

/**
 * What the deadlines feature's `beforeChange` adds to a write of `merged` (the record with the write):
 * the flag of every other deadline of the form declared "flagged until done" cleared once its `while`
 * no longer holds. (The set-wise paths write without Payload's hooks; this is that hook's share.)
 */
const othersUnflagged = (spec: FormSpec | undefined, d: DeadlineSpec, merged: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    (spec?.deadlines ?? []).filter((o) => o.name !== d.name && o.then.flag && o.then.unflag && merged[o.then.flag] && !holds(o.while, merged)).map((o) => [o.then.flag!, false]),
  )

/** What a deadline's bookkeeping may write: its flag, count and stamp, its due column, the flags of other deadlines it may clear. */
const bookkeepingKeys = (spec: FormSpec | undefined, d: DeadlineSpec): string[] => [
  dueColumn(d),
  ...[d.then.flag, d.then.count, d.then.stamp].filter((k): k is string => Boolean(k)),
  ...(spec?.deadlines ?? []).flatMap((o) => (o.name !== d.name && o.then.flag && o.then.unflag ? [o.then.flag] : [])),
]

/**
 * Whether the bookkeeping of a record that does not move may be written set-wise: nothing of the
 * record-at-a-time write would do more — the form's own change hooks have nothing to do for it
 * (`ownHooksQuiet`), no notify rule fires on the update and no field door opens on the fields written
 * (`quietWrite`), every field written is a plain column.
 */
const bookkeepsSetWise = (req: PayloadRequest, slug: string, spec: FormSpec | undefined, d: DeadlineSpec): boolean => {
  const keys = bookkeepingKeys(spec, d)
  return d.batch !== false && ownHooksQuiet(spec, Boolean(d.batch), false) && quietWrite(spec, keys) && plainColumns(req, slug, keys)
}

/** What the form's change hooks add to each record's bookkeeping write (the deadline's `batch` function), or nothing. */
async function upkeepOf(req: PayloadRequest, slug: string, d: DeadlineSpec, docs: FormDoc[], now: Date): Promise<Record<string, unknown>[]> {
  if (typeof d.batch !== 'function') return docs.map(() => ({}))
  const extra = await d.batch({ req, payload: req.payload, docs, now, slug, deadline: d })
  if (extra.length !== docs.length) throw new Error(`deadline ${slug}.${d.name}: its batch upkeep answered for ${extra.length} of ${docs.length} records`)
  return extra
}

/** The form's action for a batch (its `runMany`, or nothing to do: every record acted on), one result per record. */
async function resultsOf(req: PayloadRequest, slug: string, d: DeadlineSpec, docs: FormDoc[], now: Date): Promise<DeadlineResult[]> {
  if (!d.then.runMany) return docs.map(() => true)
  const results = await d.then.runMany({ req, payload: req.payload, docs, now, slug, deadline: d })
  if (results.length !== docs.length) throw new Error(`deadline ${slug}.${d.name}: runMany answered for ${results.length} of ${docs.length} records`)
  return results
}

/**
 * The bookkeeping of records that do not move (each with its action's result) written set-wise: every
 * record's flag, count and stamp, its due column spent or moved on, other deadlines' flags cleared, in
 * one UPDATE; their audit rows (each record's 'update' row as `auditChange` writes it) in one INSERT.
 */
async function writeBookkeeping(req: PayloadRequest, slug: string, spec: FormSpec | undefined, d: DeadlineSpec, docs: FormDoc[], results: DeadlineResult[], now: Date): Promise<FormDoc[]> {
  const calendars: Calendars = new Map()
  const upkeep = await upkeepOf(req, slug, d, docs, now)
  const writes: Record<string, unknown>[] = []
  for (const [i, doc] of docs.entries()) {
    const data = { ...(await bookkeeping(req, d, doc, now, results[i], calendars)), ...upkeep[i] }
    writes.push({ ...data, ...othersUnflagged(spec, d, { ...doc, ...data }) })
  }
  const server = asServer(req)
  const updated = await writeMany(server, slug, docs, writes)
  // Checked before (bookkeepsSetWise), and the form's action may have run: nothing may be left half done (the batch is rolled back).
  if (!updated) throw new Error(`deadline ${slug}.${d.name}: its bookkeeping could not be written set-wise`)
  await recordAudits(server, updateEntries(slug, updated.map((doc, i) => ({ previous: docs[i], doc }))))
  return updated as FormDoc[]
}

/**
 * A batch of due records acted on set-wise, when the deadline has no form's own `run` (its set-wise
 * `runMany`, or none): the rows locked and checked again (`lockStillDue`), the form's `runMany` on
 * them, then
 * - the records a deadline moves (`then.to`) take the transition at once when the form's lifecycle can
 *   (`transitionMany`: one UPDATE with the bookkeeping, the audit rows in one INSERT, the effects' batch
 *   form; see `takesBatch` for when it cannot), one set-wise transition per state they are in;
 * - the records it does not move (no `then.to`, or already there: a repeated reminder) get their
 *   bookkeeping set-wise (`writeBookkeeping`, when `bookkeepsSetWise`);
 * then the deadline's messages and notify rules for the batch (`sendMessages`, `notifyEventMany`), as
 * `actOn` sends them for one. Undefined when it cannot, decided before anything is written: the caller
 * acts a record at a time.
 */
async function actOnBatch(req: PayloadRequest, slug: string, d: DeadlineSpec, read: FormDoc[], now: Date): Promise<number | undefined> {
  const t = d.then
  if (t.run) return undefined
  const spec = specOf(req.payload, slug)
  const lifecycle = spec?.lifecycle
  const field = lifecycle ? fieldOf(lifecycle) : undefined
  if (t.to && (!lifecycle || d.batch === false || !takesBatch(spec, t.to))) return undefined
  // Every record may stay where it is (it does not move, or is there already): only then is this asked before locking.
  if (!t.to && !bookkeepsSetWise(req, slug, spec, d)) return undefined
  // The rows were read without a lock: lock them and keep those still due (a record confirmed, moved
  // on or changed in between is skipped, not acted on and not a failure).
  const docs = await lockStillDue(req, slug, d, read, now)
  if (!docs.length) return 0
  const staying = t.to ? docs.filter((doc) => doc[field!] === t.to) : docs
  if (t.to && staying.length && !bookkeepsSetWise(req, slug, spec, d)) return undefined
  // The records that move, by the state they are in (a meeting ends from planned or from ready): one
  // set-wise transition each, the declared server transition from there, checked for all before any is taken.
  const byState = new Map<string, FormDoc[]>()
  for (const doc of docs) if (t.to && doc[field!] !== t.to) byState.set(String(doc[field!]), [...(byState.get(String(doc[field!])) ?? []), doc])
  const ways = [...byState.keys()].map((from) => serverWay(lifecycle!, from, t.to!))
  if (ways.some((way) => !way || (way.effects?.length && !way.batch))) return undefined

  const results = await resultsOf(req, slug, d, docs, now)
  const resultOf = new Map(docs.map((doc, i) => [doc.id, results[i]]))
  const written: FormDoc[] = []
  const calendars: Calendars = new Map()
  for (const group of byState.values()) {
    const data = new Map<unknown, Record<string, unknown>>()
    const upkeep = await upkeepOf(req, slug, d, group, now)
    for (const [i, doc] of group.entries()) {
      const own = { ...(await bookkeeping(req, d, doc, now, resultOf.get(doc.id), calendars)), ...upkeep[i] }
      data.set(doc.id, { ...own, ...othersUnflagged(spec, d, { ...doc, ...own, [field!]: t.to }) })
    }
    const moved = await transitionMany(req, slug, group.map((doc) => doc.id), t.to!, { note: `deadline:${d.name}`, data: (doc) => data.get(doc.id) ?? {} })
    // What transitionMany could refuse it refuses for every group alike (checked above), before anything is written.
    if (!moved && !written.length && !t.runMany) return undefined
    if (!moved) throw new Error(`deadline ${slug}.${d.name}: a batch's transition could not be taken set-wise`)
    written.push(...(moved as FormDoc[]))
  }
  if (staying.length) written.push(...(await writeBookkeeping(req, slug, spec, d, staying, staying.map((doc) => resultOf.get(doc.id)), now)))
  if (t.message) {
    const inputs = written.map((updated) => messageOf(slug, d, updated))
    if (!(await sendMessages(req, inputs))) for (const input of inputs) await sendMessage(req.payload, input, req)
  }
  const event = { deadline: d.name }
  if (t.notify && !(await notifyEventMany(req, slug, written, event))) for (const updated of written) await notifyEvent(req, slug, updated, event)
  return results.filter(acts).length
}

/** The work message a deadline sends about a record (its values fill the title and body). */
const messageOf = (slug: string, d: DeadlineSpec, record: FormDoc): MessageInput => ({
  site: record.site,
  title: d.then.message!.title,
  body: d.then.message!.body,
  to: d.then.message!.to,
  related: { collection: slug, id: record.id },
  record,
  values: record,
})

/**
 * Lock the rows of `docs` in `req`'s transaction and return them as stored now (over what was read),
 * only those the deadline still applies to: its `while` condition holds and its due column is at or
 * before `now`. The sweep's read takes no lock; this is the check that counts.
 */
async function lockStillDue(req: PayloadRequest, slug: string, d: DeadlineSpec, docs: FormDoc[], now: Date): Promise<FormDoc[]> {
  const ids = docs.map((doc) => Number(doc.id))
  if (!ids.length) return []
  const tx = await txOf(req)
  await tx.execute(sql`SELECT id FROM ${sql.identifier(tableOf(req.payload, slug))} WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) ORDER BY id FOR UPDATE`)
  const { docs: stored } = await req.payload.db.find({ collection: slug as never, where: { id: { in: ids } }, limit: ids.length, pagination: false, req })
  const byId = new Map((stored as FormDoc[]).map((s) => [Number(s.id), s]))
  const col = dueColumn(d)
  return docs.flatMap((doc) => {
    const s = byId.get(Number(doc.id))
    if (!s || !holds(d.while, s) || s[col] == null || new Date(s[col] as string) > now) return []
    return [{ ...doc, ...s } as FormDoc]
  })
}

/** The declared server transition from `from` to `to` (the one a deadline takes), if any. */
const serverWay = (lifecycle: LifecycleSpec, from: string, to: string) =>
  lifecycle.transitions.find((x) => x.to === to && fromOf(x).includes(from) && [x.by ?? []].flat().includes('server'))

async function actOn(req: PayloadRequest, slug: string, d: DeadlineSpec, read: FormDoc, now: Date): Promise<boolean> {
  const payload = req.payload
  const t = d.then
  // Locked and checked again (see lockStillDue): a record no longer due is skipped.
  const [doc] = await lockStillDue(req, slug, d, [read], now)
  if (!doc) return false
  const args = { req, payload, now, slug, deadline: d }
  const result = t.run ? await t.run({ ...args, doc }) : t.runMany ? (await t.runMany({ ...args, docs: [doc] }))[0] : true
  const data = await bookkeeping(req, d, doc, now, result)
  // Only server-owned bookkeeping (the flag, the due column): no approval link goes stale for it.
  // A state change is the lifecycle's own transition, as the server (refused if no transition leads
  // there now), and the bookkeeping is written with it: one update of the record, not two.
  const lifecycle = specOf(payload, slug)?.lifecycle
  const write = () =>
    payload.update({ collection: slug as never, id: doc.id, data: data as never, overrideAccess: true, depth: 0, req, context: { ...req.context, deadline: d.name } }) as Promise<FormDoc>
  const moves = (record: FormDoc) => Boolean(t.to && lifecycle && record[fieldOf(lifecycle!)] !== t.to)
  // Only the declared server transition (never a person's between the same states); none from this state: refused as transition() refuses.
  const via = (record: FormDoc) => serverWay(lifecycle!, String(record[fieldOf(lifecycle!)]), t.to!)
  const move = async (record: FormDoc, extra?: Record<string, unknown>) => {
    const way = via(record)
    if (!way) throw new Error(`deadline ${slug}.${d.name}: no server transition from "${record[fieldOf(lifecycle!)]}" to "${t.to}"`)
    return (await transition(req, slug, doc.id, t.to!, { server: true, note: `deadline:${d.name}`, data: extra, via: way })) as FormDoc
  }
  // A form's own action may have moved the record itself: its state is read back first.
  const current = (t.run || t.runMany) && t.to ? (((await payload.db.findOne({ collection: slug as never, where: { id: { equals: doc.id } }, req })) as FormDoc | null) ?? doc) : doc
  const updated = moves(current) ? await move(current, data) : await write()
  if (t.message) await sendMessage(payload, messageOf(slug, d, { ...updated, site: doc.site }), req)
  if (t.notify) await notifyEvent(req, slug, updated, { deadline: d.name })
  return acts(result)
}

// ------------------------------------------------------------------------------------------------
// The registry and the dashboard, generated from the declarations

const watchOf = (slug: string, d: DeadlineSpec): SweepWatch | undefined => {
  if (d.watch === false) return undefined
  const col = dueColumn(d)
  const live = conditionWhere(d.while)
  const soon = (now: Date) => new Date(now.getTime() + 24 * 3600_000).toISOString()
  return {
    collection: slug,
    due: d.window
      ? (now) => ({ and: [...live, { [fromColumn(d)]: { less_than_equal: now.toISOString() } }, { [col]: { greater_than: now.toISOString() } }] })
      : (now) => ({ and: [...live, { [col]: { less_than_equal: soon(now) } }] }),
    overdue: d.then.flag ? () => ({ and: [...live, { [d.then.flag!]: { equals: true } }] }) : undefined,
  }
}

/** One sweep per declared deadline of the given collections, named `<slug>.<name>`. */
export function deadlineSweeps(collections: CollectionConfig[]): Sweep[] {
  return collections.flatMap((c) => {
    const spec = (c.custom as { form?: FormSpec } | undefined)?.form
    return (spec?.deadlines ?? []).map((d): Sweep => {
      const common = { name: `${c.slug}.${d.name}`, rule: d.rule, label: d.label, watch: watchOf(c.slug, d) }
      const when = d.when ?? 'frequent'
      return when === 'frequent'
        ? { ...common, when, run: async (ctx) => runDeadline(ctx, c.slug, d) }
        : { ...common, when, perSite: true, run: async (ctx) => runDeadline({ ...ctx, site: ctx.site.id }, c.slug, d) }
    })
  })
}

/** Run one declared deadline now (what the care desk's named sweeps call): how many records it acted on. */
export async function sweepDeadline(payload: Payload, slug: string, name: string, now = new Date(), req?: PayloadRequest): Promise<number> {
  const { createLocalReq } = await import('payload')
  const r = req ?? (await createLocalReq({ context: { channel: 'job' } }, payload))
  return (await runDeadline({ payload, req: r, now }, slug, declaredDeadline(payload, slug, name))).acted
}
