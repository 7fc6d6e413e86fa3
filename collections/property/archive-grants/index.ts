/**
 * PROP-03 業主檔案查閱登記: a request to read one owner archive (who, why), approved by the 管理處主任
 * (WF-05), registered by the 檔案管理員, then valid for a limited time — by default one working day on
 * the site's calendar (`workingDays`). Only the reader may open the archive, only while it is valid
 * (hooks/secret.ts); every opening is registered in the audit trail. Kept forever.
 */
import { datetime, number, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { groups } from '../../core/labels'
import { grantBeforeChange, grantLifecycle } from './hooks'

const sidebar = { position: 'sidebar' as const }

export const ArchiveGrants = defineForm({
  slug: 'archive-grants',
  label: L('業主檔案查閱登記', 'Archive reading grant'),
  plural: L('業主檔案查閱登記', 'Archive reading grants'),
  group: groups.property,
  title: 'archiveTitle',
  columns: ['archiveTitle', 'reader', 'reason', 'approvalStatus', 'status', 'validUntil'],
  retention: 'forever',
  indexes: [{ fields: ['reader', 'status', 'validUntil'] }],
  hooks: { beforeChange: [grantBeforeChange] },
  approval: { chain: ['office-director'], summary: ['archiveTitle', 'reader', 'reason', 'workingDays'] },
  lifecycle: grantLifecycle,
  notify: [
    {
      on: 'approved',
      message: ['archive-keeper'],
      subject: L('業主檔案查閱已批准,請辦理登記', 'Archive reading approved: please register it'),
      body: L('{archiveTitle}的查閱申請已獲管理處主任批准,請辦理查閱登記。', 'The request to read {archiveTitle} was approved by the office director; please register it.'),
    },
  ],
  deadlines: [
    { name: 'expiry', rule: 'PROP-03', label: L('檔案查閱:到期結束', 'Archive readings: end at expiry'), from: 'validUntil', while: { status: 'registered' }, then: { to: 'expired' }, watch: false },
  ],
  print: { title: L('業主檔案查閱登記表', 'Owner archive reading register'), signatures: [L('查閱人', 'Reader'), L('管理處主任', 'Office director'), L('檔案管理員', 'Archive keeper')] },
  fields: [
    rel('archive', L('業主檔案', 'Owner archive'), 'owner-files', { required: true, index: true }),
    serverOwned(text('archiveTitle', L('檔案', 'Archive'), { maxLength: 60, admin: { hidden: true } })),
    serverOwned(rel('reader', L('查閱人', 'Reader'), 'staff', { index: true, admin: { description: L('申請人本人', 'The person asking') } })),
    textarea('reason', L('查閱原因', 'Why'), { required: true, maxLength: 1000 }),
    number('workingDays', L('有效期(工作日)', 'Valid for (working days)'), { required: true, defaultValue: 1, min: 1, max: 10 }),
    select('status', L('狀態', 'Status'), stateOptions(grantLifecycle), { defaultValue: 'requested', index: true, admin: sidebar }),
    serverOwned(rel('registeredBy', L('登記人(檔案管理員)', 'Registered by'), 'staff', { admin: sidebar })),
    serverOwned(datetime('registeredAt', L('登記時間', 'Registered at'), { admin: sidebar })),
    serverOwned(datetime('validFrom', L('有效自', 'Valid from'), { index: true, admin: sidebar })),
    serverOwned(datetime('validUntil', L('有效至', 'Valid until'), { index: true, admin: sidebar })),
  ],
})
