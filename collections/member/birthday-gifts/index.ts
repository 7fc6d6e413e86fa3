/**
 * MEMBER-03 生日禮物: the gift for the member's tier, given on the birthday; recorded once a year
 * (a second in the same year is refused).
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { datetime, number, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { refuse } from '../../../src/lib/errors'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { localDay } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { mustBeOnSite } from '../../../hooks/onSite'
import { memberGroup, sidebar } from '../labels'
import { tiersOf } from '../members/hooks'

const onceAYear: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site) return data
  const member = await mustBeOnSite<{ name: string; tier?: unknown }>(req, 'members', o.member, site, L('會員不存在', 'No such member'))
  const { timeZone } = await siteInfo(req.payload, site, req)
  const year = Number(localDay(new Date(o.givenAt ?? Date.now()), timeZone).slice(0, 4))
  const clash = await req.payload.find({
    collection: 'birthday-gifts',
    where: { and: [{ site: { equals: site } }, { member: { equals: idOf(o.member) } }, { year: { equals: year } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    limit: 1, depth: 0, overrideAccess: true, req,
  })
  if (clash.totalDocs) refuse(req, L('{name} {year} 年的生日禮物已經送過了', '{name} has already had the {year} birthday gift'), { name: member!.name, year }, 409)
  data.year = year
  data.memberName = member!.name
  if (operation === 'create') {
    const tier = (await tiersOf(req.payload, site, req)).find((t) => t.id === idOf(member!.tier))
    data.tierName = tier?.name ?? null
    if (!o.gift) data.gift = tier?.birthdayGift ?? null
    data.givenBy = idOf(req.user?.id) ?? null
  }
  return data
}

export const BirthdayGifts = defineForm({
  slug: 'birthday-gifts',
  label: L('生日禮物', 'Birthday gift'),
  plural: L('生日禮物登記', 'Birthday gifts'),
  group: memberGroup,
  title: 'memberName',
  columns: ['givenAt', 'memberName', 'tierName', 'gift', 'givenBy'],
  retention: { years: 3, dateField: 'givenAt' },
  indexes: [{ fields: ['member', 'year'], unique: true }],
  hooks: { beforeChange: [onceAYear] },
  fields: [
    rel('member', L('會員', 'Member'), 'members', { required: true, index: true }),
    datetime('givenAt', L('贈送時間', 'Given at'), { required: true, defaultValue: () => new Date().toISOString() }),
    text('gift', L('禮物(默認為級別禮物)', 'Gift (default: the tier’s)'), { maxLength: 100 }),
    textarea('note', L('備註', 'Note'), { maxLength: 500 }),
    serverOwned(number('year', L('年度', 'Year'), { index: true, admin: sidebar, min: 1900, max: 3000 })),
    serverOwned(text('tierName', L('消費級別', 'Tier'), { maxLength: 40, admin: sidebar })),
    serverOwned(rel('givenBy', L('經辦人', 'Given by'), 'staff', { admin: sidebar })),
    serverOwned(text('memberName', L('會員姓名', "Member's name"), { maxLength: 50, admin: { hidden: true } })),
  ],
})
