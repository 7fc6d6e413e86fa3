/**
 * MEMBER-01: the member's tier follows the spending of the settings' period (closed consultations),
 * unless a manual override is set (recorded: who, when, why); and what the desk sees at a glance when
 * a member is looked up or checks in — birthday today or this week, tier and gift, sessions or
 * package left, contract expiring.
 */
import type { CollectionAfterReadHook, CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'
import { addMonths, differenceInCalendarDays, parseISO } from 'date-fns'
import { dayOf, localDay } from '../../../src/lib/calendar'
import { refuse } from '../../../src/lib/errors'
import { fill, L, pick } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { langOf } from '../../../src/lib/errors'
import { siteInfo } from '../../../src/lib/site'
import { asServer } from '../../../src/lib/serverReq'
import { memberSettings } from '../member-settings'
import type { DeadlineArgs } from '../../../hooks/deadlines'
import type { Member } from '../../../src/payload-types'
import { once } from '../../../src/lib/perRequest'

export type Tier = { id: number; name: string; minSpend: number; birthdayGift?: string | null; perks?: string | null }

export async function tiersOf(payload: Payload, site: number, req?: Partial<PayloadRequest>): Promise<Tier[]> {
  const { docs } = await payload.find({ collection: 'member-tiers', where: { site: { equals: site } }, sort: '-minSpend', depth: 0, limit: 100, overrideAccess: true, req })
  return docs as unknown as Tier[]
}

/** The highest tier whose threshold the spending reaches. */
export const tierFor = (tiers: Tier[], spending: number) => [...tiers].sort((a, b) => b.minSpend - a.minSpend).find((t) => spending >= (t.minSpend ?? 0))

/** The member's closed deals over the last `months` months (read in the caller's transaction). */
export async function spendingOf(payload: Payload, member: number, site: number, months: number, now: Date, req?: Partial<PayloadRequest>): Promise<number> {
  if (!payload.collections['consultations']) return 0
  const since = addMonths(now, -months)
  const { docs } = await payload.find({
    collection: 'consultations',
    where: { and: [{ site: { equals: site } }, { member: { equals: member } }, { outcome: { equals: 'closed' } }, { at: { greater_than_equal: since.toISOString() } }, { at: { less_than_equal: now.toISOString() } }] },
    pagination: false,
    depth: 0,
    select: { amount: true },
    overrideAccess: true,
    req,
  })
  return Math.round((docs as { amount?: number }[]).reduce((n, d) => n + (d.amount ?? 0), 0) * 100) / 100
}

/** Spending and tier of a member, as the server keeps them. */
export async function tierFields(payload: Payload, doc: { id?: number | string; site?: unknown; tierOverride?: unknown }, now = new Date(), req?: Partial<PayloadRequest>): Promise<Pick<Member, 'spending' | 'tier' | 'tierSource'>> {
  const site = siteOf(doc)!
  const { tierMonths } = await memberSettings(payload, site, req)
  const spending = idOf(doc.id) ? await spendingOf(payload, idOf(doc.id)!, site, tierMonths, now, req) : 0
  const tiers = await tiersOf(payload, site, req)
  const override = idOf(doc.tierOverride)
  const tier = override ? tiers.find((t) => t.id === override) : tierFor(tiers, spending)
  return { spending, tier: tier?.id ?? null, tierSource: override ? 'override' : 'spending' }
}

export const memberBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const override = idOf(o.tierOverride)
  if (override) {
    const tiers = await tiersOf(req.payload, siteOf(o)!, req)
    if (!tiers.some((t) => t.id === override)) refuse(req, L('消費級別不存在', 'No such tier'), {}, 404)
  }
  // A manual override is recorded: who, when, why (the audit trail keeps the history).
  if (override !== idOf(originalDoc?.tierOverride) && req.context?.memberRetier !== true) {
    if (override && !String(o.overrideReason ?? '').trim()) refuse(req, L('手動調整消費級別須填寫原因', 'A manual tier needs a reason'))
    data.overrideBy = override ? (idOf(req.user?.id) ?? null) : null
    data.overrideAt = override ? new Date().toISOString() : null
    if (!override) data.overrideReason = null
  }
  Object.assign(data, await tierFields(req.payload, { ...o, id: operation === 'update' ? originalDoc.id : undefined }, new Date(), req))
  return data
}

/** MEMBER-01 the tier follows the period: a deal that leaves the period lowers it (declared daily deadline). */
export async function retier({ req, doc }: DeadlineArgs) {
  const fields = await tierFields(req.payload, doc, new Date(), req)
  if (fields.tier === (idOf(doc.tier) ?? null) && fields.spending === doc.spending) return false
  await req.payload.update({ collection: 'members', id: doc.id, data: fields, overrideAccess: true, depth: 0, req, context: { ...req.context, memberRetier: true } })
  return true
}

/** After a deal, the member's spending and tier again. */
export async function recomputeMember(clientReq: PayloadRequest, member: number | undefined) {
  if (!member) return
  const req = asServer(clientReq)
  const doc = await req.payload.findByID({ collection: 'members', id: member, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!doc) return
  const fields = await tierFields(req.payload, doc, new Date(), req)
  await req.payload.update({ collection: 'members', id: member, data: fields, overrideAccess: true, depth: 0, req, context: { ...req.context, memberRetier: true } })
}

// ------------------------------------------------------------------------------------------------
// At a glance

export type Glance = {
  birthdayToday: boolean
  /** Days until the next birthday (0 = today); `birthdayThisWeek` when 0–6. */
  birthdayInDays?: number
  birthdayThisWeek: boolean
  tier?: string
  gift?: string
  perks?: string
  packageName?: string
  sessionsLeft?: number
  contractEnds?: string
  contractDaysLeft?: number
  contractExpiring: boolean
  text: string
}

/** Days from `today` to the next `birthday` (yyyy-MM-dd of birth); 29 February is the 28th in other years. */
export function daysToBirthday(birthday: string, today: string): number {
  const [, m, d] = birthday.split('-').map(Number)
  const y = Number(today.slice(0, 4))
  const at = (year: number) => {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
    const dd = m === 2 && d === 29 && !leap ? 28 : d
    return `${year}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`
  }
  let next = at(y)
  if (next < today) next = at(y + 1)
  return differenceInCalendarDays(parseISO(next), parseISO(today))
}

const words = {
  birthdayToday: L('🎂 今天生日', '🎂 Birthday today'),
  birthdayIn: L('🎂 本週生日({n} 天後)', '🎂 Birthday this week (in {n} days)'),
  tier: L('級別:{tier}', 'Tier: {tier}'),
  gift: L('生日禮物:{gift}', 'Birthday gift: {gift}'),
  sessions: L('{package}剩餘 {n} 次', '{package}{n} sessions left'),
  expiring: L('⚠ 合約 {n} 天後到期({day})', '⚠ Contract expires in {n} days ({day})'),
  expired: L('⚠ 合約已於 {day} 到期', '⚠ Contract expired on {day}'),
}

type Ctx = { tz: string; tiers: Tier[]; warn: number }

/**
 * Read once per request and site (src/lib/perRequest.ts: on the request object — `req.context` is replaced
 * by every nested Local API call, so a promise kept there was lost for the next row — and dropped by any
 * write of the request); the rows of a page read together share one read.
 */
function glanceCtx(payload: Payload, site: number, req?: Partial<PayloadRequest>): Promise<Ctx> {
  return once(req as PayloadRequest | undefined, `memberGlance:${site}`, async () => {
    // One after the other: the queries may share the request's transaction.
    const { timeZone } = await siteInfo(payload, site, req)
    const tiers = await tiersOf(payload, site, req)
    const settings = await memberSettings(payload, site, req)
    return { tz: timeZone, tiers, warn: settings.contractWarnDays }
  })
}

export async function glanceOf(payload: Payload, doc: Record<string, any>, options: { now?: Date; lang?: string; req?: Partial<PayloadRequest> } = {}): Promise<Glance> {
  const site = siteOf(doc)
  const ctx = site ? await glanceCtx(payload, site, options.req) : { tz: 'Asia/Shanghai', tiers: [], warn: 30 }
  const today = localDay(options.now ?? new Date(), ctx.tz)
  const lang = options.lang ?? 'zh'
  const birthday = doc.birthday ? dayOf(doc.birthday, ctx.tz) : undefined
  const inDays = birthday ? daysToBirthday(birthday, today) : undefined
  const tier = ctx.tiers.find((t) => t.id === idOf(doc.tier))
  const contractEnds = doc.contractEnds ? dayOf(doc.contractEnds, ctx.tz) : undefined
  const left = contractEnds ? differenceInCalendarDays(parseISO(contractEnds), parseISO(today)) : undefined
  const g: Glance = {
    birthdayToday: inDays === 0,
    birthdayInDays: inDays,
    birthdayThisWeek: inDays != null && inDays <= 6,
    tier: tier?.name,
    gift: tier?.birthdayGift ?? undefined,
    perks: tier?.perks ?? undefined,
    packageName: doc.packageName ?? undefined,
    sessionsLeft: doc.sessionsLeft ?? undefined,
    contractEnds,
    contractDaysLeft: left,
    contractExpiring: left != null && left <= ctx.warn,
    text: '',
  }
  const t = (label: ReturnType<typeof L>, values: Record<string, unknown> = {}) => fill(pick(label, lang), values)
  const parts: string[] = []
  if (g.birthdayToday) parts.push(t(words.birthdayToday))
  else if (g.birthdayThisWeek) parts.push(t(words.birthdayIn, { n: inDays }))
  if (g.tier) parts.push(t(words.tier, { tier: g.tier }))
  if (g.birthdayThisWeek && g.gift) parts.push(t(words.gift, { gift: g.gift }))
  if (g.sessionsLeft != null) parts.push(t(words.sessions, { package: g.packageName ? `${g.packageName} ` : '', n: g.sessionsLeft }))
  if (g.contractExpiring) parts.push(left! < 0 ? t(words.expired, { day: contractEnds }) : t(words.expiring, { n: left, day: contractEnds }))
  g.text = parts.join(' · ')
  return g
}

/** The `glance` virtual field: what the desk sees when the member is looked up. */
export const memberAfterRead: CollectionAfterReadHook = async ({ doc, req, overrideAccess }) => {
  // Only for a person's read (server code reads many records and needs no glance).
  if (overrideAccess || !doc?.id || !siteOf(doc)) return doc
  doc.glance = (await glanceOf(req.payload, doc, { lang: langOf(req), req })).text
  return doc
}

