/**
 * CARE-20 維修申請/保修單: anyone can file; the repairer is told; the status runs until done. Device
 * failures (phone, TV, card reader, CCTV, gate) are filed here too, by the devices module (fileRepair).
 */
import { datetime, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'
import { stateOptions } from '../../../hooks/lifecycle'
import { repairLifecycle } from './hooks'

/** CARE-20: open → in progress → done, or cancelled (collections/care/repair-requests/hooks.ts). */
export const repairStatuses = stateOptions(repairLifecycle)

export const repairCategories = {
  facility: L('房屋設施', 'Building and fittings'),
  phone: L('電話', 'Phone'),
  tv: L('電視', 'TV'),
  'card-reader': L('刷卡器', 'Card reader'),
  cctv: L('監控', 'CCTV'),
  gate: L('電動門', 'Gate'),
  electrical: L('水電', 'Water and power'),
  other: L('其他', 'Other'),
}

export const RepairRequests = defineForm({
  slug: 'repair-requests',
  label: L('維修申請', 'Repair request'),
  plural: L('維修申請', 'Repair requests'),
  group: groups.care,
  title: 'item',
  columns: ['reportedAt', 'category', 'item', 'location', 'status', 'repairer'],
  retention: { years: 2, dateField: 'reportedAt' },
  indexes: [{ fields: ['site', 'status'] }],
  lifecycle: repairLifecycle,
  notify: [
    {
      on: 'create',
      message: ['engineer', 'property-staff'],
      subject: L('維修申請:{item}', 'Repair request: {item}'),
      body: L('{location} {item}:{description}(報修人 {reporterName})', '{location} {item}: {description} (reported by {reporterName})'),
    },
    {
      on: { field: 'repairer' },
      message: [{ field: 'repairer' }],
      subject: L('請您維修:{item}', 'Please repair: {item}'),
      body: L('{location} {item}:{description}(報修人 {reporterName})', '{location} {item}: {description} (reported by {reporterName})'),
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        select('category', L('類別', 'Category'), repairCategories, { required: true, defaultValue: 'facility' }),
        datetime('reportedAt', L('報修時間', 'Reported at'), { required: true, defaultValue: () => new Date().toISOString(), index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('item', L('報修項目', 'What is broken'), { required: true, maxLength: 100 }),
        text('location', L('位置', 'Location'), { maxLength: 100 }),
      ],
    },
    textarea('description', L('故障描述', 'Description'), { maxLength: 2000 }),
    {
      type: 'row',
      fields: [
        text('reporterName', L('報修人', 'Reported by'), { required: true, maxLength: 50 }),
        rel('reportedBy', L('報修員工', 'Reporting staff'), 'staff'),
        text('device', L('設備編號', 'Device'), { maxLength: 100, admin: { description: L('設備自動報修時填寫', 'Filled in when a device reports itself') } }),
      ],
    },
    {
      type: 'row',
      fields: [
        rel('repairer', L('維修人', 'Repairer'), 'staff'),
        select('status', L('狀態', 'Status'), repairStatuses, { index: true }),
        datetime('doneAt', L('完成時間', 'Done at')),
      ],
    },
    textarea('result', L('維修結果', 'Result'), { maxLength: 2000 }),
  ],
})
