/**
 * OFFICE-06: an archive's number is the server's — the site's numbering rule filled with the type's
 * code, the year and the next number of that year and type (taken under a lock, unique per site).
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'
import { dayOf, localDay } from '../../../src/lib/calendar'
import { onSite } from '../../../hooks/onSite'
import { lockKey } from '../affairs-shared'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { DEFAULT_PATTERN, formatNumber } from '../archive-settings'

/** Document types and their codes in the number. */
export const archiveTypes = {
  contract: { label: L('合同協議', 'Contract'), code: 'HT' },
  outgoing: { label: L('公司發文', 'Outgoing document'), code: 'FW' },
  incoming: { label: L('收文', 'Incoming document'), code: 'SW' },
  minutes: { label: L('會議紀要', 'Minutes'), code: 'HY' },
  finance: { label: L('財務憑證', 'Finance'), code: 'CW' },
  licence: { label: L('證照資質', 'Licence or certificate'), code: 'ZZ' },
  admin: { label: L('行政文件', 'Administration'), code: 'XZ' },
  other: { label: L('其他', 'Other'), code: 'QT' },
} as const

export const archiveBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)!
  if (o.department != null && !(await onSite(req, 'departments', o.department, site))) refuse(req, L('部門不存在', 'No such department'), {}, 404)
  if (operation === 'update') {
    const moved = (['type', 'year'] as const).filter((k) => k in data && data[k] != null && String(data[k]) !== String(originalDoc?.[k]))
    if (moved.length) refuse(req, L('檔案編號 {number} 已按類型和年份分配,不能再修改類型或年份;如登記有誤請作廢後重新登記', 'The number {number} was given by type and year; the type and year cannot change now — void it and register again'), { number: originalDoc?.number }, 409)
    return data
  }
  const { timeZone } = await siteInfo(req.payload, site, req)
  const year = Number(o.year ?? (o.documentDate ? dayOf(o.documentDate, timeZone) : localDay(new Date(), timeZone)).slice(0, 4))
  const type = String(o.type) as keyof typeof archiveTypes
  const code = archiveTypes[type]?.code
  if (!code) refuse(req, L('請選擇檔案類型', 'Choose the type'))
  await lockKey(req, `archives:${site}:${year}:${type}`)
  const { docs: last } = await req.payload.find({
    collection: 'archives',
    where: { and: [{ site: { equals: site } }, { year: { equals: year } }, { type: { equals: type } }] },
    sort: '-seq',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const seq = Number(last[0]?.seq ?? 0) + 1
  const { docs: rules } = await req.payload.find({ collection: 'archive-settings', where: { site: { equals: site } }, limit: 1, depth: 0, overrideAccess: true, req })
  const number = formatNumber(String(rules[0]?.pattern ?? DEFAULT_PATTERN), { code, year, seq })
  const { totalDocs } = await req.payload.count({ collection: 'archives', where: { and: [{ site: { equals: site } }, { number: { equals: number } }] }, overrideAccess: true, req })
  if (totalDocs) refuse(req, L('按目前的編號規則得到的編號 {number} 已經被使用,請調整編號規則', 'The current numbering rule gives {number}, which is already taken; adjust the rule'), { number }, 409)
  Object.assign(data, { year, seq, number })
  return data
}

/** An entry registered by mistake is voided, never deleted: its number stays taken (a gap, not a reuse). */
export const archiveLifecycle: LifecycleSpec = {
  states: {
    filed: { label: L('在檔', 'Filed'), color: '#16a34a' },
    void: { label: L('已作廢', 'Void'), color: '#6b7280' },
  },
  transitions: [
    {
      from: 'filed',
      to: 'void',
      label: L('作廢', 'Void'),
      by: ['front-desk', 'admin-director'],
      note: 'required',
      set: () => ({ voidedAt: new Date().toISOString() }),
    },
  ],
}
