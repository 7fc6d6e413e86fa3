/** Small makers for the member desk's tests (a club site from useWorld). */
import type { Payload } from 'payload'
import { localDay, shiftDay, SiteCalendar } from '../../src/lib/calendar'

export const TZ = 'Asia/Shanghai'
export const today = () => localDay(new Date(), TZ)
export const dayFrom = (n: number) => shiftDay(today(), n)
/** The instant of a Shanghai wall-clock time on a day. */
export const at = (payload: Payload, site: number, day: string, hhmm: string) => new SiteCalendar(payload, site, TZ).at(day, hhmm)

export async function makeTiers(payload: Payload, site: number) {
  const rows = [['普卡', 0, '护手霜一支'], ['银卡', 3000, '面膜礼盒'], ['金卡', 8000, '精油护理一次']] as const
  const ids: Record<string, number> = {}
  for (const [i, [name, minSpend, birthdayGift]] of rows.entries()) {
    ids[name] = ((await payload.create({ collection: 'member-tiers', data: { name, minSpend, birthdayGift, order: i, site } })) as { id: number }).id
  }
  return ids
}

export async function makeMember(payload: Payload, site: number, data: Record<string, unknown> = {}) {
  return (await payload.create({ collection: 'members', data: { name: '陈丽华', phone: '138 2000 0001', site, ...data } })) as unknown as Record<string, any> & { id: number }
}

export async function makeReason(payload: Payload, site: number, name = '价格超出预算') {
  return ((await payload.create({ collection: 'lost-reasons', data: { name, site } })) as { id: number }).id
}

/** A birthday `inDays` days from today, in a past year. */
export const birthdayIn = (inDays: number, year = 1985) => `${year}${dayFrom(inDays).slice(4)}`
