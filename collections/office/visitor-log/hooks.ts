/** OFFICE-02 rules of the visitor register: who is at the desk, when the visitor came in, what an interview needs. */
import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf } from '../../../src/lib/hooks'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'

/**
 * Registered ahead (an appointment made before the day) → expected; checked in once (→ in, the time in
 * now), never twice: a second check-in is refused by the state (409). Signing out → out. A walk-in's
 * create fills the time in, which is the check-in door.
 */
export const visitorLifecycle: LifecycleSpec = {
  states: {
    expected: { label: L('已預約待到訪', 'Expected'), color: '#2563eb' },
    in: { label: L('在訪', 'Signed in'), color: '#d97706' },
    out: { label: L('已離開', 'Signed out'), color: '#16a34a' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#6b7280' },
  },
  transitions: [
    {
      from: 'expected',
      to: 'in',
      label: L('到訪簽到', 'Check in'),
      by: 'staff',
      tone: 'primary',
      when: 'timeIn',
      set: ({ doc }) => ({ timeIn: doc.timeIn ?? new Date().toISOString() }),
    },
    {
      from: 'in',
      to: 'out',
      label: L('簽退離開', 'Sign out'),
      by: 'staff',
      when: 'timeOut',
      set: ({ doc }) => ({ timeOut: doc.timeOut ?? new Date().toISOString() }),
    },
    { from: 'expected', to: 'cancelled', label: L('取消預約', 'Cancel'), by: 'staff', note: 'optional', tone: 'danger' },
  ],
}

/** Time in defaults to now and the desk person to me, unless the visitor is registered ahead. */
export const visitorDefaults: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (!data || operation !== 'create') return data
  if (idOf(data.receivedBy) == null && req.user?.collection === 'staff') data.receivedBy = req.user.id
  if (!data.preRegistered && !data.timeIn) data.timeIn = new Date().toISOString()
  if (data.preRegistered && data.timeIn) refuse(req, L('提前登記的訪客到訪時再簽到,不要先填進入時間', 'A visitor registered ahead is checked in on arrival: leave the time in empty'))
  return data
}

export const visitorChecks: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const v = { ...(operation === 'update' ? originalDoc : {}), ...data }
  if (v.purpose === 'interview' && !v.expectedAt && v.interviewAt) data.expectedAt = v.expectedAt = v.interviewAt
  if (v.appointment === 'yes' && !v.expectedAt && v.preRegistered) refuse(req, L('請填寫預約時間', 'Give the time of the appointment'))
  if (v.purpose === 'interview') {
    if (!v.position) refuse(req, L('請填寫面試崗位', 'Give the position of the interview'))
    if (idOf(v.interviewer) == null) refuse(req, L('請選擇面試官', 'Choose the interviewer'))
  }
  if (v.timeOut && (!v.timeIn || new Date(v.timeOut) < new Date(v.timeIn))) refuse(req, L('離開時間不能早於進入時間', 'The time out cannot be before the time in'))
  // The host's name for the messages (validation has already refused a host who is not staff of this site).
  if (operation === 'create' || 'host' in data) {
    const host = idOf(v.host)
    const staff = host == null ? null : await req.payload.findByID({ collection: 'staff', id: host, depth: 0, overrideAccess: true, req, disableErrors: true })
    data.hostName = (staff?.name as string | undefined) ?? null
  }
  return data
}
