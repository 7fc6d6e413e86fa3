/** The reception: the phone log, visitors and interview candidates, parcels, meetings (OFFICE-01, 02, 04, 07). */
import type { DeskPart } from '../desk'
import { L } from '../../src/lib/i18n'
import { PhoneLog } from './phone-log'
import { VisitorLog } from './visitor-log'
import { ParcelConsents } from './parcel-consents'
import { OfficeParcels } from './office-parcels'
import { Meetings } from './meetings'
import { seedReception } from './reception-seed'

export const reception: DeskPart = {
  forms: [PhoneLog, VisitorLog, OfficeParcels, ParcelConsents, Meetings],
  quickActions: [
    { label: L('登記來電', 'Log a call'), collection: 'phone-log' },
    { label: L('登記訪客', 'Sign in a visitor'), collection: 'visitor-log' },
    { label: L('登記快遞', 'Log a parcel'), collection: 'office-parcels' },
    { label: L('安排會議', 'Arrange a meeting'), collection: 'meetings' },
  ],
  // OFFICE-01: calls per desk person and day, answered within three rings or not (measured from the phone's ring and answer events).
  figures: [
    { key: 'officeCalls', label: L('接聽來電', 'Calls logged'), collection: 'phone-log', dateField: 'receivedAt', staffField: 'takenBy' },
    { key: 'withinThreeRings', label: L('三聲內接聽', 'Answered within three rings'), collection: 'phone-log', dateField: 'receivedAt', match: { ringCheck: 'within' }, staffField: 'takenBy' },
    { key: 'afterThreeRings', label: L('超過三聲接聽', 'Answered after three rings'), collection: 'phone-log', dateField: 'receivedAt', match: { ringCheck: 'late' }, staffField: 'takenBy' },
    { key: 'missedCalls', label: L('未接來電', 'Missed calls'), collection: 'phone-log', dateField: 'receivedAt', match: { outcome: 'missed' } },
    { key: 'officeVisitors', label: L('訪客', 'Visitors'), collection: 'visitor-log', dateField: 'timeIn', staffField: 'receivedBy' },
    { key: 'officeParcels', label: L('快遞', 'Parcels'), collection: 'office-parcels', dateField: 'receivedAt', staffField: 'receivedBy' },
  ],
  seed: seedReception,
}
