/** The estate: buildings, units, owners and their history, owner archives and reading grants, arrears and census (PROP-01 to PROP-06). */
import type { DeskPart } from '../desk'
import { EstateBuildings } from './estate-buildings'
import { Units } from './units'
import { Owners } from './owners'
import { UnitHistory } from './unit-history'
import { OwnerArchives } from './owner-files'
import { ArchiveScans } from './archive-scans'
import { ArchiveGrants } from './archive-grants'
import { Arrears } from './arrears'
import { Censuses } from './household-censuses'
import { seedEstate } from './estate-seed'
import { sendArchiveReport } from './owner-files/report'
import { L } from '../../src/lib/i18n'

export const estate: DeskPart = {
  forms: [EstateBuildings, Units, Owners, UnitHistory, OwnerArchives, ArchiveGrants, Arrears, Censuses, ArchiveScans],
  admin: {
    views: {
      // PROP-04 finance's arrears list: preview, row-level errors, save.
      arrearsImport: { Component: '/src/admin/property/ArrearsImportView#ArrearsImportView', path: '/arrears-import' },
    },
    navLinks: ['/src/admin/property/ArrearsImportNavLink#ArrearsImportNavLink'],
  },
  quickActions: [
    { label: L('申請查閱業主檔案', 'Ask to read an owner archive'), collection: 'archive-grants' },
    { label: L('導入欠費清單', 'Import the arrears list'), path: '/arrears-import' },
    { label: L('登記家庭普查', 'Record a household census'), collection: 'household-censuses' },
  ],
  sweeps: [
    {
      // PROP-06 / JOB-05: the previous month's archive report to the department head, by the 5th, once.
      name: 'property-archive-report',
      rule: 'PROP-06',
      when: 'working-morning',
      perSite: true,
      label: L('業主檔案月報(每月5日前)', 'Monthly owner-archive report (by the 5th)'),
      run: async ({ payload, req, now, site }) => {
        const modules = ((await payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true })).modules ?? []) as string[]
        if (!modules.includes('property')) return 0
        return (await sendArchiveReport(payload, site.id, now, { req })) ? 1 : 0
      },
    },
  ],
  seed: seedEstate,
}
