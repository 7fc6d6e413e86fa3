/**
 * CARE-14 床位變更書: the same flow as the nursing-fee change (CARE-13); on approval the elder
 * moves to the new bed, the old one is freed and the bed map follows.
 */
import { rel } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { refuse } from '../../../src/lib/errors'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { freeBed, occupyBed, updateElder, type BedDoc } from '../beds/hooks'
import { mustBeOnSite } from '../../../hooks/onSite'
import { idOf } from '../../../src/lib/hooks'
import { groups } from '../../core/labels'
import { elderNow, snapshotElder, whoAsked, why } from '../fee-changes'

export const BedChanges = defineForm({
  slug: 'bed-changes',
  label: L('床位變更書', 'Bed change'),
  plural: L('床位變更書', 'Bed changes'),
  group: groups.care,
  title: 'elderName',
  columns: ['requestedAt', 'elder', 'fromBed', 'toBed', 'approvalStatus', 'approvalPosition'],
  retention: 'forever',
  fields: [
    ...whoAsked,
    {
      type: 'row',
      fields: [
        serverOwned(rel('fromBed', L('原床位', 'From bed'), 'beds')),
        rel('toBed', L('新床位', 'To bed'), 'beds', { required: true }),
      ],
    },
    ...why,
  ],
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const doc = await snapshotElder(req, data, originalDoc)
        if (!doc) return data
        const elder = doc.id
        data.fromBed = idOf(doc.bed) ?? null
        const to = idOf(data.toBed)
        if (to != null && to === data.fromBed) refuse(req, L('新床位與原床位相同', 'The new bed is the bed the elder already has'))
        // Only a bed of this site: another site's answers as a bed that does not exist (its state is not told).
        const bed = to == null ? null : await mustBeOnSite<BedDoc>(req, 'beds', to, data.site ?? originalDoc?.site, L('床位不存在', 'No such bed'))
        if (bed && (bed.outOfService || (bed.status !== 'free' && idOf(bed.elder) !== elder))) {
          refuse(req, L('床位 {bed} 已被預留或入住,請選擇空閒床位', 'Bed {bed} is held or occupied: choose a free bed'), { bed: bed.code }, 409)
        }
        return data
      },
    ],
  },
  approval: {
    chain: ['health-care-supervisor', 'admin-director', 'dean'],
    summary: ['elder', 'requestedAt', 'fromBed', 'toBed', 'reason', 'familyMember'],
    // The approver sees the elder's bed as it is now beside the bed asked for.
    compare: [{ label: L('床位', 'Bed'), current: async (doc, req) => idOf((await elderNow(req, doc))?.bed) ?? idOf(doc.fromBed), next: 'toBed' }],
    onApproved: async ({ req, doc }) => {
      const elder = idOf(doc.elder) as number
      const from = idOf(doc.fromBed) as number | undefined
      const to = idOf(doc.toBed) as number
      await occupyBed(req.payload, to, elder, req)
      await updateElder(req.payload, elder, { bed: to }, req)
      if (from != null) await freeBed(req.payload, from, elder, req)
    },
  },
  notify: [
    {
      on: 'create',
      email: ['health-care-supervisor'],
      cc: ['dean'],
      callWithin: 30,
      subject: L('床位變更:{elderName}', 'Bed change: {elderName}'),
      body: L(
        '{name} 您好:\n\n{elderName} 的家屬申請變更床位,請查看並在審批郵件中簽署意見。前臺將在 30 分鐘內電話跟進。\n\n{summary}\n\n{link}',
        'Hello {name},\n\nThe family of {elderName} asked for a bed change. Please review it and sign through the approval e-mail. The front desk will phone you within 30 minutes.\n\n{summary}\n\n{link}',
      ),
    },
  ],
})
