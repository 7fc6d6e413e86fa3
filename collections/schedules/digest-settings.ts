/**
 * JOB-05 / CARE-23: who receives a site's digests, by position (editable). The daily reception
 * statistics go to the admin director, cc the dean and the general manager, by default.
 */
import type { CollectionConfig } from 'payload'
import { signedIn, adminsOnly } from '../../hooks/access'
import { checkbox, rel, select } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { schedulesGroup, timeOfDay } from './labels'

export const digestKinds = {
  'daily-reception': L('前臺接待統計(每工作日)', 'Daily reception statistics (working days)'),
  'archive-monthly': L('業主檔案月報(每月5日前)', 'Monthly owner-archive report (by the 5th)'),
}

export const DigestSettings: CollectionConfig = {
  slug: 'digest-settings',
  labels: { singular: L('匯總郵件設置', 'Digest settings'), plural: L('匯總郵件設置', 'Digest settings') },
  admin: { group: schedulesGroup, useAsTitle: 'kind', defaultColumns: ['kind', 'to', 'cc', 'sendAt', 'active', 'site'] },
  access: { read: signedIn, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  custom: { site: true },
  indexes: [{ fields: ['site', 'kind'], unique: true }],
  fields: [
    select('kind', L('匯總', 'Digest'), digestKinds, { required: true, defaultValue: 'daily-reception' }),
    rel('to', L('收件職位', 'To (positions)'), 'positions', { hasMany: true, required: true }),
    rel('cc', L('抄送職位', 'Cc (positions)'), 'positions', { hasMany: true }),
    timeOfDay('sendAt', L('發送時間', 'Send at'), { defaultValue: '17:40' }),
    checkbox('active', L('啟用', 'Active'), { defaultValue: true }),
  ],
}
