/** CARE-16: a gathering is booked at least three days ahead. */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../lib/errors'
import { L } from '../lib/i18n'
import { cnMinute, daysBetween, localDayOf } from './format'
import { idOf, siteOf } from './server'
import { siteInfo } from './site'

export const GATHERING_NOTICE_DAYS = 3

export const gatheringBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const g = { ...originalDoc, ...data }
  const { timeZone } = await siteInfo(req.payload, siteOf(g), req)
  if (operation === 'create' || (data.startsAt && data.startsAt !== originalDoc?.startsAt)) {
    const ahead = daysBetween(localDayOf(new Date(), timeZone), localDayOf(g.startsAt, timeZone))
    if (ahead < GATHERING_NOTICE_DAYS) {
      refuse(req, L('老友聚會須提前三天預約(現在只提前 {days} 天)', 'A gathering is booked at least three days ahead (this is {days} days ahead)'), { days: ahead })
    }
  }
  const elder = await req.payload.findByID({ collection: 'elders', id: idOf(g.elder)!, depth: 0, overrideAccess: true, req, disableErrors: true })
  Object.assign(data, { elderName: elder?.name ?? '', startsAtText: cnMinute(g.startsAt, timeZone), packageName: `${g.package}套餐` })
  return data
}
