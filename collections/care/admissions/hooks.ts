/** CARE-10 admission preparation and CARE-11 admission: the rules of the two forms. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { format, parseISO, subMonths } from 'date-fns'
import { localDay, tryDay } from '../../../src/lib/calendar'
import { occupyBed, updateElder } from '../beds/hooks'
import { daysBetween, money2 } from '../../../src/lib/format'
import { mustBeOnSite } from '../../../hooks/onSite'
import { asServer } from '../../../src/lib/serverReq'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'
import { transition } from '../../../hooks/lifecycle'

/** Preparation starts 3 days before arrival at the earliest, 1 day at the latest. */
export const PREP_EARLIEST_DAYS = 3
export const PREP_LATEST_DAYS = 1
/** A health certificate counts if it is from the last 3 months. */
export const CERT_MONTHS = 3

const monthsBefore = (day: string, months: number) => format(subMonths(parseISO(day), months), 'yyyy-MM-dd')

const texts = {
  noReservation: L('預定不存在', 'No such reservation'),
  noPrep: L('入住前準備不存在', 'No such admission preparation'),
  noPhoto: L('照片不存在', 'No such photo'),
}

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

/** The ID-style photo: 155 mm × 193 mm, i.e. portrait with a width/height ratio of about 0.80. */
export const PHOTO_RATIO = 155 / 193

async function checkIdPhoto(req: Parameters<CollectionBeforeChangeHook>[0]['req'], photo: unknown, site: unknown) {
  if (!idOf(photo)) return
  const doc = await mustBeOnSite(req, 'documents', photo, site, texts.noPhoto)
  const { mimeType, width, height } = doc as { mimeType?: string; width?: number; height?: number }
  if (!String(mimeType).startsWith('image/') || !width || !height) refuse(req, L('老人照片須為圖片', "The elder's photo must be an image"))
  if (Math.abs(width! / height! - PHOTO_RATIO) > 0.04) {
    refuse(req, L('照片須裁剪為 155mm×193mm 證件照比例(現在 {w}×{h})', 'Crop the photo to the 155 mm × 193 mm ID format (it is {w}×{h})'), { w: width, h: height })
  }
}

export const admissionBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const a = { ...originalDoc, ...data }
  if (operation === 'create') {
    if (!idOf(a.prep)) refuse(req, L('請選擇入住前準備', 'Choose the admission preparation'))
    const prep = await mustBeOnSite(req, 'admission-preps', a.prep, siteOf(a), texts.noPrep)
    const reservation = await mustBeOnSite(req, 'reservations', prep.reservation, siteOf(a), texts.noReservation)
    if (!['held', 'confirmed'].includes(String(reservation.status))) {
      refuse(req, L('預定已{status},不能辦理入住', 'The reservation is {status}: no admission'), { status: reservation.status }, 409)
    }
    await checkIdPhoto(req, a.photo, siteOf(a))
    const elder = await req.payload.findByID({ collection: 'elders', id: idOf(prep!.elder)!, depth: 0, overrideAccess: true, req })
    Object.assign(data, { elder: elder.id, elderName: elder.name })
  }
  if (operation === 'update' && data.contractClass && data.contractClass !== originalDoc.contractClass) {
    refuse(req, L('合同類別在入住時確定,之後不能修改', 'The contract class is set on admission and cannot change afterwards'), {}, 409)
  }
  const fees = (a.fees ?? {}) as Record<string, number>
  data.feeTotal = money2(
    Number(fees.nursingFee ?? 0) + Number(fees.bedFee ?? 0) + Number(fees.mealFee ?? 0) + Number(fees.deposit ?? 0) + Number(fees.other ?? 0) - Number(fees.reservationDeposit ?? 0),
  )
  if (a.filingComplete) data.filingLate = originalDoc?.filingLate ?? false
  return data
}

/** On admission the bed is occupied, the elder admitted with fee, class, contacts and photo, the reservation closed. */
export const admissionAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const payload = req.payload
  const prep = await payload.findByID({ collection: 'admission-preps', id: idOf(doc.prep)!, depth: 0, overrideAccess: true, req })
  if (doc.healthCertOriginalReceived && prep.originalPending) {
    await payload.update({ collection: 'admission-preps', id: prep.id, data: { healthCertOriginal: true }, overrideAccess: true, depth: 0, req: asServer(req) })
  }
  if (operation !== 'create') return doc
  const reservation = await payload.findByID({ collection: 'reservations', id: idOf(prep.reservation)!, depth: 0, overrideAccess: true, req })
  const elder = idOf(prep.elder)!
  const bed = idOf(reservation.bed)!
  await occupyBed(payload, bed, elder, req)
  await updateElder(payload, elder, {
    status: 'admitted',
    bed,
    nursingFee: doc.fees?.nursingFee,
    contractClass: doc.contractClass,
    admittedAt: doc.admittedAt,
    photo: idOf(doc.photo),
    contacts: (doc.contacts ?? []).map(({ name, relation, phone, sponsor }: Record<string, unknown>) => ({ name, relation, phone, sponsor })),
  }, req)
  await transition(asServer(req), 'reservations', reservation.id, 'admitted', { server: true })
  return doc
}
