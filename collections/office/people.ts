/**
 * The people: access cards and the leaving checklist, the directory, attendance and leave, personnel
 * files (OFFICE-08 to 11).
 */
import type { DeskPart } from '../desk'
import { L } from '../../src/lib/i18n'
import { AccessCards } from './access-cards'
import { markDeactivatedHolders } from './access-cards/leavers'
import { LeavingChecklists } from './leaving-checklists'
import { Attendance } from './attendance'
import { LeaveSlips } from './leave-slips'
import { PersonnelFiles } from './personnel-files'
import { DirectoryEditions } from './directory-editions'
import { publishDirectory } from './directory-editions/publish'
import { seedPeople } from './people-seed'

export const people: DeskPart = {
  forms: [AccessCards, LeavingChecklists, Attendance, LeaveSlips, PersonnelFiles, DirectoryEditions],
  admin: {
    views: {
      // OFFICE-09 the directory, generated from the staff records, with its XLSX.
      officeDirectory: { Component: '/src/admin/office/people/DirectoryView#DirectoryView', path: '/directory' },
      // OFFICE-10 the month's attendance per person, with its XLSX.
      officeAttendanceSummary: { Component: '/src/admin/office/people/AttendanceSummaryView#AttendanceSummaryView', path: '/attendance-summary' },
    },
    navLinks: ['/src/admin/office/people/DirectoryNavLink#DirectoryNavLink'],
  },
  quickActions: [
    { label: L('發放門禁卡', 'Issue an access card'), collection: 'access-cards' },
    { label: L('離職流程單', 'Leaving checklist'), collection: 'leaving-checklists' },
    { label: L('補錄考勤', 'Enter paper attendance'), collection: 'attendance' },
    { label: L('請假條', 'Leave slip'), collection: 'leave-slips' },
    { label: L('通訊錄', 'Staff directory'), path: '/directory' },
  ],
  sweeps: [
    {
      // OFFICE-08: a deactivated holder's card still out is marked as left; the cards' `leaver` deadline flags it.
      name: 'office-card-leavers',
      rule: 'OFFICE-08',
      when: 'frequent',
      label: L('門禁卡:已停用員工的卡標記為離職未交回', 'Access cards: cards of deactivated staff marked as left'),
      run: async ({ req, now }) => markDeactivatedHolders(req, now),
    },
    {
      // OFFICE-09: the month's directory e-mailed to the site's staff, once per month (its edition record).
      name: 'office-directory',
      rule: 'OFFICE-09',
      when: 'working-morning',
      perSite: true,
      label: L('通訊錄每月發布(郵件發給全體員工)', 'Monthly staff directory e-mailed to all staff'),
      run: async ({ payload, req, now, site }) => {
        const modules = ((await payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true })).modules ?? []) as string[]
        if (!modules.includes('office')) return 0
        return publishDirectory(req, site.id, now)
      },
    },
  ],
  // The day's figures (statistics view, 19:00 digest): cards issued and recovered, paper attendance entered, late sign-ins.
  figures: [
    { key: 'cardsIssued', label: L('發放門禁卡', 'Access cards issued'), collection: 'access-cards', dateField: 'issuedAt' },
    { key: 'cardsReturned', label: L('收回門禁卡', 'Access cards recovered'), collection: 'access-cards', dateField: 'returnedAt', staffField: 'receivedBy' },
    { key: 'paperAttendance', label: L('補錄紙本考勤', 'Paper attendance entered'), collection: 'attendance', dateField: 'signedInAt' },
    { key: 'lateSignIns', label: L('遲到', 'Late sign-ins'), collection: 'attendance', dateField: 'signedInAt', match: { late: 'true' } },
  ],
  seed: seedPeople,
}
