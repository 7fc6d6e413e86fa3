/** The office's affairs: travel with each leader's preferences, office supplies, the archive index (OFFICE-03, 05, 06). */
import type { DeskPart } from '../desk'
import { L } from '../../src/lib/i18n'
import { TravelPreferences } from './travel-preferences'
import { TravelRequests } from './travel-requests'
import { SupplyPlans } from './supply-plans'
import { SupplyPurchases } from './supply-purchases'
import { SupplyIssues } from './supply-issues'
import { ArchiveSettings } from './archive-settings'
import { Archives } from './archives'
import { seedAffairs } from './affairs-seed'

export const affairs: DeskPart = {
  forms: [TravelRequests, TravelPreferences, SupplyIssues, SupplyPlans, SupplyPurchases, Archives, ArchiveSettings],
  quickActions: [
    { label: L('訂票申請', 'Book travel'), collection: 'travel-requests' },
    { label: L('領用辦公用品', 'Issue office supplies'), collection: 'supply-issues' },
    { label: L('登記檔案', 'Register a document'), collection: 'archives' },
    { label: L('辦公用品季度匯總', 'Quarterly supplies summary'), path: '/supply-summary' },
  ],
  admin: { views: { supplySummary: { Component: '/src/admin/office/affairs/SupplySummaryView#SupplySummaryView', path: '/supply-summary' } } },
  figures: [
    { key: 'office-trips', label: L('差旅訂票', 'Trips booked'), collection: 'travel-requests', dateField: 'bookedAt' },
    { key: 'office-supply-issues', label: L('辦公用品領用', 'Supplies issues'), collection: 'supply-issues', dateField: 'issuedAt' },
    { key: 'office-archives', label: L('檔案登記', 'Documents registered'), collection: 'archives', dateField: 'createdAt' },
  ],
  seed: seedAffairs,
}
