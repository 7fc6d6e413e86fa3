/**
 * MEMBER-01 會員檔案: profile, birthday, spending tier (follows the spending of the settings' period;
 * a manual override is recorded), the responsible staff member, package and contract, notes. The
 * `glance` line is what the desk sees when the member is looked up or checks in.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { datetime, day, money, number, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { langOf, refuse } from '../../../src/lib/errors'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { memberGroup, sidebar } from '../labels'
import { glanceOf, memberAfterRead, memberBeforeChange, retier } from './hooks'

export const memberLanguages = { zh: L('簡體中文', 'Simplified Chinese'), 'zh-TW': L('繁體中文', 'Traditional Chinese'), en: L('英文', 'English') }

/** GET /api/members/:id/glance — the check-in summary (birthday, tier and gift, sessions left, contract). */
const glanceEndpoint: Endpoint = {
  path: '/:id/glance',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) refuse(req, L('請先登錄', 'Please sign in first'), {}, 401)
    const doc = await req.payload.findByID({ collection: 'members', id: String(req.routeParams?.id), depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null)
    if (!doc) refuse(req, L('會員不存在', 'No such member'), {}, 404)
    const d = doc as unknown as Record<string, any>
    return Response.json({ id: d.id, name: d.name, ...(await glanceOf(req.payload, d, { lang: langOf(req), req })) })
  },
}

const form = defineForm({
  slug: 'members',
  label: L('會員', 'Member'),
  plural: L('會員檔案', 'Members'),
  group: memberGroup,
  title: 'name',
  columns: ['name', 'phone', 'birthday', 'tier', 'responsibleStaff', 'sessionsLeft', 'contractEnds', 'glance'],
  retention: 'forever',
  hooks: { beforeChange: [memberBeforeChange], afterRead: [memberAfterRead] },
  phrases: ['notes'],
  print: { title: L('會員檔案', 'Member file'), signatures: [L('會員簽字', 'Member'), L('前臺經辦', 'Front desk')] },
  deadlines: [
    // The tier follows the period: once a day, spending that left the period is counted out.
    { name: 'retier', rule: 'MEMBER-01', label: L('會員:按統計期重算消費級別', 'Members: tier recomputed over the period'), from: 'since', after: { days: 1 }, at: '03:00', then: { runMany: retier, repeat: { days: 1 } }, watch: false,
      // memberBeforeChange checks a person's manual tier and derives what `retier` writes itself: nothing for the due column.
      batch: true },
  ],
  fields: [
    text('glance', L('一覽', 'At a glance'), { virtual: true, admin: { readOnly: true } }),
    {
      type: 'row',
      fields: [
        text('name', L('姓名', 'Name'), { required: true, maxLength: 50, index: true }),
        phone('phone', L('手機號', 'Mobile'), { index: true }),
        select('gender', L('性別', 'Gender'), { female: L('女', 'Female'), male: L('男', 'Male') }),
      ],
    },
    {
      type: 'row',
      fields: [
        day('birthday', L('生日', 'Birthday')),
        select('language', L('語言', 'Language'), memberLanguages, { defaultValue: 'zh' }),
        rel('responsibleStaff', L('負責員工', 'Responsible staff'), 'staff', { index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('packageName', L('卡項/套餐', 'Package or card'), { maxLength: 60 }),
        number('sessionsLeft', L('剩餘次數', 'Sessions left'), { max: 10_000 }),
        day('contractEnds', L('合約到期日', 'Contract ends')),
        day('since', L('入會日期', 'Member since'), { defaultValue: () => new Date().toISOString() }),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 2000 }),
    serverOwned(rel('tier', L('消費級別', 'Tier'), 'member-tiers', { admin: sidebar, index: true })),
    serverOwned(money('spending', L('統計期內消費(元)', 'Spending over the period (yuan)'), { defaultValue: 0, admin: sidebar })),
    serverOwned(select('tierSource', L('級別來源', 'Tier set by'), { spending: L('按消費', 'Spending'), override: L('手動調整', 'Manual override') }, { defaultValue: 'spending', admin: sidebar })),
    rel('tierOverride', L('手動調整級別', 'Manual tier'), 'member-tiers', { admin: sidebar }),
    text('overrideReason', L('調整原因', 'Reason for the manual tier'), { maxLength: 200, admin: sidebar }),
    serverOwned(rel('overrideBy', L('調整人', 'Set by'), 'staff', { admin: sidebar })),
    serverOwned(datetime('overrideAt', L('調整時間', 'Set at'), { admin: sidebar })),
  ],
})

export const Members = { ...form, endpoints: [...((form.endpoints || []) as Endpoint[]), glanceEndpoint] }
