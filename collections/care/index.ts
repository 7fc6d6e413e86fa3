import type { CollectionConfig } from 'payload'
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
]
