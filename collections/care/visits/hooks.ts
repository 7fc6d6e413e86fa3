/** CARE-04 rules of the visitor register. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { assertConfirmed, sendMessage } from '../../../hooks/notify/messages'

/** A visitor signed in at the desk goes in only after the phone confirmation; leaving is after entering. */
export const checkVisitEntry: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const v = { ...originalDoc, ...data }
  if (v.kind === 'card') return data
  if (v.purpose === 'interview' && !v.interviewFor) refuse(req, L('請選擇應聘崗位', 'Choose the position applied for'))
  if (v.timeIn && !v.phoneConfirmed) {
    refuse(req, L('請先電話確認被訪人,再登記進入時間', 'Confirm with the person visited by phone before recording the time in'))
  }
  if (v.timeOut && (!v.timeIn || new Date(v.timeOut) < new Date(v.timeIn))) {
    refuse(req, L('離開時間不能早於進入時間', 'The time out cannot be before the time in'))
  }
  return data
}

const otherInterview = (v: Record<string, unknown>) => v.purpose === 'interview' && v.interviewFor === 'other'

/** Interviewees for positions other than caregiver go in only once HR has confirmed the work message. */
export const waitForHr: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const v = { ...originalDoc, ...data }
  if (!otherInterview(v) || !v.timeIn) return data
  if (operation === 'create') refuse(req, L('非護理員崗位的面試者須先經人力資源部確認,請先登記,確認後再填進入時間', 'Interviewees for other positions need HR confirmation first: register them, then record the time in once HR confirmed'), {}, 409)
  if (!originalDoc.timeIn) await assertConfirmed(req as PayloadRequest, { collection: 'visits', id: originalDoc.id })
  return data
}

/** Caregiver applicants: the health-care supervisor and HR are told. Other positions: HR must confirm. */
export const routeInterview: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.purpose !== 'interview') return doc
  const related = { collection: 'visits', id: doc.id }
  if (doc.interviewFor === 'caregiver') {
    await sendMessage(req.payload, { site: doc.site, title: `护理员面试:${doc.visitorName}`, body: `护理员应聘者 ${doc.visitorName} 已到前台,请健康照料部主管或人力资源部人员带领面试。`, to: ['health-care-supervisor', 'hr'], related }, req)
  } else {
    await sendMessage(req.payload, { site: doc.site, title: `面试确认:${doc.visitorName}`, body: `应聘者 ${doc.visitorName}(${doc.host ?? '其他岗位'})已到前台,请人力资源部确认后放行。`, to: ['hr'], related, gate: true }, req)
  }
  return doc
}
