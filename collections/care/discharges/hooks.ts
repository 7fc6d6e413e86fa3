/** CARE-15 discharge: notice, fee sheet (approval chain), unpaid fees checked, and the bed freed on the day. */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { dayOf, localDay, tryDay } from '../../../src/lib/calendar'
import { freeBed, freeManyBeds, updateElder } from '../beds/hooks'
import { dischargeElders } from '../elders/hooks'
import { daysBetween, money2 } from '../../../src/lib/format'
import { mustBeOnSite } from '../../../hooks/onSite'
import { isServerCall } from '../../../hooks/access'
import { transition } from '../../../hooks/lifecycle'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'

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
  // "Unpaid fees checked" is an audited action: once taken it stays.
  if (operation === 'update' && originalDoc?.feesChecked && data.feesChecked === false && !isServerCall(req)) {
    refuse(req, L('已核實未收費用,不能取消勾選', 'The unpaid fees are checked: this cannot be undone'), {}, 409)
  }
  if (dischargeDay) data.shortNotice = daysBetween(noticeDay, dischargeDay) < NOTICE_DAYS
  data.feeTotal = money2(((d.fees ?? []) as { amount: number }[]).reduce((s, f) => s + Number(f.amount ?? 0), 0))
  return data
}

const dayHasCome = async (req: PayloadRequest, doc: Record<string, any>) => {
  const { timeZone } = await siteInfo(req.payload, siteOf(doc), req)
  return dayOf(doc.dischargeDate, timeZone) <= localDay(new Date(), timeZone)
}

/** Unpaid fees are checked with them (CARE-15): the task goes to them, and they (or the desk) record it. */
export const FEES_CHECKERS = ['health-care-supervisor', 'admin-specialist', 'front-desk'] as const

/**
 * CARE-15: notice given → fee sheet signed (by the last of the four signatures of the approval chain:
 * the chain drives it) → discharged (on the day: the `leave` deadline, or at once when signed on or
 * after the day), the elder off the bed and the bed freed as its effect. "Unpaid fees checked" is a
 * declared action of its own, open to the health-care supervisors, the admin specialist and the desk
 * while the fee sheet is being signed (its field on the form is the same action's door).
 */
export const dischargeLifecycle: LifecycleSpec = {
  states: {
    notice: { label: L('已告知', 'Notice given'), color: '#d97706' },
    approved: { label: L('費用單已簽', 'Fee sheet signed'), color: '#2563eb' },
    done: { label: L('已出院', 'Discharged'), color: '#16a34a' },
  },
  transitions: [
    {
      from: 'notice',
      to: 'approved',
      label: L('費用單已簽', 'Fee sheet signed'),
      by: 'server',
      guard: ({ req, doc }) => {
        if (doc.approvalStatus !== 'approved') refuse(req, L('出院費用單須由院長、綜合行政部主任、健康照料部主管、財務出納簽批', 'The discharge fee sheet must be signed by the dean, the admin director, the health-care supervisor and the cashier'), {}, 409)
      },
    },
    {
      from: 'approved',
      to: 'done',
      label: L('辦理出院', 'Discharge'),
      by: 'server',
      set: () => ({ dischargedAt: new Date().toISOString() }),
      // The elder leaves: discharged, off the bed, and the bed is free for the waitlist (CARE-09).
      effects: [
        async ({ req, doc }) => {
          const elder = await req.payload.findByID({ collection: 'elders', id: idOf(doc.elder)!, depth: 0, overrideAccess: true, req })
          await updateElder(req.payload, elder.id as number, { status: 'discharged', bed: null, dischargedAt: doc.dischargedAt }, req)
          if (idOf(elder.bed)) await freeBed(req.payload, idOf(elder.bed)!, elder.id as number, req)
        },
      ],
      // The day's discharges at once (the `leave` sweep): the elders in one UPDATE, their beds freed set-wise.
      batch: async ({ req, docs }) => {
        const elders = await dischargeElders(req, docs.map((doc) => ({ elder: idOf(doc.elder)!, dischargedAt: doc.dischargedAt })))
        await freeManyBeds(req, elders.flatMap((e) => (idOf(e.bed) ? [{ bed: idOf(e.bed)!, elder: Number(e.id) }] : [])), ['held', 'occupied'])
      },
    },
  ],
  actions: [
    {
      name: 'checkFees',
      in: ['notice', 'approved'],
      label: L('已核實未收費用', 'Unpaid fees checked'),
      by: [...FEES_CHECKERS],
      tone: 'primary',
      when: 'feesChecked',
      open: (doc) => !doc.feesChecked,
      set: () => ({ feesChecked: true }),
    },
  ],
  // dischargeBeforeChange derives the short notice and the total from the notice, the day and the fees,
  // and guards the fees check against a person: a server's state change leaves all of them as they are.
  batch: {},
}

/** The fee sheet is signed by all four: the discharge completes now if its day has come, else on the day (deadline). */
export async function dischargeApproved({ req, doc }: { req: PayloadRequest; doc: Record<string, any> }) {
  const signed = await transition(req, 'discharges', doc.id, 'approved', { server: true })
  if (await dayHasCome(req, signed)) await transition(req, 'discharges', doc.id, 'done', { server: true })
}
