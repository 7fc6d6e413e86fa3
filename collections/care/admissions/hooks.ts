/** CARE-11 admission: its rules and its lifecycle (admitted → filed). */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { money2 } from '../../../src/lib/format'
import { mustBeOnSite } from '../../../hooks/onSite'
import { asServer } from '../../../src/lib/serverReq'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { isServerCall } from '../../../hooks/access'
import { transition } from '../../../hooks/lifecycle'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'

const texts = {
  noReservation: L('預定不存在', 'No such reservation'),
  noPrep: L('入住前準備不存在', 'No such admission preparation'),
  noPhoto: L('照片不存在', 'No such photo'),
}

/**
 * CARE-11: an admission is made admitted (its effects are the preparation's `admitted` transition:
 * collections/care/admission-preps/hooks.ts) and is filed by the end of that day (the `filing`
 * deadline flags it otherwise); ticking "filed" on the form is the same transition.
 */
export const admissionLifecycle: LifecycleSpec = {
  states: {
    admitted: { label: L('已入住,待歸檔', 'Admitted, to be filed'), color: '#d97706' },
    filed: { label: L('已歸檔', 'Filed'), color: '#16a34a' },
  },
  transitions: [
    { from: 'admitted', to: 'filed', label: L('已按日期歸檔', 'Filed in the archive'), by: 'staff', tone: 'primary', when: 'filingComplete', set: () => ({ filingComplete: true }) },
  ],
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
  if (operation === 'update' && originalDoc?.filingComplete && data.filingComplete === false && !isServerCall(req)) {
    refuse(req, L('檔案已歸檔,不能取消', 'The admission is filed: this cannot be undone'), {}, 409)
  }
  return data
}

/**
 * On admission the preparation's `admitted` transition occupies the bed, admits the elder and closes
 * the reservation (its effects, in this transaction); the original health certificate received today
 * clears the preparation's flag.
 */
export const admissionAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const payload = req.payload
  const prep = await payload.findByID({ collection: 'admission-preps', id: idOf(doc.prep)!, depth: 0, overrideAccess: true, req })
  if (doc.healthCertOriginalReceived && prep.originalPending) {
    await payload.update({ collection: 'admission-preps', id: prep.id, data: { healthCertOriginal: true }, overrideAccess: true, depth: 0, req: asServer(req) })
  }
  if (operation === 'create') await transition(asServer(req), 'admission-preps', prep.id, 'admitted', { server: true })
  return doc
}
