import type { CollectionConfig } from 'payload'
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

export const careCollections: CollectionConfig[] = [
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
]
