/** CARE-07 outings: the elder is out from the form until the return is recorded. */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { updateElder } from '../beds/hooks'
import { localDay } from '../../../src/lib/calendar'
import { cnHour, cnMinute } from '../../../src/lib/format'
import { mustBeOnSite } from '../../../hooks/onSite'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'

/**
 * CARE-07: an outing is out until the return is recorded — by its verb in the admin panel (or
 * `POST …/transition { to: 'returned' }`), or by filling in `returnedAt` (the same transition).
 */
export const outingLifecycle: LifecycleSpec = {
  states: {
    out: { label: L('外出中', 'Out'), color: '#d97706' },
    returned: { label: L('已回院', 'Back'), color: '#16a34a' },
  },
  // The elder is out while an outing is open (the return brings them back).
  enter: [({ req, doc }) => updateElder(req.payload, idOf(doc.elder)!, { status: 'out' }, req).then(() => undefined)],
  transitions: [
    {
      from: 'out',
      to: 'returned',
      label: L('登記回院', 'Record the return'),
      by: 'staff',
      tone: 'primary',
      when: 'returnedAt',
      set: ({ doc }) => ({ returnedAt: doc.returnedAt ?? new Date().toISOString() }),
      // The elder is back in (unless something else has moved them meanwhile).
      effects: [
        async ({ req, doc }) => {
          const elder = idOf(doc.elder)!
          const current = await req.payload.findByID({ collection: 'elders', id: elder, depth: 0, overrideAccess: true, req })
          if (current.status === 'out') await updateElder(req.payload, elder, { status: 'admitted' }, req)
        },
      ],
    },
  ],
}

export const outingBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const left = new Date(o.leftAt)
  const back = new Date(o.expectedReturn)
  if (!(back > left)) refuse(req, L('預計回院時間必須晚於外出時間', 'The expected return must be after the time of leaving'))
  if (o.returnedAt && new Date(o.returnedAt) < left) refuse(req, L('回院時間不能早於外出時間', 'The return cannot be before the time of leaving'))
  // Another site's elder reads as missing: its state is not told (as for an id that does not exist).
  const elder = await mustBeOnSite<{ name: string; status: string }>(req, 'elders', o.elder, siteOf(o), L('老人不存在', 'No such elder'))
  if (operation === 'create' && elder!.status !== 'admitted') {
    refuse(req, L('只有在院老人才能辦理外出(目前狀態:{status})', 'Only an elder living in the home can go out (now: {status})'), { status: elder!.status }, 409)
  }
  const { timeZone } = await siteInfo(req.payload, siteOf(o), req)
  Object.assign(data, {
    kind: localDay(back, timeZone) > localDay(left, timeZone) ? 'leave' : 'same-day',
    elderName: elder!.name,
    leftAtText: cnMinute(left, timeZone),
    returnText: cnHour(back, timeZone),
  })
  if (o.returnedAt) data.overdue = originalDoc?.overdue ?? false
  return data
}
