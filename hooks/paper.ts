/**
 * CORE-07 back-entry: a record captured on paper while the system was down is entered later with
 * the time it really happened; the audit trail marks it as a back-entry (see hooks/audit.ts).
 */
import { datetime } from '../src/lib/fields'
import { L } from '../src/lib/i18n'
import { refuse } from '../src/lib/errors'
import { addHooks } from '../src/lib/hooks'
import type { FormFeature } from './form/types'

export const paperRecordedAtField = datetime('paperRecordedAt', L('紙本記錄時間(補錄)', 'Recorded on paper at (back-entry)'), {
  admin: {
    position: 'sidebar',
    description: L('系統停用期間先記在紙本上的,補錄時填寫真實發生時間', 'For records first taken on paper during an outage: the real time'),
  },
})

export const paperBackEntry: FormFeature = (spec, collection) => {
  if (spec.paper === false) return collection
  return addHooks(
    { ...collection, fields: [...collection.fields, paperRecordedAtField] },
    {
      beforeValidate: [
        ({ data, req }) => {
          const at = data?.paperRecordedAt
          if (at && new Date(at).getTime() > Date.now() + 60_000) {
            refuse(req, L('紙本記錄時間不能晚於現在', 'The paper record time cannot be in the future'))
          }
          return data
        },
      ],
    },
  )
}
