/**
 * JOB-03 值班流程: a site's daily timetable of desk duties. Each item has a time window and is
 * either ticked by staff (manual) or done by a device (call forwarding, lobby TV) through the
 * devices module. Each day's items become `routine-checks`; an item not done in its window is
 * flagged as missed.
 */
import type { CollectionConfig } from 'payload'
import { signedIn } from '../../hooks/access'
import { checkbox, list, select, text } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { schedulesGroup, timeOfDay } from './labels'

export const itemKinds = {
  manual: L('人工打勾', 'Ticked by staff'),
  device: L('設備自動執行', 'Done by a device'),
}

/** What a device item does (DEV-05 forwarding, the lobby TV); run through the devices module. */
export const deviceActions = {
  'forwarding-off': L('取消呼叫轉移', 'Call forwarding off'),
  'forwarding-on': L('呼叫轉移到值班手機', 'Forward calls to the duty mobile'),
  'tv-on': L('打開大堂電視', 'Lobby TV on'),
  'tv-off': L('關閉大堂電視', 'Lobby TV off'),
}

export const routineDays = {
  working: L('工作日', 'Working days'),
  every: L('每天', 'Every day'),
}

export const Routines: CollectionConfig = {
  slug: 'routines',
  labels: { singular: L('值班流程', 'Shift routine'), plural: L('值班流程', 'Shift routines') },
  admin: { group: schedulesGroup, useAsTitle: 'name', defaultColumns: ['name', 'days', 'active', 'site'] },
  access: { read: signedIn, create: signedIn, update: signedIn, delete: signedIn },
  custom: { site: true },
  fields: [
    text('name', L('名稱', 'Name'), { required: true }),
    {
      type: 'row',
      fields: [
        select('days', L('適用日', 'Applies on'), routineDays, { required: true, defaultValue: 'working' }),
        checkbox('active', L('啟用', 'Active'), { defaultValue: true, index: true }),
      ],
    },
    list('items', L('事項', 'Items'), [
      {
        type: 'row',
        fields: [
          timeOfDay('from', L('開始', 'From'), { admin: { width: '20%', placeholder: '08:30' } }),
          timeOfDay('to', L('結束', 'To'), { admin: { width: '20%', placeholder: '08:35' } }),
          text('title', L('事項', 'Duty'), { required: true, admin: { width: '60%' } }),
        ],
      },
      {
        type: 'row',
        fields: [
          select('kind', L('方式', 'How'), itemKinds, { required: true, defaultValue: 'manual' }),
          select('actions', L('設備動作', 'Device actions'), deviceActions, {
            hasMany: true,
            admin: { condition: (_: unknown, sibling: { kind?: string }) => sibling?.kind === 'device' },
          }),
        ],
      },
    ], { maxRows: 50 }),
  ],
}
