/**
 * CARE-16 老友聚會: booked with the family at least 3 days ahead; head count and meal package A or B;
 * work messages to the cashier, the recreation specialist, the health-care supervisor and the driver.
 * Its meal order (CARE-06 點菜單: package × head count at the site's price) is made, changed and cancelled
 * with it, in the same transaction (collections/care/gatherings/hooks.ts).
 */
import { datetime, number, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { stateOptions } from '../../../hooks/lifecycle'
import { gatheringAfterChange, gatheringBeforeChange, gatheringLifecycle } from './hooks'

const when = '{elderName}老友聚會:{startsAtText},{headCount}人,{packageName}'

export const Gatherings = defineForm({
  slug: 'gatherings',
  label: L('老友聚會', "Old friends' gathering"),
  plural: L('老友聚會', "Old friends' gatherings"),
  group: groups.care,
  title: 'familyName',
  columns: ['startsAt', 'elder', 'familyName', 'headCount', 'package', 'status'],
  retention: { years: 2, dateField: 'startsAt' },
  hooks: { beforeChange: [gatheringBeforeChange], afterChange: [gatheringAfterChange] },
  lifecycle: gatheringLifecycle,
  notify: [
    { on: 'create', message: ['cashier'], subject: L('老友聚會收費', 'Gathering: payment'), body: L(`${when}。請確保聚會當日可以收費。`, `${when}. Please be ready to take payment that day.`) },
    { on: 'create', message: ['recreation-specialist'], subject: L('老友聚會接待', 'Gathering: hosting'), body: L(`${when}。請確定接待、參觀、引導人員。`, `${when}. Please arrange hosts, the tour and guides.`) },
    { on: 'create', message: ['health-care-supervisor'], subject: L('老友聚會照料', 'Gathering: care'), body: L(`${when}。請確定聚會前後在院老人的接送、安置、照料。`, `${when}. Please arrange taking residents to and from the gathering and their care.`) },
    { on: 'create', message: ['driver'], subject: L('老友聚會接送', 'Gathering: transport'), body: L(`${when}。請確定來訪老人親屬的接送。`, `${when}. Please arrange transport for the visiting relatives.`) },
  ],
  fields: [
    rel('elder', L('老人', 'Elder'), 'elders', { required: true }),
    {
      type: 'row',
      fields: [
        text('familyName', L('聯繫家屬', 'Family contact'), { required: true, maxLength: 50 }),
        phone('familyPhone', L('聯繫電話', 'Phone'), { required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        datetime('startsAt', L('聚會時間', 'When'), {
          required: true,
          index: true,
          admin: { description: L('須提前三天預約', 'Book at least three days ahead') },
        }),
        number('headCount', L('人數', 'Head count'), { required: true, min: 1, max: 200 }),
        select('package', L('飯食套餐', 'Meal package'), { A: L('A 套餐', 'Package A'), B: L('B 套餐', 'Package B') }, { required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        select('status', L('狀態', 'Status'), stateOptions(gatheringLifecycle), {
          required: true,
          admin: { description: L('取消聚會會一併取消其點菜單', 'Cancelling the gathering cancels its meal order') },
        }),
        // CARE-16: the 點菜單 this gathering made (package × head count, priced from the site's data).
        serverOwned(rel('mealOrder', L('點菜單', 'Meal order'), 'meal-orders')),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    text('elderName', L('老人姓名', "Elder's name"), { maxLength: 50, admin: { hidden: true } }),
    text('startsAtText', L('聚會時間(文字)', 'When (text)'), { maxLength: 40, admin: { hidden: true } }),
    text('packageName', L('套餐', 'Package'), { maxLength: 20, admin: { hidden: true } }),
  ],
})
