/**
 * CARE-10 admission preparation: its rules (3 to 1 days before arrival, from a held or confirmed
 * reservation, a health certificate of the last 3 months) and its lifecycle: preparing → admitted
 * (by the admission, CARE-11: the bed occupied, the elder admitted, the reservation closed) or
 * cancelled (by the desk, with a reason).
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { format, parseISO, subMonths } from 'date-fns'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { localDay, tryDay } from '../../../src/lib/calendar'
import { occupyBed, updateElder } from '../beds/hooks'
import { daysBetween } from '../../../src/lib/format'
import { mustBeOnSite } from '../../../hooks/onSite'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'
import { transition } from '../../../hooks/lifecycle'
import type { LifecycleSpec, TransitionArgs } from '../../../hooks/lifecycle/types'

const texts = {
  noReservation: L('預定不存在', 'No such reservation'),
  noAdmission: L('請先填寫辦理入住表', 'Fill in the admission form first'),
}

/** Preparation starts 3 days before arrival at the earliest, 1 day at the latest. */
export const PREP_EARLIEST_DAYS = 3
export const PREP_LATEST_DAYS = 1
/** A health certificate counts if it is from the last 3 months. */
export const CERT_MONTHS = 3

const monthsBefore = (day: string, months: number) => format(subMonths(parseISO(day), months), 'yyyy-MM-dd')

export const prepBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const p = { ...originalDoc, ...data }
  const { timeZone } = await siteInfo(req.payload, siteOf(p), req)
  const today = localDay(new Date(), timeZone)
  const arrival = tryDay(p.arrivalDate, timeZone, 'day') ?? ''
  if (operation === 'create') {
    if (!idOf(p.reservation)) refuse(req, L('請選擇預定入住記錄;未預定的老人請先辦理預定入住', 'Choose the reservation; a walk-in needs a reservation first'))
    const ahead = daysBetween(today, arrival)
    if (arrival && (ahead > PREP_EARLIEST_DAYS || ahead < PREP_LATEST_DAYS)) {
      refuse(req, L('入住前準備須在老人到達前 3 天至 1 天之間發起(到院日期 {arrival},今天 {today})', 'Preparation starts between 3 days and 1 day before arrival (arrival {arrival}, today {today})'), { arrival, today })
    }
    // Another site's reservation reads as missing: its state is not told (as for an id that does not exist).
    const reservation = await mustBeOnSite(req, 'reservations', p.reservation, siteOf(p), texts.noReservation, 1)
    if (!['held', 'confirmed'].includes(String(reservation!.status))) {
      refuse(req, L('只有保留中或已確認的預定才能辦理入住前準備;未預定的老人請先辦理預定入住(目前:{status})', 'Only a held or confirmed reservation can be prepared for; a walk-in needs a reservation first (now: {status})'), { status: reservation!.status }, 409)
    }
    const elder = reservation!.elder as { id: number; name: string }
    const bed = reservation!.bed as { code?: string }
    Object.assign(data, { elder: elder.id, elderName: elder.name, bedCode: bed?.code ?? '' })
  }
  const cert = tryDay(p.healthCertDate, timeZone, 'day') ?? ''
  if (cert > today) refuse(req, L('體檢證明日期不能晚於今天', 'The health certificate cannot be dated in the future'))
  if (cert && arrival && cert < monthsBefore(arrival, CERT_MONTHS)) {
    refuse(req, L('體檢證明須為入住前三個月內({from} 之後)', 'The health certificate must be from the 3 months before arrival (after {from})'), { from: monthsBefore(arrival, CERT_MONTHS) })
  }
  if (!p.healthCertOriginal && !p.healthCertPhoto) {
    refuse(req, L('請上傳體檢證明照片,或確認已收到原件', 'Upload a photo of the health certificate, or confirm the original was received'))
  }
  data.originalPending = !p.healthCertOriginal
  return data
}


/** The admission made from this preparation (one at most: `prep` is unique on admissions). */
async function admissionOf({ req, doc }: Pick<TransitionArgs, 'req' | 'doc'>) {
  const { docs } = await req.payload.find({ collection: 'admissions', where: { prep: { equals: doc.id } }, depth: 0, limit: 1, overrideAccess: true, req })
  return docs[0] as Record<string, any> | undefined
}

/**
 * CARE-10/11: a preparation is admitted by its admission only (a server transition the admission's
 * create takes, refused without one); the admission's effects follow in the same transaction.
 */
export const prepLifecycle: LifecycleSpec = {
  states: {
    preparing: { label: L('準備中', 'Preparing'), color: '#d97706' },
    admitted: { label: L('已入住', 'Admitted'), color: '#16a34a' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#6b7280' },
  },
  transitions: [
    {
      from: 'preparing',
      to: 'admitted',
      label: L('辦理入住', 'Admit'),
      by: 'server',
      guard: async (args) => {
        if (!(await admissionOf(args))) refuse(args.req, texts.noAdmission, {}, 409)
      },
      effects: [
        // The bed is occupied, the elder admitted with fee, class, contacts and photo, the reservation closed.
        async (args) => {
          const { req, doc } = args
          const admission = (await admissionOf(args))!
          const reservation = await req.payload.findByID({ collection: 'reservations', id: idOf(doc.reservation)!, depth: 0, overrideAccess: true, req })
          const elder = idOf(doc.elder)!
          const bed = idOf(reservation.bed)!
          await occupyBed(req.payload, bed, elder, req)
          await updateElder(req.payload, elder, {
            status: 'admitted',
            bed,
            nursingFee: admission.fees?.nursingFee,
            contractClass: admission.contractClass,
            admittedAt: admission.admittedAt,
            photo: idOf(admission.photo),
            contacts: (admission.contacts ?? []).map(({ name, relation, phone, sponsor }: Record<string, unknown>) => ({ name, relation, phone, sponsor })),
          }, req)
          await transition(req, 'reservations', reservation.id, 'admitted', { server: true })
        },
      ],
    },
    { from: 'preparing', to: 'cancelled', label: L('取消入住準備', 'Cancel the preparation'), by: ['front-desk', 'author'], note: 'required', tone: 'danger' },
  ],
}
