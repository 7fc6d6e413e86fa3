/**
 * OFFICE-03 出行偏好: each leader's travel preferences, stored once in their profile (one record per
 * staff member of a site) — train seat class, window or aisle, front/middle/back of the plane,
 * check-in, hotel. Every travel request for that leader is filled from here by the server; a request
 * for a leader without a stored answer asks it once and saves it here.
 */
import { rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'
import { staffOnSite } from '../affairs-shared'
import { refuse } from '../../../src/lib/errors'
import { idOf, siteOf } from '../../../src/lib/hooks'

export const trainSeats = { second: L('二等座', 'Second class'), first: L('一等座', 'First class'), business: L('商務座', 'Business class') }
export const seatSides = { window: L('靠窗', 'Window'), aisle: L('靠過道', 'Aisle') }
export const planeZones = { front: L('前部', 'Front'), middle: L('中部', 'Middle'), back: L('尾部', 'Back') }
export const checkIns = { desk: L('訂好後由前臺代辦值機', 'The desk checks in once booked'), self: L('本人自行值機', 'Checks in personally') }

/** The preference fields, shared by the profile and the request (where the server fills them). */
export const preferenceFields = () => [
  {
    type: 'row' as const,
    fields: [
      select('trainSeat', L('火車/動車座席', 'Train seat class'), trainSeats),
      select('seatSide', L('靠窗/靠過道', 'Window or aisle'), seatSides),
      select('planeZone', L('飛機座位位置', 'Where in the plane'), planeZones),
      select('checkIn', L('值機', 'Check-in'), checkIns),
    ],
  },
  text('hotel', L('酒店要求', 'Hotel'), { maxLength: 200, admin: { description: L('例如:全季酒店、大床房、高樓層、無煙', 'e.g. chain, king bed, high floor, non-smoking') } }),
]

/** The names of the preference fields, in the order they are asked. */
export const preferenceNames = ['trainSeat', 'seatSide', 'planeZone', 'checkIn', 'hotel'] as const
export type PreferenceName = (typeof preferenceNames)[number]

export const preferenceLabels: Record<PreferenceName, ReturnType<typeof L>> = {
  trainSeat: L('火車/動車座席', 'train seat class'),
  seatSide: L('靠窗/靠過道', 'window or aisle'),
  planeZone: L('飛機座位位置', 'where in the plane'),
  checkIn: L('值機', 'check-in'),
  hotel: L('酒店要求', 'hotel'),
}

export const TravelPreferences = defineForm({
  slug: 'travel-preferences',
  label: L('出行偏好', 'Travel preferences'),
  plural: L('領導出行偏好', "Leaders' travel preferences"),
  group: groups.desk,
  title: 'staffName',
  columns: ['staff', 'trainSeat', 'seatSide', 'planeZone', 'checkIn', 'hotel'],
  paper: false,
  indexes: [{ fields: ['site', 'staff'], unique: true }],
  fields: [
    rel('staff', L('領導', 'Leader'), 'staff', { required: true, index: true }),
    ...preferenceFields(),
    textarea('notes', L('其他習慣', 'Other habits'), { maxLength: 1000 }),
    text('staffName', L('姓名', 'Name'), { maxLength: 50, admin: { hidden: true, readOnly: true } }),
  ],
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const site = data.site ?? originalDoc?.site
        const staff = await staffOnSite(req, data.staff ?? originalDoc?.staff, site, L('員工不存在', 'No such staff member'))
        const { docs } = await req.payload.find({
          collection: 'travel-preferences',
          where: { and: [{ site: { equals: siteOf({ site }) } }, { staff: { equals: staff.id } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
        if (docs.length) refuse(req, L('{name}的出行偏好已經登記過了(#{id}),請修改那一份', "{name}'s travel preferences are already recorded (#{id}); edit that record"), { name: staff.name, id: docs[0].id }, 409)
        data.staffName = staff.name
        if (idOf(data.staff) === undefined && originalDoc) data.staff = originalDoc.staff
        return data
      },
    ],
  },
})
