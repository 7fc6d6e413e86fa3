/**
 * PROP-16 鑰匙月度盤點表: on the 25th the whole cabinet is counted — per slot what should be there (the
 * register: a set in the cabinet, less any keys lent) against what was counted, each difference
 * explained, each label and key number checked (the periodic label check) — and reported to the
 * department head (e-mail and work message on `reported`). The sheet's rows are the server's (made from
 * the register when the sheet is opened); people fill in the counts, labels and explanations.
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { asServer } from '../../../src/lib/serverReq'
import { localDay, tryDay } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'
import type { DeadlineArgs } from '../../../hooks/deadlines'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'

/** PROP-16: the day of the month the cabinet is counted. */
export const COUNT_DAY = 25

type Row = { id?: string; key?: unknown; slot?: string; keyNumber?: string; expected?: number; note?: string; counted?: number | null; difference?: number | null; label?: string | null; explanation?: string | null }

export const countLifecycle: LifecycleSpec = {
  states: {
    counting: { label: L('盤點中', 'Counting'), color: '#d97706' },
    reported: { label: L('已上報部門主管', 'Reported to the department head'), color: '#16a34a' },
  },
  transitions: [
    {
      from: 'counting',
      to: 'reported',
      label: L('上報部門主管', 'Report to the department head'),
      by: ['cs-assistant', 'cs-supervisor', 'office-director'],
      tone: 'primary',
      guard: ({ req, doc }) => {
        const rows = (doc.rows ?? []) as Row[]
        const uncounted = rows.filter((r) => r.counted == null).map((r) => r.slot)
        if (uncounted.length) refuse(req, L('還有櫃位未清點:{slots}', 'Slots not counted yet: {slots}'), { slots: uncounted.join('、') }, 409)
        const unlabelled = rows.filter((r) => !r.label).map((r) => r.slot)
        if (unlabelled.length) refuse(req, L('還有櫃位未檢查標簽和鑰匙編號:{slots}', 'Labels and key numbers not checked yet: {slots}'), { slots: unlabelled.join('、') }, 409)
        const unexplained = rows.filter((r) => Number(r.difference ?? 0) !== 0 && !String(r.explanation ?? '').trim()).map((r) => r.slot)
        if (unexplained.length) refuse(req, L('以下櫃位數量有差異,請說明原因:{slots}', 'Explain the differences of: {slots}'), { slots: unexplained.join('、') }, 409)
      },
      set: ({ user }) => ({ reportedAt: new Date().toISOString(), reportedBy: user?.id ?? null }),
    },
  ],
}

const statusNote: Record<string, string> = { out: '借出', overdue: '借出逾期未还', lost: '遗失/损坏' }

/** The rows of a new sheet: every key set not handed to its owner, by cabinet and slot, with what should hang there. */
export async function sheetRows(req: PayloadRequest, site: number): Promise<Row[]> {
  const common = { depth: 0, pagination: false as const, overrideAccess: true, req }
  const [keys, loans] = await Promise.all([
    req.payload.find({ collection: 'keys', where: { and: [{ site: { equals: site } }, { status: { not_equals: 'handed' } }] }, sort: ['cabinet', 'slot'], ...common }),
    req.payload.find({ collection: 'key-loans', where: { and: [{ site: { equals: site } }, { status: { in: ['out', 'overdue'] } }] }, ...common }),
  ])
  const lent = new Map<number, { quantity: number; who: string }>()
  for (const l of loans.docs as Record<string, any>[]) lent.set(idOf(l.key)!, { quantity: Number(l.quantity), who: `${l.borrowerName}(${l.departmentName ?? ''})` })
  return (keys.docs as Record<string, any>[]).map((k) => {
    const loan = lent.get(k.id)
    const expected = k.status === 'lost' ? 0 : Math.max(0, Number(k.quantity) - (loan?.quantity ?? 0))
    const note = [statusNote[k.status] ?? '', loan ? `${loan.quantity}把 ${loan.who}` : ''].filter(Boolean).join(' ')
    return { key: k.id, slot: `${k.cabinet} ${k.slot}`, keyNumber: String(k.keyNumber), expected, note }
  })
}

export const countTexts = {
  exists: L('{month} 的鑰匙盤點表已經存在', 'The key count of {month} already exists'),
  rows: L('盤點表的櫃位由系統按鑰匙登記生成,不能增刪或改動應在數量', 'The rows are made from the key register: they cannot be added, removed or have their expected counts changed'),
}

export const countBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site) return data
  if (operation === 'create') {
    const { timeZone } = await siteInfo(req.payload, site, req)
    const day = tryDay(o.countedOn, timeZone, 'day') ?? localDay(new Date(), timeZone)
    const month = day.slice(0, 7)
    const { totalDocs } = await req.payload.count({ collection: 'key-counts', where: { and: [{ site: { equals: site } }, { month: { equals: month } }] }, overrideAccess: true, req })
    if (totalDocs) refuse(req, countTexts.exists, { month }, 409)
    Object.assign(data, { month, dueOn: `${month}-${String(COUNT_DAY).padStart(2, '0')}`, rows: await sheetRows(req, site) })
  } else if (data.rows !== undefined) {
    const before = new Map(((originalDoc?.rows ?? []) as Row[]).map((r) => [String(r.id), r]))
    const rows = (data.rows ?? []) as Row[]
    if (rows.length !== before.size || rows.some((r) => !before.has(String(r.id)))) refuse(req, countTexts.rows, {}, 409)
    data.rows = rows.map((r) => {
      const b = before.get(String(r.id))!
      if ((r.expected != null && Number(r.expected) !== Number(b.expected)) || (r.key != null && idOf(r.key) !== idOf(b.key))) refuse(req, countTexts.rows, {}, 409)
      return { ...r, key: idOf(b.key), slot: b.slot, keyNumber: b.keyNumber, expected: b.expected, note: b.note }
    })
  }
  const rows = ((data.rows ?? o.rows ?? []) as Row[]).map((r) => ({ ...r, difference: r.counted == null ? null : Number(r.counted) - Number(r.expected ?? 0) }))
  if (data.rows !== undefined) data.rows = rows
  const differences = rows.filter((r) => Number(r.difference ?? 0) !== 0)
  Object.assign(data, {
    expectedTotal: rows.reduce((n, r) => n + Number(r.expected ?? 0), 0),
    countedTotal: rows.reduce((n, r) => n + Number(r.counted ?? 0), 0),
    differences: differences.length,
    differenceText: differences.map((r) => `${r.slot} ${r.keyNumber}:应在${r.expected},实点${r.counted}${r.explanation ? `(${r.explanation})` : ''}`).join(';').slice(0, 3900) || '无差异',
  })
  return data
}

/**
 * The `next` deadline of a sheet: on the next month's 25th, the new sheet is opened (made from the
 * register; its creation tells the customer-service assistant). Once per sheet; a sheet already made
 * by hand for that month is left alone.
 */
export async function openNextCount({ req, doc }: DeadlineArgs): Promise<boolean> {
  const site = siteOf(doc)!
  const [y, m] = String(doc.month).split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  const { totalDocs } = await req.payload.count({ collection: 'key-counts', where: { and: [{ site: { equals: site } }, { month: { equals: next } }] }, overrideAccess: true, req })
  if (totalDocs) return false
  await req.payload.create({ collection: 'key-counts', data: { site, countedOn: `${next}-${COUNT_DAY}` }, req: asServer(req), overrideAccess: true, depth: 0 })
  return true
}
