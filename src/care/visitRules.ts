/** CARE-04 rules of the visitor register, as a hook. */
import type { CollectionBeforeValidateHook } from 'payload'
import { refuse } from '../lib/errors'
import { L } from '../lib/i18n'

/**
 * A visitor signed in at the desk goes in only after the phone confirmation; an interviewee for a
 * position other than caregiver only after HR has confirmed. Leaving is after entering.
 */
export const checkVisitEntry: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const v = { ...originalDoc, ...data }
  if (v.kind === 'card') return data
  if (v.timeIn && !v.phoneConfirmed) {
    refuse(req, L('請先電話確認被訪人,再登記進入時間', 'Confirm with the person visited by phone before recording the time in'))
  }
  if (v.timeIn && v.purpose === 'interview' && v.interviewFor === 'other' && !v.hrConfirmed) {
    refuse(req, L('非護理員崗位的面試須先經人力資源確認', 'Interviews for positions other than caregiver need HR confirmation first'))
  }
  if (v.timeOut && (!v.timeIn || new Date(v.timeOut) < new Date(v.timeIn))) {
    refuse(req, L('離開時間不能早於進入時間', 'The time out cannot be before the time in'))
  }
  return data
}
