/**
 * MEMBER-02 appointments: booked → arrived (kept) | no-show | cancelled; the customer is reminded by
 * SMS the day before (a declared deadline; the text goes to the `sms` outbox, sent by the SMS
 * provider when one is configured).
 */
import type { CollectionAfterReadHook, CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'
import { localDateTime, localDay } from '../../../src/lib/calendar'
import { langOf, refuse } from '../../../src/lib/errors'
import { fill, L, pick } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { siteInfo, sitesInfo } from '../../../src/lib/site'
import { perPage } from '../../../src/lib/perPage'
import { mustBeOnSite, validId } from '../../../hooks/onSite'
import type { DeadlineBatchArgs } from '../../../hooks/deadlines'
import { queueTexts } from '../../../hooks/notify/outbox'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { glanceOf } from '../members/hooks'

export const appointmentLifecycle: LifecycleSpec = {
  states: {
    booked: { label: L('已預約', 'Booked'), color: '#2563eb' },
    arrived: { label: L('已到店', 'Arrived'), color: '#16a34a' },
    'no-show': { label: L('未到店(爽約)', 'No-show'), color: '#dc2626' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#6b7280' },
  },
  transitions: [
    { from: 'booked', to: 'arrived', label: L('到店簽到', 'Check in'), by: 'staff', tone: 'primary', set: () => ({ arrivedAt: new Date().toISOString() }) },
    {
      from: 'booked',
      to: 'no-show',
      label: L('登記爽約', 'Record a no-show'),
      by: 'staff',
      guard: ({ req, doc }) => {
        if (new Date(doc.startAt) > new Date()) refuse(req, L('預約時間未到,不能登記爽約', 'The appointment has not started yet: it cannot be a no-show'), {}, 409)
      },
    },
    { from: 'booked', to: 'cancelled', label: L('取消預約', 'Cancel'), by: 'staff', note: 'required' },
  ],
}

export const appointmentBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site) return data
  const member = await mustBeOnSite<{ name: string; phone?: string }>(req, 'members', o.member, site, L('會員不存在', 'No such member'))
  const { timeZone } = await siteInfo(req.payload, site, req)
  Object.assign(data, { memberName: member!.name, memberPhone: member!.phone ?? null, dayKey: localDay(new Date(o.startAt), timeZone) })
  // A new time is a new reminder.
  if (operation === 'update' && data.startAt && new Date(data.startAt).getTime() !== new Date(originalDoc.startAt).getTime()) data.reminded = false
  return data
}

type Member = Record<string, any> & { id: number; site?: unknown }

/**
 * The member `id` of the row's `site`, as the server reads it (the desk's glance needs the member's
 * tier and contract whatever the person may read), and only on that site: another site's member is
 * not read at all (the query asks for it on the row's site), and answers like a missing one. The rows
 * of a list ask together: their members are read in one statement for the page (src/lib/perPage.ts).
 */
function memberOnSite(req: PayloadRequest, id: number, site: number): Promise<Member | undefined> {
  return perPage(req, 'appointments.member', `${site}:${id}`, async (keys: string[]) => {
    const wanted = new Map<number, number[]>()
    for (const [s, m] of keys.map((k) => k.split(':').map(Number))) wanted.set(s, [...(wanted.get(s) ?? []), m])
    const bySite: Where[] = [...wanted].map(([s, ids]): Where => ({ and: [{ site: { equals: s } }, { id: { in: ids } }] }))
    const { docs } = await req.payload.find({
      collection: 'members',
      where: bySite.length === 1 ? bySite[0] : { or: bySite },
      depth: 0,
      limit: keys.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return new Map((docs as unknown as Member[]).map((m) => [`${siteOf(m)}:${m.id}`, m]))
  })
}

/** The member's glance line on the appointment (what the desk sees at check-in). */
export const appointmentAfterRead: CollectionAfterReadHook = async ({ doc, req, overrideAccess }) => {
  const member = validId(doc?.member)
  const site = siteOf(doc)
  if (overrideAccess || !member || !site) return doc
  const m = await memberOnSite(req, member, site)
  if (m) doc.memberGlance = (await glanceOf(req.payload, m, { lang: langOf(req), req })).text
  return doc
}

const reminderText = L(
  '【{site}】{name}您好,提醒您明天({time})的預約:{service},期待您的光臨!{change}',
  '[{site}] Dear {name}, a reminder of your appointment tomorrow ({time}): {service}. We look forward to seeing you! {change}',
)
const changeText = L('如需改期請致電 {phone}。', 'To change it, call {phone}.')

/**
 * The day-before reminders (the `remind` deadline), set-wise: a text in the SMS outbox for each booked
 * appointment still ahead whose member has a mobile, in the member's language, the sites and members
 * of the batch read once. The others are not reminded (not flagged).
 */
export async function remindCustomers({ req, docs, now }: DeadlineBatchArgs): Promise<boolean[]> {
  const due = docs.filter((doc) => doc.memberPhone && new Date(doc.startAt) > now)
  const texted = new Set(due)
  if (!due.length) return docs.map(() => false)
  const sites = await sitesInfo(req.payload, due.map(siteOf), req)
  const memberIds = [...new Set(due.map((doc) => idOf(doc.member)!))]
  const { docs: members } = await req.payload.find({ collection: 'members', where: { id: { in: memberIds } }, select: { language: true }, depth: 0, limit: memberIds.length, pagination: false, overrideAccess: true, req })
  const languageOf = new Map(members.map((m) => [m.id, (m as { language?: string }).language ?? 'zh']))
  await queueTexts(
    req,
    due.map((doc) => {
      const site = sites.get(siteOf(doc))!
      const lang = languageOf.get(idOf(doc.member)!) ?? 'zh'
      const change = site.deskPhone ? fill(pick(changeText, lang), { phone: site.deskPhone }) : ''
      const text = fill(pick(reminderText, lang), { site: site.name, name: doc.memberName, time: localDateTime(doc.startAt, site.timeZone), service: doc.service || '—', change }).trim()
      return { site: site.id, to: doc.memberPhone, text, kind: 'notice' }
    }),
  )
  return docs.map((doc) => texted.has(doc))
}
