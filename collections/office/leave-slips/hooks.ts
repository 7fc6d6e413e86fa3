/**
 * OFFICE-10 請假條: the applicant is staff of the site; from not after to, at most 366 days; working days
 * counted on the site's calendar. The slip records the applicant's department (of this site): the
 * approval chain's first step goes to that department's head (hooks/approval/approvers.ts).
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { SiteCalendar, dayOf, shiftDay } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'
import { staffOnSite } from '../access-cards/hooks'
import { onSite } from '../../../hooks/onSite'

const texts = {
  noPerson: L('員工不存在', 'No such staff member'),
  order: L('結束日期不能早於開始日期', 'The leave cannot end before it starts'),
  tooLong: L('一張請假條最長 366 天', 'One slip covers at most 366 days'),
  person: L('請假人不能更改', 'The employee of a slip cannot change'),
}

export const slipBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  // A step of the approval chain writes only its own state: the slip keeps what it was submitted with
  // (its department, whose head signs, even if the employee moves or leaves meanwhile) — except a
  // resubmission (a returned or withdrawn slip going round again from the first step): it goes to the
  // head of the department the employee is in now.
  if (operation === 'update' && req.context?.approvalTransition) {
    const resubmitted = data.approvalStatus === 'pending' && Number(data.approvalStep) === 0 && originalDoc?.approvalStatus !== 'pending'
    if (!resubmitted) return data
    const site = siteOf(originalDoc)
    const person = site ? await staffOnSite(req, originalDoc?.person, site) : null
    data.department = person ? ((await onSite(req, 'departments', person.department, site))?.id ?? null) : null
    return data
  }
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site) return data
  if (operation === 'update' && data.person !== undefined && idOf(data.person) !== idOf(originalDoc?.person)) refuse(req, texts.person, {}, 409)
  const person = await staffOnSite(req, o.person, site)
  if (!person) refuse(req, texts.noPerson, {}, 404)
  const { timeZone } = await siteInfo(req.payload, site, req)
  const from = dayOf(o.fromDay, timeZone)
  const to = dayOf(o.toDay, timeZone)
  if (to < from) refuse(req, texts.order)
  if (shiftDay(from, 366) <= to) refuse(req, texts.tooLong)
  const calendar = new SiteCalendar(req.payload, site, timeZone)
  let days = 0
  for (let day = from; day <= to; day = shiftDay(day, 1)) if (await calendar.isWorkingDay(day)) days++
  data.days = days
  data.personName = person!.name
  // The employee's department at this site (its head signs first); one of another site is none here.
  data.department = (await onSite(req, 'departments', person!.department, site))?.id ?? null
  return data
}
