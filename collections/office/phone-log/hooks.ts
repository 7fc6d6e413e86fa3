/** OFFICE-01 rules of the phone log: the desk person, and what the phone driver measured for a linked call. */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { mustBeOnSite } from '../../../hooks/onSite'

/**
 * 鈴響三聲以內必須接聽: one ring cycle of a Chinese line is 5 s (1 s on, 4 s off), so the third ring
 * has begun by 10 s and ended by 15 s; a call answered within 15 s of the phone's ring event is
 * answered within three rings.
 */
export const RING_SECONDS = 5
export const THREE_RINGS_SECONDS = 3 * RING_SECONDS

type Call = { startedAt?: string; answeredAt?: string | null; status?: string; callerNumber?: string | null; callerName?: string | null }

/**
 * The desk person defaults to whoever is signed in. A call of the phone system linked to the entry
 * gives its time, number and the measure: seconds from the ring event to the answer event, within
 * three rings or not, or missed (nobody answered). Without a phone connected nothing is measured.
 */
export const fromThePhone: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create' && idOf(data.takenBy) == null && req.user?.collection === 'staff') data.takenBy = req.user.id
  const v = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const callId = idOf(v.call)
  if (callId == null) {
    Object.assign(data, { ringSeconds: null, ringCheck: null })
    return data
  }
  const call = (await mustBeOnSite<Call>(req, 'calls', callId, siteOf(v), L('來電記錄不存在', 'No such call')))!
  const missed = call.status === 'missed' || (call.status !== 'ringing' && !call.answeredAt)
  if (call.status === 'ringing') refuse(req, L('電話還在振鈴,接聽後再登記', 'The phone is still ringing: log the call once it is answered'), {}, 409)
  const seconds = call.answeredAt && call.startedAt ? Math.max(0, Math.round((Date.parse(call.answeredAt) - Date.parse(call.startedAt)) / 1000)) : null
  Object.assign(data, {
    receivedAt: call.startedAt ?? v.receivedAt,
    outcome: missed ? 'missed' : 'answered',
    ringSeconds: seconds,
    ringCheck: missed ? 'missed' : seconds != null && seconds <= THREE_RINGS_SECONDS ? 'within' : 'late',
  })
  if (!v.phone && call.callerNumber) data.phone = call.callerNumber
  if (!v.callerName && call.callerName) data.callerName = call.callerName
  return data
}
