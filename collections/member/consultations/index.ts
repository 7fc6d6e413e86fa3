/**
 * MEMBER-04 諮詢與成交: each consultation of the day — a deal (amount, item) or not closed, with its
 * reason (required: from the editable list, plus free text); good cases are marked for tomorrow's
 * morning meeting. A deal counts towards the member's spending and tier (MEMBER-01).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { checkbox, datetime, money, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { refuse } from '../../../src/lib/errors'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { defineForm } from '../../../hooks/form/defineForm'
import { mustBeOnSite } from '../../../hooks/onSite'
import { memberGroup, sidebar } from '../labels'
import { recomputeMember } from '../members/hooks'

export const outcomes = { closed: L('成交', 'Closed (deal)'), 'not-closed': L('未成單', 'Not closed') }

const rules: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  if (o.outcome === 'closed') {
    if (!(Number(o.amount) > 0)) refuse(req, L('成交須填寫金額', 'A deal needs its amount'))
    data.lostReason = null
  } else if (o.outcome === 'not-closed') {
    if (!idOf(o.lostReason)) refuse(req, L('未成單須選擇原因', 'A consultation that did not close needs its reason'))
    await mustBeOnSite(req, 'lost-reasons', o.lostReason, siteOf(o), L('未成單原因不存在', 'No such reason'))
  }
  if (idOf(o.member)) {
    const m = await mustBeOnSite<{ name: string }>(req, 'members', o.member, siteOf(o), L('會員不存在', 'No such member'))
    if (!o.customerName) data.customerName = m!.name
  } else if (!String(o.customerName ?? '').trim()) refuse(req, L('請選擇會員或填寫顧客姓名', 'Choose a member or give the customer’s name'))
  if (operation === 'create' && !idOf(o.staff) && req.user) data.staff = req.user.id
  return data
}

const spending: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await recomputeMember(req, idOf(doc.member))
  if (idOf(previousDoc?.member) && idOf(previousDoc?.member) !== idOf(doc.member)) await recomputeMember(req, idOf(previousDoc.member))
  return doc
}

export const Consultations = defineForm({
  slug: 'consultations',
  label: L('諮詢與成交', 'Consultation'),
  plural: L('諮詢與成交', 'Consultations and deals'),
  group: memberGroup,
  title: 'customerName',
  columns: ['at', 'customerName', 'staff', 'item', 'outcome', 'amount', 'lostReason', 'goodCase'],
  retention: { years: 3, dateField: 'at' },
  indexes: [{ fields: ['site', 'at'] }],
  hooks: { beforeChange: [rules], afterChange: [spending] },
  phrases: ['lostNote', 'caseNote'],
  fields: [
    {
      type: 'row',
      fields: [
        datetime('at', L('時間', 'Time'), { required: true, index: true, defaultValue: () => new Date().toISOString() }),
        rel('member', L('會員', 'Member'), 'members', { index: true }),
        text('customerName', L('顧客姓名', 'Customer'), { maxLength: 50 }),
        rel('staff', L('接待員工', 'Staff member'), 'staff', { index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('item', L('項目', 'Item'), { required: true, maxLength: 100 }),
        select('outcome', L('結果', 'Outcome'), outcomes, { required: true, index: true }),
        money('amount', L('成交金額(元)', 'Amount (yuan)')),
      ],
    },
    rel('lostReason', L('未成單原因', 'Reason not closed'), 'lost-reasons', { admin: { condition: (d) => d?.outcome === 'not-closed' } }),
    textarea('lostNote', L('未成單分析與方案', 'Why not, and the plan'), { maxLength: 2000, admin: { condition: (d) => d?.outcome === 'not-closed' } }),
    checkbox('goodCase', L('好案例(明日晨會分享)', 'Good case (share at tomorrow’s meeting)'), { admin: sidebar }),
    textarea('caseNote', L('案例說明', 'The case'), { maxLength: 2000 }),
  ],
})
