/**
 * JOB-03: one routine item on one day. Staff tick `done` in the admin panel (or on the dashboard);
 * the routine job creates the day's checks, runs device items and flags what was missed.
 */
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { isServerCall, signedIn } from '../../hooks/access'
import { checkbox, datetime, rel, select, text, textarea } from '../../src/lib/fields'
import { serverOwned, serverOwnedGuard } from '../../hooks/serverOwned'
import { L } from '../../src/lib/i18n'
import { refuse } from '../../src/lib/errors'
import { deviceActions, itemKinds } from './routines'
import { schedulesGroup } from './labels'

export const checkStatuses = {
  pending: L('待辦', 'To do'),
  done: L('已完成', 'Done'),
  late: L('超時完成', 'Done late'),
  missed: L('未完成(已過時段)', 'Missed'),
  failed: L('設備執行失敗', 'Device action failed'),
}

/** Ticking an item records who and when; done after its window counts as late. */
const tick: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (operation !== 'update' || !data || data.done === undefined || Boolean(data.done) === Boolean(originalDoc?.done)) return data
  if (data.status && isServerCall(req)) return data // the routine job says itself what happened (device items)
  if (!data.done) {
    if (req.payloadAPI !== 'local') refuse(req, L('已完成的事項不能取消勾選', 'A done item cannot be unticked'), {}, 403)
    return data
  }
  const now = new Date()
  data.doneAt = now.toISOString()
  data.doneBy = req.user?.id ?? originalDoc?.doneBy
  const windowEnd = originalDoc?.windowEnd ? new Date(originalDoc.windowEnd) : undefined
  data.status = windowEnd && now > windowEnd ? 'late' : 'done'
  return data
}

const base: CollectionConfig = {
  slug: 'routine-checks',
  labels: { singular: L('值班事項', 'Routine item'), plural: L('今日值班事項', 'Routine items by day') },
  admin: {
    group: schedulesGroup,
    useAsTitle: 'title',
    defaultColumns: ['day', 'from', 'to', 'title', 'status', 'done', 'doneBy'],
    listSearchableFields: ['title', 'day'],
  },
  access: { read: signedIn, create: () => false, update: signedIn, delete: () => false },
  custom: { site: true },
  indexes: [{ fields: ['site', 'day', 'item'], unique: true }, { fields: ['status', 'windowEnd'] }],
  hooks: { beforeChange: [tick] },
  fields: [
    serverOwned(text('day', L('日期', 'Date'), { required: true, maxLength: 10, index: true })),
    serverOwned(text('from', L('開始', 'From'), { maxLength: 5 })),
    serverOwned(text('to', L('結束', 'To'), { maxLength: 5 })),
    serverOwned(text('title', L('事項', 'Duty'), { required: true })),
    serverOwned(select('kind', L('方式', 'How'), itemKinds, { defaultValue: 'manual' })),
    serverOwned(select('actions', L('設備動作', 'Device actions'), deviceActions, { hasMany: true })),
    serverOwned(rel('routine', L('值班流程', 'Routine'), 'routines')),
    serverOwned(text('item', L('事項編號', 'Item id'), { required: true, maxLength: 64, admin: { hidden: true } })),
    serverOwned(datetime('windowStart', L('時段開始', 'Window start'), { required: true })),
    serverOwned(datetime('windowEnd', L('時段結束', 'Window end'), { required: true, index: true })),
    checkbox('done', L('已完成', 'Done')),
    serverOwned(select('status', L('狀態', 'Status'), checkStatuses, { defaultValue: 'pending', index: true })),
    serverOwned(rel('doneBy', L('完成人', 'Done by'), 'staff')),
    serverOwned(datetime('doneAt', L('完成時間', 'Done at'))),
    serverOwned(textarea('result', L('執行結果', 'Result'), { maxLength: 1000 })),
  ],
}

export const RoutineChecks = serverOwnedGuard({ slug: 'routine-checks', label: base.labels!.singular as never, group: schedulesGroup, fields: base.fields }, base)
