/**
 * JOB-04: one row per tick of a schedule. Its unique `key` (schedule@slot) is what makes a tick run
 * once even if two processes fire it; the latest row of a schedule is where catch-up starts from.
 * Written by the scheduler only; readable by admins as the run log.
 */
import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '../../hooks/access'
import { checkbox, datetime, number, select, text, textarea } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { schedulesGroup } from './labels'

export const tickStatuses = {
  queued: L('排隊中', 'Queued'),
  running: L('執行中', 'Running'),
  done: L('完成', 'Done'),
  failed: L('失敗', 'Failed'),
}

export const ScheduleTicks: CollectionConfig = {
  slug: 'schedule-ticks',
  labels: { singular: L('排程執行', 'Schedule run'), plural: L('排程執行記錄', 'Schedule runs') },
  admin: { group: schedulesGroup, useAsTitle: 'key', defaultColumns: ['tickAt', 'schedule', 'status', 'catchUp', 'owner', 'finishedAt'] },
  access: { read: adminsOnly, create: nobody, update: nobody, delete: nobody },
  custom: { audit: false },
  indexes: [{ fields: ['schedule', 'tickAt'] }],
  fields: [
    text('key', L('鍵', 'Key'), { required: true, unique: true, maxLength: 120 }),
    text('schedule', L('排程', 'Schedule'), { required: true, index: true, maxLength: 64 }),
    datetime('tickAt', L('計劃時間', 'Scheduled for'), { required: true }),
    checkbox('catchUp', L('補執行', 'Catch-up run')),
    select('status', L('狀態', 'Status'), tickStatuses, { defaultValue: 'queued', index: true }),
    number('runs', L('執行次數', 'Runs'), { defaultValue: 0 }),
    text('owner', L('執行進程', 'Process'), { maxLength: 120 }),
    datetime('startedAt', L('開始', 'Started')),
    datetime('finishedAt', L('結束', 'Finished')),
    { name: 'result', type: 'json', label: L('結果', 'Result') },
    textarea('error', L('錯誤', 'Error')),
  ],
}
