/**
 * What the desk home shows one signed-in person (issue 11, item 1; JOB-01, JOB-03, WF-01, WF-07, CARE-23).
 * Plain data, no React: the home panel (HomePanel.tsx) renders it, tests/core/home.test.ts checks it.
 *
 * - For each of the person's sites: the desks enabled there (`sites.modules` holds desk slugs), today's
 *   routine, the due and overdue records of those desks' deadlines as readable sentences, each with
 *   the `where` of exactly those records and the link to the list filtered by it, and the desks' quick actions.
 * - For the person: messages unread and to confirm, and the forms waiting for their decision.
 * - For a manager (a position the site's daily digest goes to, or an administrator): the day's figures
 *   and what is late. For an approver (a position of an approval chain, or anything waiting): the inbox first.
 *
 * Counts are taken with the person's own access, so a count is what the linked list shows.
 */
import type { Payload, Where } from 'payload'
import { stringify } from 'qs-esm'
import { sweeps } from '../../../jobs/sweeps'
import { statistics } from '../../../jobs/digest/statistics'
import { defaultRecipients, KIND as DIGEST } from '../../../jobs/digest/daily'
import { declaredDeadline, deadlineSentence } from '../../../hooks/deadlines'
import type { FormSpec } from '../../../hooks/form/types'
import { chainPositions, departmentsHeadedBy, stepOf } from '../../../hooks/approval/approvers'
import { desksOf, type Desk, type TodayBlock } from '../../../collections/desk'
import { isAdmin } from '../../lib/roles'
import { idOf } from '../../lib/hooks'
import { SiteCalendar } from '../../lib/calendar'
import { L, type Label } from '../../lib/i18n'
import { waitingFor, type Waiting } from '../workflow/data'

export type HomeUser = { id: number; roles?: string[] | null; language?: string | null; positions?: unknown[] | null; sites?: { site: unknown }[] | null }

export type DueItem = {
  /** `<collection>.<deadline>:due|overdue` */
  key: string
  rule: string
  collection: string
  kind: 'due' | 'overdue'
  count: number
  /** The readable sentence, `{n}` filled by the panel. */
  sentence: Label
  /** Exactly the records counted (the site included). */
  where: Where
  /** The list filtered by `where`. */
  href: string
}

export type QuickLink = { label: Label; href: string }

export type RoutineRow = { id: number; from: string; to: string; title: string; status: string; done: boolean }

export type SiteHome = {
  id: number
  name: string
  day: string
  working: boolean
  holiday?: string
  missingYears: number[]
  desks: { slug: string; label: Label }[]
  routine: RoutineRow[]
  due: DueItem[]
  quickActions: QuickLink[]
  /** The desks' own view of the day (today's birthdays, the morning's targets …). */
  today: TodayBlock[]
  /** The day's figures (managers only). */
  figures?: { key: string; label: Label; value: number }[]
  statisticsHref: string
}

export type HomeSection = 'inbox' | 'figures' | 'late' | 'today' | 'routine' | 'messages' | 'due'

export type Home = {
  roles: { desk: boolean; manager: boolean; approver: boolean }
  /** The sections in the order this person sees them. */
  order: HomeSection[]
  messages: { unread: number; toConfirm: number; unreadHref: string; toConfirmHref: string; latest: { id: number; title: string; state: string; href: string }[] }
  waiting: Waiting[]
  inboxHref: string
  sites: SiteHome[]
}

export const homeWords = {
  unread: L('{n} 條消息未讀', '{n} unread messages'),
  toConfirm: L('{n} 條消息已讀待確認', '{n} messages read, waiting for your confirmation'),
}

/** Nested `and`s as one list of conditions (`or`s kept as they are). */
const conditionsOf = (where: Where): Where[] =>
  Array.isArray(where.and) && Object.keys(where).length === 1 ? (where.and as Where[]).flatMap(conditionsOf) : [where]

/**
 * The admin list of `collection` filtered by `where` (Payload reads `where` from the query string), in
 * the list's own filter form (`or` of one `and` of single conditions) so its filter bar shows them too.
 */
export const listHref = (admin: string, collection: string, where: Where, extra: Record<string, string> = {}) =>
  `${admin}/collections/${collection}?${stringify({ ...extra, where: { or: [{ and: conditionsOf(where) }] } }, { encode: true })}`

type SiteRow = { id: number; name: string; timeZone?: string; modules?: string[] | null }

/** The person's sites (administrators: every site) with their enabled modules. */
export async function sitesWithModules(payload: Payload, user: HomeUser): Promise<SiteRow[]> {
  const ids = (user.sites ?? []).map((s) => idOf(s.site)).filter((id): id is number => id != null)
  if (!isAdmin(user) && !ids.length) return []
  const { docs } = await payload.find({ collection: 'sites', where: isAdmin(user) ? {} : { id: { in: ids } }, pagination: false, depth: 0, sort: 'id', overrideAccess: true })
  return docs.map((s) => ({ id: s.id as number, name: String(s.name), timeZone: String(s.timeZone || 'Asia/Shanghai'), modules: (s.modules as string[] | null) ?? [] }))
}

/** The desks enabled at a site (its `modules`). */
export const desksAt = (payload: Payload, site: Pick<SiteRow, 'modules'>): Desk[] => desksOf(payload).filter((d) => (site.modules ?? []).includes(d.slug))

/** Whether a collection is one of any desk's forms (a shared one, like call tasks, belongs to every desk). */
const deskOfCollection = (payload: Payload, slug: string) => desksOf(payload).find((d) => d.forms.some((f) => f.slug === slug))

const asStaff = (user: HomeUser) => ({ ...user, collection: 'staff' }) as never

async function positionSlugsOf(payload: Payload, user: HomeUser): Promise<string[]> {
  const ids = (user.positions ?? []).map(idOf).filter((id) => id != null)
  if (!ids.length) return []
  const { docs } = await payload.find({ collection: 'positions', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true })
  return docs.map((p) => String(p.slug))
}

/** The position slugs the site's daily digest goes to (its settings, else the defaults). */
async function digestPositions(payload: Payload, site: number): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'digest-settings', where: { site: { equals: site }, kind: { equals: DIGEST } }, depth: 1, limit: 1, overrideAccess: true })
  const row = docs[0] as { to?: unknown[]; cc?: unknown[]; active?: boolean } | undefined
  if (!row) return [...defaultRecipients.to, ...defaultRecipients.cc]
  return [...(row.to ?? []), ...(row.cc ?? [])].map((p) => (typeof p === 'object' && p ? String((p as { slug?: string }).slug) : '')).filter(Boolean)
}

/** The approval chains of the forms a person can meet: the shared ones and those of the desks enabled at their sites. */
const chainsMet = (payload: Payload, enabled: Desk[]) =>
  payload.config.collections
    .filter((c) => !deskOfCollection(payload, c.slug) || enabled.some((d) => d.forms.some((f) => f.slug === c.slug)))
    .flatMap((c) => {
      const approval = (c.custom as { form?: FormSpec } | undefined)?.form?.approval
      return approval ? [approval] : []
    })

/**
 * Whether a person signs forms at all (the inbox comes first): something waits for them (`waitingFor`,
 * the engine's own rule), they hold a position of a chain they can meet, or they head a department of
 * their sites and such a chain has a department's step (OFFICE-10, hooks/approval/approvers.ts).
 */
async function signsForms(payload: Payload, user: HomeUser, mine: string[], enabled: Desk[], waiting: Waiting[]): Promise<boolean> {
  if (waiting.length) return true
  const chains = chainsMet(payload, enabled)
  if (chains.some((c) => chainPositions(c).some((p) => mine.includes(p)))) return true
  if (!chains.some((c) => c.chain.some((step) => stepOf(step)))) return false
  return (await departmentsHeadedBy({ payload }, user.id, (user.sites ?? []).map((s) => s.site))).length > 0
}

/** The due and overdue records of the deadlines (and other watched sweeps) of the desks enabled at a site. */
export async function dueAt(payload: Payload, user: HomeUser, site: SiteRow, now: Date): Promise<DueItem[]> {
  const admin = payload.config.routes.admin
  const enabled = new Set(desksAt(payload, site).map((d) => d.slug))
  const items: DueItem[] = []
  for (const sweep of sweeps) {
    const watch = sweep.watch
    if (!watch || !payload.collections[watch.collection as never]) continue
    const desk = deskOfCollection(payload, watch.collection)
    if (desk && !enabled.has(desk.slug)) continue
    const [slug, name] = sweep.name.split('.')
    const declared = slug === watch.collection && name ? (() => { try { return declaredDeadline(payload, slug, name) } catch { return undefined } })() : undefined
    for (const kind of ['overdue', 'due'] as const) {
      const condition = kind === 'due' ? watch.due?.(now) : watch.overdue?.(now)
      if (!condition) continue
      const where: Where = { and: [{ site: { equals: site.id } }, condition] }
      let count = 0
      try {
        count = (await payload.count({ collection: watch.collection as never, where, overrideAccess: false, user: asStaff(user) })).totalDocs
      } catch {
        continue // not readable by this person
      }
      if (!count) continue
      items.push({
        key: `${sweep.name}:${kind}`,
        rule: sweep.rule,
        collection: watch.collection,
        kind,
        count,
        sentence: deadlineSentence(sweep.label, kind, declared?.sentence),
        where,
        href: listHref(admin, watch.collection, where),
      })
    }
  }
  return items
}

/** The routine items of a site's day (JOB-03). */
async function routineOf(payload: Payload, site: number, day: string): Promise<RoutineRow[]> {
  const { docs } = await payload.find({ collection: 'routine-checks', where: { site: { equals: site }, day: { equals: day } }, sort: 'windowStart', pagination: false, depth: 0, overrideAccess: true })
  return docs.map((c) => ({ id: c.id as number, from: String(c.from ?? ''), to: String(c.to ?? ''), title: String(c.title ?? ''), status: String(c.status ?? 'pending'), done: Boolean(c.done) }))
}

const quickLinks = (admin: string, desks: Desk[]): QuickLink[] =>
  desks.flatMap((d) =>
    (d.quickActions ?? []).map((a) => {
      const query = a.query && Object.keys(a.query).length ? `?${new URLSearchParams(a.query)}` : ''
      return { label: a.label, href: a.collection ? `${admin}/collections/${a.collection}/create${query}` : `${admin}${a.path ?? ''}${query}` }
    }),
  )

/** Everything the home shows `user` at `now`. */
export async function homeFor(payload: Payload, user: HomeUser, now = new Date(), lang = user.language ?? 'zh'): Promise<Home> {
  const admin = payload.config.routes.admin
  const sites = await sitesWithModules(payload, user)
  const mine = await positionSlugsOf(payload, user)
  const waiting = await waitingFor(payload, user as never, 50, false)
  const approver = await signsForms(payload, user, mine, sites.flatMap((s) => desksAt(payload, s)), waiting)
  let manager = isAdmin(user)
  if (!manager) for (const site of sites) if ((await digestPositions(payload, site.id)).some((p) => mine.includes(p))) manager = true
  const desk = sites.some((s) => desksAt(payload, s).length > 0)

  const receipts = async (state: string) =>
    payload.find({ collection: 'message-receipts', where: { and: [{ recipient: { equals: user.id } }, { state: { equals: state } }] }, sort: '-createdAt', depth: 0, limit: 5, overrideAccess: false, user: asStaff(user) })
  const [unread, read] = await Promise.all([receipts('unread'), receipts('read')])
  const receiptWhere = (state: string): Where => ({ and: [{ recipient: { equals: user.id } }, { state: { equals: state } }] })
  const messages = {
    unread: unread.totalDocs,
    toConfirm: read.totalDocs,
    unreadHref: listHref(admin, 'message-receipts', receiptWhere('unread'), { sort: '-createdAt' }),
    toConfirmHref: listHref(admin, 'message-receipts', receiptWhere('read'), { sort: '-createdAt' }),
    latest: [...unread.docs, ...read.docs].slice(0, 5).map((r) => ({ id: r.id as number, title: String(r.title ?? ''), state: String(r.state), href: `${admin}/collections/message-receipts/${r.id}` })),
  }

  const siteHomes: SiteHome[] = []
  for (const site of sites) {
    const calendar = new SiteCalendar(payload, site.id, site.timeZone ?? 'Asia/Shanghai')
    const day = calendar.today(now)
    const info = await calendar.day(day)
    const year = Number(day.slice(0, 4))
    const desks = desksAt(payload, site)
    const home: SiteHome = {
      id: site.id,
      name: site.name,
      day,
      working: info.working,
      holiday: info.name ?? undefined,
      missingYears: await calendar.missingYears([year, year + 1]),
      desks: desks.map((d) => ({ slug: d.slug, label: d.label })),
      routine: await routineOf(payload, site.id, day),
      due: await dueAt(payload, user, site, now),
      quickActions: quickLinks(admin, desks),
      today: (await Promise.all(desks.map((d) => d.today?.(payload, { id: site.id, timeZone: site.timeZone ?? 'Asia/Shanghai' }, { lang, admin, now }) ?? []))).flat(),
      statisticsHref: `${admin}/statistics?site=${site.id}`,
    }
    if (manager) {
      const stats = await statistics(payload, site.id, day, day)
      home.figures = stats.metrics.map((m) => ({ key: m.key, label: m.label, value: stats.totals[m.key] ?? 0 }))
    }
    siteHomes.push(home)
  }

  const order: HomeSection[] = manager ? ['figures', 'late', 'messages', 'inbox', 'today', 'routine', 'due'] : ['today', 'routine', 'messages', 'inbox', 'due']
  if (approver) order.splice(order.indexOf('inbox'), 1), order.unshift('inbox')
  return { roles: { desk, manager, approver }, order, messages, waiting, inboxHref: `${admin}/approvals`, sites: siteHomes }
}
