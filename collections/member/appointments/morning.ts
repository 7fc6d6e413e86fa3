/**
 * MEMBER-02 / MEMBER-03 the morning list (09:30 檢查顧客的近況): per staff member today's and
 * tomorrow's appointments against the day's target, the files of today's expected customers, and
 * today's birthdays with the gift for the customer's tier (and whether it was given this year).
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { dayOf, localDay, shiftDay } from '../../../src/lib/calendar'
import { langOf } from '../../../src/lib/errors'
import { idOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'
import { isDayString } from '../../../hooks/ids'
import { queryParam, siteParam } from '../access'
import { daysToBirthday, glanceOf, tiersOf, type Glance } from '../members/hooks'

type Row = Record<string, any>

export type StaffDay = { id: number; name: string; target: number | null; kept: number; booked: number; noShow: number; appointments: { id: number; startAt: string; memberName: string; member: number; service?: string; status: string }[] }

/** Each staff member's appointments of the day with the day's target (staff with a target but no appointment too). */
export async function dayBoard(payload: Payload, site: number, day: string, req?: Partial<PayloadRequest>): Promise<StaffDay[]> {
  // One after the other: the queries may share the request's transaction.
  const appts = await payload.find({ collection: 'appointments', where: { and: [{ site: { equals: site } }, { dayKey: { equals: day } }] }, sort: 'startAt', pagination: false, depth: 0, overrideAccess: true, req })
  const targets = await payload.find({ collection: 'daily-targets', where: { and: [{ site: { equals: site } }, { dayKey: { equals: day } }] }, pagination: false, depth: 0, overrideAccess: true, req })
  const board = new Map<number, StaffDay>()
  const of = (id: number) => {
    let s = board.get(id)
    if (!s) board.set(id, (s = { id, name: '', target: null, kept: 0, booked: 0, noShow: 0, appointments: [] }))
    return s
  }
  for (const t of targets.docs as Row[]) of(idOf(t.staff)!).target = t.target ?? 0
  for (const a of appts.docs as Row[]) {
    if (a.status === 'cancelled') continue
    const s = of(idOf(a.staff)!)
    s.booked++
    if (a.status === 'arrived') s.kept++
    if (a.status === 'no-show') s.noShow++
    s.appointments.push({ id: a.id, startAt: a.startAt, memberName: a.memberName, member: idOf(a.member)!, service: a.service ?? undefined, status: a.status })
  }
  if (board.size) {
    const { docs } = await payload.find({ collection: 'staff', where: { id: { in: [...board.keys()] } }, pagination: false, depth: 0, overrideAccess: true, req, select: { name: true } })
    for (const s of docs as Row[]) board.get(s.id)!.name = s.name
  }
  return [...board.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}

export type Birthday = { member: number; name: string; phone?: string; tier?: string; gift?: string; given: boolean; inDays: number }

/** Members whose birthday falls within `days` days from `day` (0 = only that day), with their tier's gift. */
export async function birthdays(payload: Payload, site: number, day: string, days = 0, req?: Partial<PayloadRequest>): Promise<Birthday[]> {
  const { timeZone } = await siteInfo(payload, site, req)
  const { docs } = await payload.find({
    collection: 'members',
    where: { and: [{ site: { equals: site } }, { birthday: { exists: true } }] },
    pagination: false, depth: 0, overrideAccess: true, req,
    select: { name: true, phone: true, birthday: true, tier: true, site: true },
  })
  const tiers = await tiersOf(payload, site, req)
  const list = (docs as Row[])
    .map((m) => ({ m, inDays: daysToBirthday(dayOf(m.birthday, timeZone), day) }))
    .filter((x) => x.inDays <= days)
  if (!list.length) return []
  const year = Number(day.slice(0, 4))
  const given = await payload.find({
    collection: 'birthday-gifts',
    where: { and: [{ site: { equals: site } }, { year: { equals: year } }, { member: { in: list.map((x) => x.m.id) } }] },
    pagination: false, depth: 0, overrideAccess: true, req,
  })
  const givenTo = new Set((given.docs as Row[]).map((g) => idOf(g.member)))
  return list
    .sort((a, b) => a.inDays - b.inDays)
    .map(({ m, inDays }) => {
      const tier = tiers.find((t) => t.id === idOf(m.tier))
      return { member: m.id, name: m.name, phone: m.phone ?? undefined, tier: tier?.name, gift: tier?.birthdayGift ?? undefined, given: givenTo.has(m.id), inDays }
    })
}

export type Morning = {
  site: number
  day: string
  tomorrow: string
  today: StaffDay[]
  tomorrowBoard: StaffDay[]
  files: ({ id: number; name: string; phone?: string; notes?: string; time: string; staff: string } & Glance)[]
  birthdays: Birthday[]
  weekBirthdays: Birthday[]
}

export async function morningList(payload: Payload, site: number, day?: string, options: { lang?: string; req?: Partial<PayloadRequest> } = {}): Promise<Morning> {
  const { req } = options
  const { timeZone } = await siteInfo(payload, site, req)
  const today = day ?? localDay(new Date(), timeZone)
  const tomorrow = shiftDay(today, 1)
  const board = await dayBoard(payload, site, today, req)
  const next = await dayBoard(payload, site, tomorrow, req)
  const bdays = await birthdays(payload, site, today, 0, req)
  const week = await birthdays(payload, site, today, 6, req)
  // Today's expected customers' files, in order of their time.
  const expected = board.flatMap((s) => s.appointments.filter((a) => a.status === 'booked' || a.status === 'arrived').map((a) => ({ ...a, staff: s.name }))).sort((a, b) => a.startAt.localeCompare(b.startAt))
  const members = expected.length
    ? ((await payload.find({ collection: 'members', where: { id: { in: [...new Set(expected.map((a) => a.member))] } }, pagination: false, depth: 0, overrideAccess: true, req })).docs as Row[])
    : []
  const files = []
  for (const a of expected) {
    const m = members.find((x) => x.id === a.member)
    if (!m) continue
    const g = await glanceOf(payload, m, { lang: options.lang, req })
    files.push({ id: m.id, name: m.name, phone: m.phone ?? undefined, notes: m.notes ?? undefined, time: localDayTime(a.startAt, timeZone), staff: a.staff, ...g })
  }
  return { site, day: today, tomorrow, today: board, tomorrowBoard: next, files, birthdays: bdays, weekBirthdays: week }
}

const localDayTime = (at: string, tz: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at))

/** GET /api/appointments/morning?site=&day= */
export const morningEndpoint: Endpoint = {
  path: '/morning',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const site = siteParam(req)
    const day = queryParam(req, 'day')
    return Response.json(await morningList(req.payload, site, day && isDayString(day) ? day : undefined, { lang: langOf(req), req }))
  },
}
