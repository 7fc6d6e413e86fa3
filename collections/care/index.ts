import type { CollectionConfig } from 'payload'
import { Beds } from './beds'
import { Buildings } from './buildings'
import { Elders } from './elders'
import { ReceptionRecords } from './reception-records'
import { RepairRequests } from './repair-requests'
import { VisitCards } from './visit-cards'
import { Visits } from './visits'

export const careCollections: CollectionConfig[] = [
  ReceptionRecords,
  Buildings,
  Beds,
  Elders,
  VisitCards,
  Visits,
  RepairRequests,
]
