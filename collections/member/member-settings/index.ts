/**
 * MEMBER-01 / MEMBER-04 / JOB-05 會員服務設置, one per site: over how many months spending sets the
 * tier, when a contract counts as expiring, and to which positions the 19:00 daily report is sent.
 */
import { number, rel } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { memberGroup } from '../labels'

export const MemberSettings = defineForm({
  slug: 'member-settings',
  label: L('會員服務設置', 'Member desk settings'),
  group: memberGroup,
  columns: ['tierMonths', 'contractWarnDays', 'reportTo', 'reportCc'],
  paper: false,
  print: false,
  indexes: [{ fields: ['site'], unique: true }],
  fields: [
    number('tierMonths', L('消費級別統計期(月)', 'Tier period (months of spending)'), { required: true, defaultValue: 12, min: 1, max: 120 }),
    number('contractWarnDays', L('合約到期提醒(天內)', 'Contract expiring within (days)'), { required: true, defaultValue: 30, min: 1, max: 365 }),
    rel('reportTo', L('日報表收件職位', 'Daily report to (positions)'), 'positions', { hasMany: true }),
    rel('reportCc', L('日報表抄送職位', 'Daily report cc (positions)'), 'positions', { hasMany: true }),
  ],
})

export const memberSettingsDefaults = { tierMonths: 12, contractWarnDays: 30, reportTo: ['store-manager'], reportCc: ['general-manager'] }

/** The site's settings (defaults when none was saved). */
export async function memberSettings(payload: import('payload').Payload, site: number, req?: Partial<import('payload').PayloadRequest>) {
  const { docs } = await payload.find({ collection: 'member-settings', where: { site: { equals: site } }, depth: 1, limit: 1, overrideAccess: true, req })
  const s = docs[0] as { tierMonths?: number; contractWarnDays?: number; reportTo?: { slug?: string }[]; reportCc?: { slug?: string }[] } | undefined
  const slugs = (list: { slug?: string }[] | undefined, fallback: string[]) => (list?.length ? list.map((p) => p.slug).filter((x): x is string => Boolean(x)) : fallback)
  return {
    tierMonths: s?.tierMonths ?? memberSettingsDefaults.tierMonths,
    contractWarnDays: s?.contractWarnDays ?? memberSettingsDefaults.contractWarnDays,
    reportTo: slugs(s?.reportTo, memberSettingsDefaults.reportTo),
    reportCc: slugs(s?.reportCc, memberSettingsDefaults.reportCc),
  }
}
