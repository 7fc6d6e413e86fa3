/** CARE-15 discharge: notice, fee sheet, and the bed freed on the day. */
import type { CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { dayOf, localDay, tryDay } from '../../../src/lib/calendar'
import { freeBed, updateElder } from '../beds/hooks'
import { daysBetween, money2 } from '../../../src/lib/format'
import { mustBeOnSite } from '../../../hooks/onSite'
import { asServer } from '../../../src/lib/serverReq'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'
import type { DeadlineArgs } from '../../../hooks/deadlines'

export const NOTICE_DAYS = 3

export const dischargeBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const d = { ...originalDoc, ...data }
  const { timeZone } = await siteInfo(req.payload, siteOf(d), req)
  const dischargeDay = tryDay(d.dischargeDate, timeZone, 'day') ?? ''
  const noticeDay = tryDay(d.noticeAt, timeZone) ?? localDay(new Date(), timeZone)
  if (dischargeDay && dischargeDay < noticeDay) refuse(req, L('出院日期不能早於告知日期', 'The discharge date cannot be before the notice'))
  if (operation === 'create') {
    // Another site's elder reads as missing: its state is not told (as for an id that does not exist).
    const elder = await mustBeOnSite(req, 'elders', d.elder, siteOf(d), L('老人不存在', 'No such elder'), 1)
    if (!['admitted', 'out'].includes(String(elder!.status))) {
      refuse(req, L('只有在院老人才能辦理出院(目前:{status})', 'Only an elder living in the home can be discharged (now: {status})'), { status: elder!.status }, 409)
    }
    const open = await req.payload.count({ collection: 'discharges', where: { and: [{ elder: { equals: elder!.id } }, { status: { not_equals: 'done' } }] }, overrideAccess: true, req })
    if (open.totalDocs) refuse(req, L('這位老人已有未完成的出院手續', 'This elder already has a discharge in progress'), {}, 409)
    Object.assign(data, { elderName: elder!.name, bedCode: (elder!.bed as { code?: string } | null)?.code ?? '' })
  }
  if (dischargeDay) data.shortNotice = daysBetween(noticeDay, dischargeDay) < NOTICE_DAYS
  data.feeTotal = money2(((d.fees ?? []) as { amount: number }[]).reduce((s, f) => s + Number(f.amount ?? 0), 0))
  return data
}

/** The fee sheet is signed by all four: the discharge completes now if its day has come, else on the day (sweep). */
export async function dischargeApproved({ req, doc }: { req: PayloadRequest; doc: Record<string, any> }) {
  const { timeZone } = await siteInfo(req.payload, siteOf(doc), req)
  if (dayOf(doc.dischargeDate, timeZone) <= localDay(new Date(), timeZone)) await completeDischarge(req.payload, doc, req)
  else await req.payload.update({ collection: 'discharges', id: doc.id, data: { status: 'approved' }, overrideAccess: true, depth: 0, req: asServer(req), context: { approvalTransition: true } })
}

/** The elder leaves: discharged, off the bed, and the bed is free for the waitlist. */
export async function completeDischarge(payload: Payload, doc: Record<string, any>, req?: Partial<PayloadRequest>) {
  const elder = await payload.findByID({ collection: 'elders', id: idOf(doc.elder)!, depth: 0, overrideAccess: true, req: req as PayloadRequest })
  const now = new Date().toISOString()
  await updateElder(payload, elder.id as number, { status: 'discharged', bed: null, dischargedAt: now }, req)
  if (idOf(elder.bed)) await freeBed(payload, idOf(elder.bed)!, elder.id as number, req)
  await payload.update({ collection: 'discharges', id: doc.id, data: { status: 'done', dischargedAt: now }, overrideAccess: true, depth: 0, req: asServer(req), context: { approvalTransition: true } })
}

/** CARE-15: the discharge completes on its day (the `leave` deadline of discharges, 00:00 of the site's day). */
export const dischargeOnTheDay = async ({ req, doc }: DeadlineArgs) => {
  await completeDischarge(req.payload, doc, req)
}
