/**
 * 養老院前臺 — the care home's desk (香堤養老院): its forms in the order of the navigation, its bed
 * map and follow-up list, the SMS queue, its figures for the statistics and the 19:00 digest, and
 * how it answers the card reader and a device that stopped answering.
 */
import { defineDesk } from '../desk'
import { careCallers } from './callers'
import { L } from '../../src/lib/i18n'
import { careFigures } from './figures'
import { deliverSms } from './sms/hooks'
import { repairForDevice } from './repair-requests/hooks'
import { logCardSwipe } from './visit-cards/swipe'
import { seedCare } from '../../src/seed/care'
import { SmsNotices } from './sms-notices'
import { Sms } from './sms'
import { Parcels } from './parcels'
import { Outings } from './outings'
import { MealOrders } from './meal-orders'
import { Gatherings } from './gatherings'
import { Discharges } from './discharges'
import { Complaints } from './complaints'
import { BusinessTrips } from './business-trips'
import { Admissions } from './admissions'
import { AdmissionPreps } from './admission-preps'
import { BedChanges } from './bed-changes'
import { Beds } from './beds'
import { Buildings } from './buildings'
import { Elders } from './elders'
import { FeeChanges } from './fee-changes'
import { ReceptionRecords } from './reception-records'
import { RepairRequests } from './repair-requests'
import { Reservations } from './reservations'
import { VisitCards } from './visit-cards'
import { Visits } from './visits'
import { Waitlist } from './waitlist'

export const careDesk = defineDesk({
  slug: 'care',
  label: L('養老院前臺', 'Care home desk'),
  forms: [
    ReceptionRecords,
    Buildings,
    Beds,
    Elders,
    FeeChanges,
    BedChanges,
    VisitCards,
    Visits,
    RepairRequests,
    Reservations,
    Waitlist,
    AdmissionPreps,
    Admissions,
    Outings,
    Discharges,
    MealOrders,
    Gatherings,
    Complaints,
    Parcels,
    BusinessTrips,
    SmsNotices,
    Sms,
  ],
  admin: {
    views: {
      // CARE-12 the bed map, CARE-03 the follow-up list.
      bedMap: { Component: '/src/admin/care/BedMapView#BedMapView', path: '/bed-map' },
      followUps: { Component: '/src/admin/care/FollowUpView#FollowUpView', path: '/follow-ups' },
    },
    navLinks: ['/src/admin/care/NavLinks#CareNavLinks'],
  },
  // The desk's daily actions on its home (src/admin/home), one click each.
  quickActions: [
    { label: L('登記來電', 'Log a call'), collection: 'reception-records', query: { type: 'phone' } },
    { label: L('來訪登記', 'Register a visitor'), collection: 'visits' },
    { label: L('新建預定', 'New reservation'), collection: 'reservations' },
    { label: L('老人外出登記', 'Log an outing'), collection: 'outings' },
    { label: L('快遞登記', 'Log a parcel'), collection: 'parcels' },
    { label: L('床位圖', 'Bed map'), path: '/bed-map' },
    { label: L('回訪列表', 'Follow-up list'), path: '/follow-ups' },
  ],
  sweeps: [
    { name: 'sms', rule: 'CARE-18', when: 'frequent', label: L('短信:發送發件箱中的短信', 'SMS: send the outbox'), run: ({ payload, now }) => deliverSms(payload, now), watch: { collection: 'sms', due: () => ({ status: { equals: 'queued' } }) } },
  ],
  figures: careFigures,
  devices: {
    cardSwipe: logCardSwipe,
    deviceDown: repairForDevice,
    whoIsCalling: careCallers,
  },
  seed: seedCare,
})
