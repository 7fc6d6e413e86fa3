/**
 * MEMBER-01: the member's tier follows the spending of the settings' period (closed consultations),
 * unless a manual override is set (recorded: who, when, why); and what the desk sees at a glance when
 * a member is looked up or checks in — birthday today or this week, tier and gift, sessions or
 * package left, contract expiring.
 */
import type { CollectionAfterReadHook, CollectionBeforeChangeHook, Payload, PayloadRequest, Where } from 'payload'
import { addMonths, differenceInCalendarDays, parseISO } from 'date-fns'
import { dayOf, localDay } from '../../../src/lib/calendar'
import { refuse } from '../../../src/lib/errors'
import { fill, L, pick } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { langOf } from '../../../src/lib/errors'
import { siteInfo } from '../../../src/lib/site'
import { asServer } from '../../../src/lib/serverReq'
import { memberSettings } from '../member-settings'
import type { DeadlineBatchArgs } from '../../../hooks/deadlines'
import { writeMany } from '../../../hooks/lifecycle/batch'
import { recordAudits, updateEntries } from '../../../hooks/audit'
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
  return (await spendingOfMany(payload, [{ id: member, site }], () => months, now, req)).get(member) ?? 0
}

/** The closed deals of each member of `members` over their site's period (`monthsOf`) up to `now`, summed (one read). */
async function spendingOfMany(payload: Payload, members: { id: number | string; site?: unknown }[], monthsOf: (site: number) => number, now: Date, req?: Partial<PayloadRequest>): Promise<Map<number, number>> {
  const sum = new Map<number, number>()
  if (!payload.collections['consultations'] || !members.length) return sum
  const bySite = new Map<number, number[]>()
  for (const m of members) bySite.set(siteOf(m)!, [...(bySite.get(siteOf(m)!) ?? []), Number(m.id)])
  const periods = [...bySite].map(([site, ids]): Where => ({
    and: [{ site: { equals: site } }, { member: { in: ids } }, { at: { greater_than_equal: addMonths(now, -monthsOf(site)).toISOString() } }] as Where[],
  }))
  const { docs: deals } = await payload.find({
    collection: 'consultations',
    where: { and: [{ outcome: { equals: 'closed' } }, { at: { less_than_equal: now.toISOString() } }, periods.length === 1 ? periods[0] : { or: periods }] },
    pagination: false,
    depth: 0,
    select: { member: true, amount: true },
    overrideAccess: true,
    req,
  })
  for (const deal of deals as { member?: unknown; amount?: number }[]) {
    const member = idOf(deal.member)!
    sum.set(member, (sum.get(member) ?? 0) + (deal.amount ?? 0))
  }
  for (const [member, total] of sum) sum.set(member, Math.round(total * 100) / 100)
  return sum
}

type TierFields = Pick<Member, 'spending' | 'tier' | 'tierSource'>

/** The tier a member's spending (or a manual override) gives, among the site's tiers. */
const tierOf = (tiers: Tier[], spending: number, tierOverride: unknown): TierFields => {
  const override = idOf(tierOverride)
  const tier = override ? tiers.find((t) => t.id === override) : tierFor(tiers, spending)
  return { spending, tier: tier?.id ?? null, tierSource: override ? 'override' : 'spending' }
}

/** Spending and tier of a member, as the server keeps them. */
export async function tierFields(payload: Payload, doc: { id?: number | string; site?: unknown; tierOverride?: unknown }, now = new Date(), req?: Partial<PayloadRequest>): Promise<TierFields> {
  const site = siteOf(doc)!
  const { tierMonths } = await memberSettings(payload, site, req)
  const spending = idOf(doc.id) ? await spendingOf(payload, idOf(doc.id)!, site, tierMonths, now, req) : 0
  return tierOf(await tiersOf(payload, site, req), spending, doc.tierOverride)
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

/**
 * MEMBER-01 the tier follows the period: a deal that leaves the period lowers it. The daily recount
 * (the `retier` deadline), set-wise: each site's period and tiers read once, the
 * batch's closed deals of their periods in one statement, and the members whose spending or tier
 * changed written in one UPDATE with their audit rows in one INSERT — the fields a member's update
 * through Payload derives (`memberBeforeChange`: `tierFields` as of now) and the rows it writes.
 */
export async function retier({ req, docs }: DeadlineBatchArgs): Promise<boolean[]> {
  const now = new Date()
  const sites = new Map<number, { months: number; tiers: Tier[] }>()
  for (const site of new Set(docs.map((doc) => siteOf(doc)!))) {
    sites.set(site, { months: (await memberSettings(req.payload, site, req)).tierMonths, tiers: await tiersOf(req.payload, site, req) })
  }
  const spent = await spendingOfMany(req.payload, docs, (site) => sites.get(site)!.months, now, req)
  const fields = docs.map((doc) => tierOf(sites.get(siteOf(doc)!)!.tiers, spent.get(Number(doc.id)) ?? 0, doc.tierOverride))
  const changed = docs.flatMap((doc, i) => (fields[i].tier === (idOf(doc.tier) ?? null) && fields[i].spending === doc.spending ? [] : [i]))
  if (changed.length) {
    const server = asServer(req)
    const previous = changed.map((i) => docs[i])
    const written = await writeMany(server, 'members', previous, changed.map((i) => fields[i]))
    if (!written) throw new Error('members: the recounted tiers could not be written set-wise')
    await recordAudits(server, updateEntries('members', written.map((doc, n) => ({ previous: previous[n], doc }))))
  }
  const acted = new Set(changed)
  return docs.map((_, i) => acted.has(i))
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

