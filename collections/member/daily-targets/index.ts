/**
 * MEMBER-02 每日目標: the day's target count per staff member, set at the morning meeting (08:40);
 * progress is the appointments of that staff member kept that day (`progress`, read-only).
 */
import type { CollectionAfterReadHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { day, number, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { refuse } from '../../../src/lib/errors'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { dayOf } from '../../../src/lib/calendar'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'
import { perPage } from '../../../src/lib/perPage'
import { memberGroup } from '../labels'

const oneADay: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site || !o.day || !idOf(o.staff)) return data
  const { timeZone } = await siteInfo(req.payload, site, req)
  const d = dayOf(o.day, timeZone)
  data.dayKey = d
  const clash = await req.payload.find({
    collection: 'daily-targets',
    where: { and: [{ site: { equals: site } }, { staff: { equals: idOf(o.staff) } }, { dayKey: { equals: d } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    limit: 1, depth: 0, overrideAccess: true, req,
  })
  if (clash.totalDocs) refuse(req, L('{day} 已為這位員工設定目標,請修改原記錄', 'A target for this staff member on {day} is already set: edit it'), { day: d }, 409)
  return data
}

/** For each `site:staff:day` key, the appointments that staff member kept that day: one read for a page of targets. */
async function keptOf(req: PayloadRequest, keys: string[]): Promise<Map<string, number>> {
  const parts = keys.map((k) => k.split(':'))
  const each = (i: number) => [...new Set(parts.map((p) => p[i]))]
  const { docs } = await req.payload.db.find({
    collection: 'appointments',
    where: { and: [{ site: { in: each(0).map(Number) } }, { staff: { in: each(1).map(Number) } }, { dayKey: { in: each(2) } }, { status: { equals: 'arrived' } }] },
    select: { site: true, staff: true, dayKey: true },
    pagination: false,
    req,
  })
  const kept = new Map<string, number>(keys.map((k) => [k, 0]))
  for (const a of docs as Record<string, unknown>[]) {
    const key = `${idOf(a.site)}:${idOf(a.staff)}:${a.dayKey}`
    if (kept.has(key)) kept.set(key, kept.get(key)! + 1)
  }
  return kept
}

/** Kept appointments of the staff member that day, against the target (the rows of a list answered together: src/lib/perPage.ts). */
const progress: CollectionAfterReadHook = async ({ doc, req, overrideAccess }) => {
  if (overrideAccess || !doc?.dayKey || !idOf(doc.staff)) return doc
  const kept = await perPage(req, 'daily-targets.progress', `${siteOf(doc)}:${idOf(doc.staff)}:${doc.dayKey}`, (keys: string[]) => keptOf(req, keys))
  doc.progress = `${kept ?? 0} / ${doc.target ?? 0}`
  return doc
}

export const DailyTargets = defineForm({
  slug: 'daily-targets',
  label: L('每日目標', 'Daily target'),
  plural: L('每日目標(晨會)', 'Daily targets (morning meeting)'),
  group: memberGroup,
  title: 'dayKey',
  columns: ['day', 'staff', 'target', 'progress', 'note'],
  retention: { years: 2, dateField: 'day' },
  hooks: { beforeChange: [oneADay], afterRead: [progress] },
  phrases: ['note'],
  fields: [
    {
      type: 'row',
      fields: [
        day('day', L('日期', 'Day'), { required: true, defaultValue: () => new Date().toISOString() }),
        rel('staff', L('員工', 'Staff member'), 'staff', { required: true, index: true }),
        number('target', L('目標到店顧客數', 'Target (customers)'), { required: true, max: 1000 }),
      ],
    },
    textarea('note', L('晨會安排(目標顧客與方案)', 'Morning meeting: target customers and plan'), { maxLength: 2000 }),
    { name: 'progress', type: 'text', label: L('進度(到店/目標)', 'Progress (kept / target)'), virtual: true, admin: { readOnly: true } },
    serverOwned(text('dayKey', L('日期(文字)', 'Day (text)'), { maxLength: 10, index: true, admin: { hidden: true } })),
  ],
})
