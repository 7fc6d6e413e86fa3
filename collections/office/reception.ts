/** The reception: the phone log, visitors and interview candidates, parcels, meetings (OFFICE-01, 02, 04, 07). */
import type { DeskPart } from '../desk'
import { L } from '../../src/lib/i18n'
import { PhoneLog } from './phone-log'
import { VisitorLog } from './visitor-log'
import { ParcelConsents } from './parcel-consents'
import { OfficeParcels } from './office-parcels'
import { Meetings } from './meetings'
import { seedReception } from './reception-seed'
import { phoneLogFromCall } from './phone-log/fromCall'

export const reception: DeskPart = {
  forms: [PhoneLog, VisitorLog, OfficeParcels, ParcelConsents, Meetings],
  quickActions: [
    { label: L('登記來電', 'Log a call'), collection: 'phone-log' },
    { label: L('登記訪客', 'Sign in a visitor'), collection: 'visitor-log' },
    { label: L('登記快遞', 'Log a parcel'), collection: 'office-parcels' },
    { label: L('安排會議', 'Arrange a meeting'), collection: 'meetings' },
  ],
  // OFFICE-01: calls per day and desk person, answered within three rings or not, and missed — counted on
  // the phone's own call records (every call the phone saw, logged in the phone log or not; who answered
  // is the desk person who answered from the pop-up or the staff member of the answering extension,
  // devices/phone/calls.ts), measured from its ring and answer events (devices/phone/rings.ts).
  figures: [
    { key: 'officeCalls', label: L('登記來電', 'Calls logged'), collection: 'phone-log', dateField: 'receivedAt', staffField: 'takenBy' },
    { key: 'withinThreeRings', label: L('三聲內接聽', 'Answered within three rings'), collection: 'calls', dateField: 'startedAt', match: { ringCheck: 'within' }, staffField: 'answeredBy' },
    { key: 'afterThreeRings', label: L('超過三聲接聽', 'Answered after three rings'), collection: 'calls', dateField: 'startedAt', match: { ringCheck: 'late' }, staffField: 'answeredBy' },
    { key: 'missedCalls', label: L('未接來電', 'Missed calls'), collection: 'calls', dateField: 'startedAt', match: { ringCheck: 'missed' } },
    { key: 'officeVisitors', label: L('訪客', 'Visitors'), collection: 'visitor-log', dateField: 'timeIn', staffField: 'receivedBy' },
    { key: 'officeParcels', label: L('快遞', 'Parcels'), collection: 'office-parcels', dateField: 'receivedAt', staffField: 'receivedBy' },
  ],
  // OFFICE-01: the call pop-up at the company's sites offers 登記: a phone-log entry filled from the call.
  devices: { callLog: { collection: 'phone-log', callField: 'call', fill: phoneLogFromCall } },
  seed: seedReception,
}
