/** CARE-16: a gathering is booked at least three days ahead. */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../lib/errors'
import { L } from '../lib/i18n'
import { localDay, tryDay } from '../lib/calendar'
import { cnMinute, daysBetween } from './format'
import { mustBeOnSite } from './related'
import { idOf, siteOf } from './server'
import { siteInfo } from './site'

export const GATHERING_NOTICE_DAYS = 3

export const gatheringBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const g = { ...originalDoc, ...data }
  const { timeZone } = await siteInfo(req.payload, siteOf(g), req)
  const startsOn = tryDay(g.startsAt, timeZone)
  if (startsOn && (operation === 'create' || (data.startsAt && data.startsAt !== originalDoc?.startsAt))) {
    const ahead = daysBetween(localDay(new Date(), timeZone), startsOn)
    if (ahead < GATHERING_NOTICE_DAYS) {
      refuse(req, L('老友聚會須提前三天預約(現在只提前 {days} 天)', 'A gathering is booked at least three days ahead (this is {days} days ahead)'), { days: ahead })
    }
  }
  // Only this site's elder: another site's reads as missing, and its name is never copied here.
  const elder = idOf(g.elder) == null ? null : await mustBeOnSite(req, 'elders', g.elder, siteOf(g), L('老人不存在', 'No such elder'))
  Object.assign(data, { elderName: elder?.name ?? '', startsAtText: startsOn ? cnMinute(g.startsAt, timeZone) : '', packageName: `${g.package}套餐` })
  return data
}
