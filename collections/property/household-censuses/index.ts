/**
 * PROP-05 家庭情況普查: the quarterly census of a unit's household by the 客服助理 — who lives there,
 * whether the phone and household members are still right. Recording one starts the unit's next quarter
 * (its declared `census` deadline) and clears its flag.
 */
import type { CollectionAfterChangeHook } from 'payload'
import { checkbox, day, number, rel, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'
import { idOf } from '../../../src/lib/hooks'
import { asServer } from '../../../src/lib/serverReq'
import { onSite } from '../../../hooks/onSite'
import { SiteCalendar, dayOf } from '../../../src/lib/calendar'

const startNextQuarter: CollectionAfterChangeHook = async ({ doc, req }) => {
  const unit = await onSite<{ lastCensusOn?: string }>(req, 'units', idOf(doc.unit), doc.site)
  if (!unit) return doc
  const calendar = await SiteCalendar.of(req.payload, idOf(doc.site)!)
  const day = dayOf(doc.censusOn, calendar.timeZone)
  if (unit.lastCensusOn && dayOf(unit.lastCensusOn, calendar.timeZone) > day) return doc
  await req.payload.update({
    collection: 'units',
    id: unit.id,
    data: { lastCensusOn: day, censusFrom: calendar.at(day, '00:00').toISOString(), censusDue: false },
    req: asServer(req),
    overrideAccess: true,
  })
  return doc
}

export const Censuses = defineForm({
  slug: 'household-censuses',
  label: L('家庭情況普查', 'Household census'),
  plural: L('家庭情況普查', 'Household censuses'),
  group: groups.property,
  title: 'unit',
  columns: ['censusOn', 'unit', 'residents', 'phoneChecked', 'membersChecked', 'by'],
  retention: 'forever',
  hooks: { afterChange: [startNextQuarter] },
  fields: [
    {
      type: 'row',
      fields: [
        rel('unit', L('單元', 'Unit'), 'units', { required: true, index: true }),
        day('censusOn', L('普查日期', 'Done on'), { required: true, defaultValue: () => new Date().toISOString() }),
        rel('by', L('普查人', 'By'), 'staff', { defaultValue: ({ user }: { user?: { id?: number } }) => user?.id }),
      ],
    },
    {
      type: 'row',
      fields: [
        number('residents', L('常住人數', 'Residents'), { max: 50 }),
        checkbox('phoneChecked', L('聯繫電話已核實', 'Phone checked')),
        checkbox('membersChecked', L('家庭成員已核實', 'Household members checked')),
      ],
    },
    textarea('changes', L('變化情況', 'What changed'), { maxLength: 2000 }),
  ],
})
