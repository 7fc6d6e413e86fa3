/**
 * PROP-07 / PROP-10 / PROP-11 投訴與回訪設置, one per site, editable by the site's 管理處主任 and 客服主管:
 * the time limit (working hours) per complaint category and severity, the follow-up rate each kind
 * must reach, and who receives the monthly complaint statistics and the quarterly analysis.
 */
import type { Access } from 'payload'
import { checkbox, list, number, rel, select } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { isAdmin } from '../../../hooks/access'
import { once } from '../../../src/lib/perRequest'
import { groups } from '../../core/labels'
import { complaintCategories, severities } from '../owner-complaints/options'
import { followUpKinds, defaultTargets } from '../follow-ups/options'

/**
 * Administrators, or a holder of 管理處主任 / 客服主管 (on their own sites: the site scoping does the rest).
 * The positions are read once per request (Payload asks about create and update separately).
 */
const managers: Access = async ({ req }) => {
  const user = req.user as { positions?: unknown[] | null } | null
  if (!user) return false
  if (isAdmin(user)) return true
  const ids = (user.positions ?? []).map((p) => (p && typeof p === 'object' ? (p as { id: number }).id : p))
  if (!ids.length) return false
  return once(req, `complaintManagers:${JSON.stringify(ids)}`, async () => {
    const { totalDocs } = await req.payload.count({ collection: 'positions', where: { and: [{ id: { in: ids } }, { slug: { in: ['office-director', 'cs-supervisor'] } }] }, overrideAccess: true, req })
    return totalDocs > 0
  })
}

export const ComplaintSettings = defineForm({
  slug: 'complaint-settings',
  label: L('投訴與回訪設置', 'Complaint and follow-up settings'),
  plural: L('投訴與回訪設置', 'Complaint and follow-up settings'),
  group: groups.property,
  columns: ['site', 'updatedAt'],
  paper: false,
  print: false,
  indexes: [{ fields: ['site'], unique: true }],
  access: { create: managers, update: managers },
  fields: [
    list(
      'limits',
      L('投訴處理時效(工作小時)', 'Time limits to handle a complaint (working hours)'),
      [
        {
          type: 'row',
          fields: [
            select('category', L('投訴類別(空 = 所有類別)', 'Category (empty = any)'), complaintCategories),
            select('severity', L('投訴級別', 'Severity'), severities, { required: true }),
            number('hours', L('時效(工作小時)', 'Limit (working hours)'), { required: true, min: 0.5, max: 2000 }),
          ],
        },
      ],
      {
        maxRows: 100,
        admin: { description: L('按上班時間和工作日計算;未設置的按級別默認:重大 4、重要 8、一般 16 小時', 'Counted in business hours on working days; unset ones default by severity: major 4, important 8, ordinary 16 hours') },
      },
    ),
    {
      type: 'group',
      name: 'targets',
      label: L('回訪率要求(%)', 'Follow-up rate targets (%)'),
      fields: [
        {
          type: 'row',
          fields: Object.entries(followUpKinds).map(([kind, label]) => number(kind, label, { min: 0, max: 100, defaultValue: defaultTargets[kind] })),
        },
      ],
    },
    rel('monthlyTo', L('月度投訴統計收件職位', 'Monthly complaint statistics to (positions)'), 'positions', { hasMany: true }),
    rel('quarterlyTo', L('季度回訪分析收件職位', 'Quarterly follow-up analysis to (positions)'), 'positions', { hasMany: true }),
    checkbox('reportsActive', L('發送月度與季度報告郵件', 'Send the monthly and quarterly reports'), { defaultValue: true }),
  ],
})
