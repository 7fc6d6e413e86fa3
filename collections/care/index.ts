import type { CollectionConfig } from 'payload'
import { ReceptionRecords } from './reception-records'

export const careCollections: CollectionConfig[] = [ReceptionRecords]
