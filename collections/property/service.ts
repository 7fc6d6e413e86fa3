/**
 * Owner complaints, follow-up visits, their rates and the quarterly analysis (PROP-07 to PROP-11):
 * 業主投訴意見表 / 投訴處理記錄表, 回訪記錄表, the site's time limits and rate targets, the follow-up
 * rates page, the monthly complaint statistics and quarterly follow-up analysis e-mails, and the
 * figures of the statistics view and the daily digest.
 */
import type { DeskPart } from '../desk'
import { L } from '../../src/lib/i18n'
import { OwnerComplaints } from './owner-complaints'
import { FollowUps } from './follow-ups'
import { ComplaintSettings } from './complaint-settings'
import { sendServiceReports } from './owner-complaints/statistics'
import { seedComplaintsAndFollowUps } from './owner-complaints/seed'

export const complaintsAndFollowUps: DeskPart = {
  forms: [OwnerComplaints, FollowUps, ComplaintSettings],
  admin: {
    // PROP-10 the follow-up rates per kind over any period (table and chart).
    views: { followUpRates: { Component: '/src/admin/property/FollowUpRatesView#FollowUpRatesView', path: '/follow-up-rates' } },
    navLinks: ['/src/admin/property/FollowUpRatesNavLink#FollowUpRatesNavLink'],
  },
  quickActions: [
    { label: L('登記業主投訴', 'Log an owner complaint'), collection: 'owner-complaints', query: { channel: 'phone' } },
    { label: L('登記回訪', 'Record a follow-up'), collection: 'follow-ups' },
    { label: L('回訪率', 'Follow-up rates'), path: '/follow-up-rates' },
  ],
  sweeps: [
    {
      // PROP-11 / JOB-05: the monthly statistics by the 30th and the quarterly analysis by the 10th, once each.
      name: 'property-service-reports',
      rule: 'PROP-11',
      when: 'working-morning',
      perSite: true,
      label: L('業主投訴月度統計與季度回訪分析郵件', 'Monthly complaint statistics and quarterly follow-up analysis e-mails'),
      run: async ({ payload, req, now, site }) => {
        const modules = ((await payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true })).modules ?? []) as string[]
        if (!modules.includes('property')) return 0
        const sent = await sendServiceReports(payload, site.id, now, { req })
        return Object.values(sent).filter(Boolean).length
      },
    },
  ],
  figures: [
    { key: 'ownerComplaints', label: L('業主投訴', 'Owner complaints'), collection: 'owner-complaints', dateField: 'receivedAt', staffField: 'receivedBy' },
    { key: 'complaintsToldLate', label: L('投訴未當天告知業主', 'Owners not told the same day'), collection: 'owner-complaints', dateField: 'reportedAt', match: { toldLate: 'true' } },
    { key: 'ownerFollowUps', label: L('業主回訪', 'Owner follow-ups'), collection: 'follow-ups', dateField: 'followedAt', staffField: 'followedBy' },
    { key: 'followUpsUnsatisfied', label: L('回訪不滿意', 'Follow-ups unsatisfied'), collection: 'follow-ups', dateField: 'followedAt', match: { satisfaction: 'unsatisfied' } },
  ],
  seed: seedComplaintsAndFollowUps,
}
