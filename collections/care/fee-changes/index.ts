/**
 * CARE-13 護理費用變更書: recorded the day the family asks; e-mailed to the health-care supervisor
 * cc the dean with a phone call within 30 minutes (WF-10); signed by 健康照料部主管 → 綜合行政部主任 →
 * 院長 (WF-05); on approval the elder's nursing fee changes and the cashier gets a copy the same day.
 */
import type { Field, PayloadRequest } from 'payload'
import { datetime, day, money, phone, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { updateElder } from '../beds/hooks'
import { mustBeOnSite } from '../../../hooks/onSite'
import { idOf } from '../../../src/lib/hooks'
import { groups } from '../../core/labels'

/** The part the nursing-fee and bed changes share: which elder, when the family asked, why, who asked. */
export const whoAsked: Field[] = [
  {
    type: 'row',
    fields: [
      rel('elder', L('老人', 'Elder'), 'elders', { required: true, index: true }),
      datetime('requestedAt', L('家屬提出日期', 'Requested by the family on'), { required: true, defaultValue: () => new Date().toISOString() }),
    ],
  },
  serverOwned(text('elderName', L('老人姓名', "Elder's name"), { maxLength: 50 })),
]

export const why: Field[] = [
  textarea('reason', L('變更原因', 'Reason for the change'), { required: true }),
  {
    type: 'row',
    fields: [text('familyMember', L('提出家屬', 'Family member'), { maxLength: 50 }), phone('familyPhone', L('家屬電話', 'Family phone'))],
  },
]

/**
 * Copy the elder's name onto the form; returns the elder as it is now. Only an elder of the form's own
 * site: another site's answers as an elder that does not exist (nothing of it is read or copied).
 */
export async function snapshotElder(req: PayloadRequest, data: Record<string, unknown>, originalDoc?: Record<string, unknown>) {
  const elder = idOf(data.elder)
  if (elder == null) return null
  const doc = await mustBeOnSite(req, 'elders', elder, data.site ?? originalDoc?.site, L('老人不存在', 'No such elder'))
  data.elderName = doc.name
  return doc
}

/** The form's elder as it is now (for the approvers' comparison), or nothing. */
export async function elderNow(req: PayloadRequest, doc: Record<string, unknown>) {
  const id = idOf(doc.elder)
  if (id == null) return null
  return (await req.payload.findByID({ collection: 'elders', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as { nursingFee?: number | null; bed?: unknown } | null
}

export const FeeChanges = defineForm({
  slug: 'fee-changes',
  label: L('護理費用變更書', 'Nursing-fee change'),
  plural: L('護理費用變更書', 'Nursing-fee changes'),
  group: groups.care,
  title: 'elderName',
  columns: ['requestedAt', 'elder', 'currentFee', 'newFee', 'approvalStatus', 'approvalPosition'],
  retention: 'forever',
  fields: [
    ...whoAsked,
    {
      type: 'row',
      fields: [
        serverOwned(money('currentFee', L('原護理費(元/月)', 'Current fee (元/month)'))),
        money('newFee', L('新護理費(元/月)', 'New fee (元/month)'), { required: true }),
        day('effectiveFrom', L('生效日期', 'Effective from')),
      ],
    },
    ...why,
  ],
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const elder = await snapshotElder(req, data, originalDoc)
        if (elder) data.currentFee = elder.nursingFee ?? null
        return data
      },
    ],
  },
  approval: {
    chain: ['health-care-supervisor', 'admin-director', 'dean'],
    summary: ['elder', 'requestedAt', 'newFee', 'effectiveFrom', 'reason', 'familyMember'],
    // The approver sees the elder's fee as it is now beside the fee asked for.
    compare: [{ label: L('護理費(元/月)', 'Nursing fee (元/month)'), current: async (doc, req) => (await elderNow(req, doc))?.nursingFee ?? doc.currentFee, next: 'newFee' }],
    onApproved: async ({ req, doc }) => {
      await updateElder(req.payload, idOf(doc.elder) as number, { nursingFee: doc.newFee }, req)
    },
  },
  notify: [
    {
      on: 'create',
      email: ['health-care-supervisor'],
      cc: ['dean'],
      callWithin: 30,
      subject: L('護理費用變更:{elderName}', 'Nursing-fee change: {elderName}'),
      body: L(
        '{name} 您好:\n\n{elderName} 的家屬申請變更護理費,請查看並在審批郵件中簽署意見。前臺將在 30 分鐘內電話跟進。\n\n{summary}\n\n{link}',
        'Hello {name},\n\nThe family of {elderName} asked to change the nursing fee. Please review it and sign through the approval e-mail. The front desk will phone you within 30 minutes.\n\n{summary}\n\n{link}',
      ),
    },
    {
      on: 'approved',
      email: ['cashier'],
      message: [{ field: 'submittedBy' }],
      subject: L('護理費用變更已批准:{elderName}', 'Nursing-fee change approved: {elderName}'),
      body: L('{elderName} 的護理費已改為 {newFee} 元/月(原 {currentFee} 元)。\n\n{summary}', "{elderName}'s nursing fee is now {newFee} 元/month (was {currentFee} 元).\n\n{summary}"),
    },
  ],
})
