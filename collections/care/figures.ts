/** CARE-23 前臺接待統計: what the care desk counts, per staff member and per day (statistics view, 19:00 digest). */
import type { Metric } from '../../jobs/digest/statistics'
import { L } from '../../src/lib/i18n'
import { DAILY_FOLLOW_UPS } from './reception-records/hooks'

export const careFigures: Metric[] = [
  { key: 'calls', label: L('來電咨詢', 'Calls'), collection: 'reception-records', dateField: 'receivedAt', match: { type: 'phone' }, staffField: 'staff' },
  { key: 'visits', label: L('來訪咨詢', 'Visits'), collection: 'reception-records', dateField: 'receivedAt', match: { type: 'visit' }, staffField: 'staff' },
  { key: 'tours', label: L('參觀', 'Tours'), collection: 'visits', dateField: 'timeIn', match: { purpose: 'tour' } },
  { key: 'followUps', label: L('回訪', 'Follow-ups'), collection: 'reception-records', dateField: 'receivedAt', match: { type: 'follow-up' }, staffField: 'staff', quota: DAILY_FOLLOW_UPS },
  { key: 'reservations', label: L('預定入住', 'Reservations'), collection: 'reservations', dateField: 'createdAt' },
  { key: 'admissions', label: L('入住', 'Admissions'), collection: 'admissions', dateField: 'createdAt' },
  { key: 'discharges', label: L('出院', 'Discharges'), collection: 'discharges', dateField: 'createdAt' },
  { key: 'complaints', label: L('投訴', 'Complaints'), collection: 'complaints', dateField: 'receivedAt' },
  // CARE-19: a complaint must be in the system within 30 minutes; the entry flags it, the digest counts it.
  { key: 'lateComplaints', label: L('投訴錄入超時', 'Complaints entered late'), collection: 'complaints', dateField: 'receivedAt', match: { lateEntry: 'yes' } },
]
