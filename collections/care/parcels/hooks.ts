/** CARE-21 parcels: who is told what when a parcel arrives. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { sendMessage } from '../../../hooks/notify/messages'
import { asServer as serverReq } from '../../../src/lib/serverReq'
import { queueSms } from '../sms/hooks'
import { mustBeOnSite } from '../../../hooks/onSite'
import { idOf, siteOf } from '../../../src/lib/hooks'

export const parcelBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const p = { ...originalDoc, ...data }
  if (p.forWhom === 'elder' && !idOf(p.elder)) refuse(req, L('請選擇收件的老人', 'Choose the elder the parcel is for'))
  // The elder's name goes into the SMS and the message: only an elder of this site (another site's reads as missing).
  if (p.forWhom === 'elder' && idOf(data.elder) !== undefined) await mustBeOnSite(req, 'elders', p.elder, siteOf(p), L('老人不存在', 'No such elder'))
  if (p.forWhom === 'elder' && !p.familyPhone) refuse(req, L('請填寫要通知的家屬手機', "Give the family's mobile to text"))
  if (p.forWhom === 'staff' && !idOf(p.staff)) refuse(req, L('請選擇收件的員工', 'Choose the staff member the parcel is for'))
  return data
}

export const parcelAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const site = siteOf(doc)!
  const what = `${doc.carrier ?? ''}快递${doc.trackingNo ? `(单号 ${doc.trackingNo})` : ''}`
  const related = { collection: 'parcels', id: doc.id }
  if (doc.forWhom === 'elder') {
    const elder = await req.payload.findByID({ collection: 'elders', id: idOf(doc.elder)!, depth: 0, overrideAccess: true, req })
    await queueSms(req.payload, { site, to: doc.familyPhone, text: `您好,${elder.name}老人的${what}已到千禾颐养家苑前台,我们会转交老人。`, kind: 'parcel', elder: elder.id as number }, req)
    await sendMessage(req.payload, { site, title: `领取老人快递:${elder.name}`, body: `${elder.name}老人的${what}已到前台,请派人领取。`, to: ['health-care-supervisor'], related }, req as PayloadRequest)
  } else {
    const body = doc.postageDue
      ? `您的${what}已到前台,需付快递费${doc.postage ? ` ${doc.postage} 元` : ''}(公费):请先与财务核对并到财务交费后领取。`
      : `您的${what}已到前台,请来领取。`
    await sendMessage(req.payload, { site, title: '快递到达', body, to: [{ staff: idOf(doc.staff)! }], related }, req as PayloadRequest)
  }
  await req.payload.update({ collection: 'parcels', id: doc.id, data: { notified: true }, overrideAccess: true, depth: 0, req: serverReq(req as PayloadRequest) })
  return { ...doc, notified: true }
}
