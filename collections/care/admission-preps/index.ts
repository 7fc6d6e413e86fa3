/**
 * CARE-10 老人入住前準備: started 3 days before the elder arrives, 1 day at the latest, from a
 * reservation (a walk-in is first turned into a reservation). Sends the gated work message to the
 * eight positions; no other admission step until all have confirmed (WF-03). A health certificate
 * from the last 3 months is required: a photo is accepted first, the original is due on admission day
 * and flagged until received.
 */
import { attachment, checkbox, day, rel, textarea } from '../../../src/lib/fields'
import { text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { prepBeforeChange, prepLifecycle } from './hooks'
import { select } from '../../../src/lib/fields'
import { stateOptions } from '../../../hooks/lifecycle'
import type { PositionSlug } from '../../../src/seed/positions'

export const PREP_POSITIONS: PositionSlug[] = [
  'dean',
  'admin-director',
  'health-care-supervisor',
  'storekeeper',
  'property-staff',
  'catering-supervisor',
  'cashier',
  'cleaning-lead',
]

const sidebar = { position: 'sidebar' as const }

export const AdmissionPreps = defineForm({
  slug: 'admission-preps',
  label: L('老人入住前準備', 'Admission preparation'),
  plural: L('老人入住前準備', 'Admission preparations'),
  group: groups.care,
  title: 'elderName',
  columns: ['arrivalDate', 'elder', 'reservation', 'healthCertDate', 'originalPending', 'status'],
  retention: { years: 2, dateField: 'arrivalDate' },
  indexes: [{ fields: ['site', 'arrivalDate'] }],
  hooks: { beforeChange: [prepBeforeChange] },
  lifecycle: prepLifecycle,
  gate: {
    message: {
      to: PREP_POSITIONS,
      title: L('老人入住前準備:{elderName}', 'Admission preparation: {elderName}'),
      body: L(
        '{elderName}老人預計於 {arrivalDate} 入住 {bedCode} 床位,請做好入住前準備並點擊確認。',
        '{elderName} arrives on {arrivalDate} in bed {bedCode}. Please prepare and confirm.',
        '{elderName}老人预计于 {arrivalDate} 入住 {bedCode} 床位,请做好入住前准备并点击确认。',
      ),
    },
  },
  fields: [
    rel('reservation', L('預定入住', 'Reservation'), 'reservations', {
      required: true,
      unique: true,
      admin: { description: L('沒有預定的老人:先在接待記錄中辦理「預定入住」', 'An elder without a reservation: first make one from the reception record') },
    }),
    day('arrivalDate', L('到院日期', 'Arrival date'), {
      required: true,
      admin: { description: L('老人到達前三天發起,最晚提前一天', 'Start three days before arrival, one day at the latest') },
    }),
    {
      type: 'row',
      fields: [
        day('healthCertDate', L('體檢證明日期', 'Health certificate date'), { required: true }),
        attachment('healthCertPhoto', L('體檢證明照片', 'Photo of the health certificate')),
        checkbox('healthCertOriginal', L('已收到體檢證明原件', 'Original health certificate received')),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 2000 }),
    select('status', L('狀態', 'Status'), stateOptions(prepLifecycle), { required: true, defaultValue: 'preparing', index: true, admin: sidebar }),
    serverOwned(rel('elder', L('老人', 'Elder'), 'elders', { index: true, admin: sidebar })),
    serverOwned(checkbox('originalPending', L('體檢證明原件待收', 'Original certificate still due'), { index: true, admin: sidebar })),
    serverOwned(text('elderName', L('老人姓名', "Elder's name"), { maxLength: 50, admin: { hidden: true } })),
    serverOwned(text('bedCode', L('床位', 'Bed'), { maxLength: 100, admin: { hidden: true } })),
  ],
})
