/**
 * OFFICE-10 考勤登記表: the row's day is the sign-in's day in the site's zone; sign-out after sign-in on
 * the same day; nothing in the future; one row per person and day; late after the site's opening time;
 * the real time on paper is the back-entry's time (CORE-07).
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { localDay, localDateTime } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'
import { staffOnSite } from '../access-cards/hooks'

const texts = {
  noPerson: L('員工不存在', 'No such staff member'),
  future: L('簽到、簽退時間不能晚於現在', 'Sign-in and sign-out cannot be in the future'),
  order: L('簽退時間應晚於簽到時間', 'The sign-out is after the sign-in'),
  sameDay: L('簽退應與簽到在同一天', 'The sign-out is on the day of the sign-in'),
  twice: L('{name} {day} 已有考勤登記', '{name} already has an entry for {day}'),
}

export const attendanceBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site) return data
  const person = await staffOnSite(req, o.person, site)
  if (!person) refuse(req, texts.noPerson, {}, 404)
  const { timeZone, opensAt } = await siteInfo(req.payload, site, req)
  const signedIn = new Date(o.signedInAt)
  const soon = Date.now() + 60_000
  if (signedIn.getTime() > soon || (o.signedOutAt && new Date(o.signedOutAt).getTime() > soon)) refuse(req, texts.future)
  const day = localDay(signedIn, timeZone)
  if (o.signedOutAt) {
    if (new Date(o.signedOutAt) <= signedIn) refuse(req, texts.order)
    if (localDay(o.signedOutAt, timeZone) !== day) refuse(req, texts.sameDay)
  }
  const twice = await req.payload.count({
    collection: 'attendance',
    where: { and: [{ site: { equals: site } }, { person: { equals: person!.id } }, { day: { equals: day } }, ...(operation === 'update' ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    overrideAccess: true,
    req,
  })
  if (twice.totalDocs) refuse(req, texts.twice, { name: person!.name, day }, 409)
  data.day = day
  data.personName = person!.name
  data.department = idOf(person!.department) ?? null
  data.late = localDateTime(signedIn, timeZone).slice(11, 16) > opensAt
  // CORE-07: entered from the paper register, at the time written on it.
  if (operation === 'create' && !o.paperRecordedAt) data.paperRecordedAt = signedIn.toISOString()
  return data
}
