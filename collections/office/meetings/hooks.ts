/** OFFICE-07 rules of a meeting: times, the LED text for important guests, the equipment checked before. */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'

type Item = { item?: string; checked?: boolean }

/**
 * planned → ready (every piece of equipment checked) → ended (at the end time by the sweep, or by the
 * desk); the end tells the cleaning lead (a notify rule on the state).
 */
export const meetingLifecycle: LifecycleSpec = {
  states: {
    planned: { label: L('已安排', 'Planned'), color: '#2563eb' },
    ready: { label: L('設備已檢查', 'Ready'), color: '#16a34a' },
    ended: { label: L('已結束', 'Ended'), color: '#6b7280' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#9ca3af' },
  },
  transitions: [
    {
      from: 'planned',
      to: 'ready',
      label: L('設備檢查完畢', 'Equipment checked'),
      by: 'staff',
      tone: 'primary',
      guard: ({ req, doc }) => {
        const open = ((doc.equipment ?? []) as Item[]).filter((e) => !e.checked)
        if (open.length) refuse(req, L('還有 {n} 項設備未檢查,請逐項檢查並勾選', '{n} pieces of equipment are not checked yet: check and tick each'), { n: open.length }, 409)
      },
      set: () => ({ checkedAt: new Date().toISOString() }),
    },
    { from: ['planned', 'ready'], to: 'ended', label: L('會議結束', 'Meeting over'), by: ['staff', 'server'] },
    { from: ['planned', 'ready'], to: 'cancelled', label: L('取消會議', 'Cancel'), by: 'staff', tone: 'danger' },
  ],
  // meetingChecks checks the times and the LED text a person enters: nothing for the server's end of a meeting.
  batch: {},
}

export const meetingChecks: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const m = { ...(operation === 'update' ? originalDoc : {}), ...data }
  if (!(new Date(m.endAt) > new Date(m.startAt))) refuse(req, L('結束時間必須晚於開始時間', 'The end must be after the start'))
  if (m.importantGuests && !String(m.ledText ?? '').trim()) refuse(req, L('重要客人來訪時請填寫 LED 顯示屏內容', 'Give the LED screen text for the important guests'))
  if (operation === 'create' && !m.organiser && req.user?.collection === 'staff') data.organiser = req.user.id
  return data
}
