/** OFFICE-01 rules of the phone log: the desk person, and what the phone measured for a linked call. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { mustBeOnSite } from '../../../hooks/onSite'
import { ringMeasure } from '../../../devices/phone/rings'

type Call = {
  startedAt?: string; answeredAt?: string | null; status?: string; callerNumber?: string | null; callerName?: string | null
  ringSeconds?: number | null; ringCheck?: string | null; answeredBy?: unknown
}

/**
 * The desk person defaults to whoever is signed in. A call of the phone system linked to the entry
 * gives its time, number and the measure the phone made: seconds from the ring event to the answer
 * event, within three rings or not, or missed (nobody answered). Without a phone connected nothing is
 * measured. The figures per day and person are counted on the calls themselves (collections/office/
 * reception.ts), logged or not; a call the phone could not attribute (answered on a handset of no
 * known extension) becomes the call of the person who logs it as taken.
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
  const measured = call.ringCheck ? { ringSeconds: call.ringSeconds ?? null, ringCheck: call.ringCheck } : ringMeasure(call.startedAt, call.answeredAt)
  Object.assign(data, {
    receivedAt: call.startedAt ?? v.receivedAt,
    outcome: missed ? 'missed' : 'answered',
    ringSeconds: missed ? null : measured.ringSeconds,
    ringCheck: missed ? 'missed' : measured.ringCheck,
  })
  if (!v.phone && call.callerNumber) data.phone = call.callerNumber
  if (!v.callerName && call.callerName) data.callerName = call.callerName
  return data
}

/**
 * A call the phone could not attribute (answered on a handset of no known extension) becomes the call
 * of the person who logged it as taken — once saved; who answered is the server's (the call's
 * `answeredBy` is server-owned), so it is written as the server, not as the person.
 */
export const attributeTheCall: CollectionAfterChangeHook = async ({ doc, req }) => {
  const callId = idOf(doc.call)
  const takenBy = idOf(doc.takenBy)
  if (callId == null || takenBy == null || doc.outcome === 'missed') return doc
  const call = (await req.payload.findByID({ collection: 'calls', id: callId, depth: 0, overrideAccess: true, disableErrors: true, req })) as { answeredBy?: unknown; answeredAt?: string | null } | null
  if (!call || idOf(call.answeredBy) != null || !call.answeredAt) return doc
  await req.payload.update({ collection: 'calls', id: callId, data: { answeredBy: takenBy }, depth: 0, overrideAccess: true, context: { channel: 'device' } })
  return doc
}
