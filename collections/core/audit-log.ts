/** CORE-04: the audit trail. Written only by server hooks; no API can create, edit or delete a row. */
import type { CollectionConfig, PayloadRequest } from 'payload'
import { channels, contentReadAccess, maskAuditReads } from '../../hooks/audit'
import { isAdmin, nobody } from '../../hooks/access'
import { checkbox, datetime, rel, select, text } from '../../src/lib/fields'
import { L, pick, type Label } from '../../src/lib/i18n'
import { groups } from './labels'
import { formNameAdmin } from '../workflow/labels'

export const auditActions = {
  create: L('新建', 'Create'),
  update: L('修改', 'Update'),
  delete: L('刪除', 'Delete'),
  transition: L('狀態變更', 'State change'),
  read: L('查閱', 'Read'),
  login: L('登錄', 'Sign-in'),
}

/** 「修改 · 預約登記 #12」: the row's action, the name of the form it is about and the record's number, in the reader's language. */
export function auditTitle(req: PayloadRequest, row: Record<string, unknown>): string {
  const lang = ((req.user as { language?: string } | null)?.language ?? req.i18n?.language ?? 'zh') as string
  const action = auditActions[row.action as keyof typeof auditActions]
  const slug = typeof row.collection === 'string' ? row.collection : ''
  const config = (req.payload.collections as Record<string, { config?: { labels?: { singular?: unknown } } } | undefined>)[slug]?.config
  const label = config?.labels?.singular
  const form = label && typeof label === 'object' ? pick(label as Label, lang) : typeof label === 'string' ? label : pick(L('表單', 'Form'), lang)
  return [action ? pick(action, lang) : '', `${form}${row.recordId != null && row.recordId !== '' ? ` #${row.recordId}` : ''}`].filter(Boolean).join(' · ')
}

export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: L('操作記錄', 'Audit entry'), plural: L('操作記錄', 'Audit trail') },
  admin: {
    group: groups.system,
    // The edit view's title in the reader's language: 「修改 · 預約登記 #12」, never a slug (`title` below).
    useAsTitle: 'title',
    listSearchableFields: ['collection', 'recordId', 'actorName'],
    defaultColumns: ['createdAt', 'collection', 'recordId', 'action', 'actorName', 'channel'],
  },
  custom: { audit: false },
  // A row never shows what its reader could not read in the record itself (hooks/audit.ts).
  hooks: { afterOperation: [maskAuditReads] },
  access: {
    create: nobody,
    update: nobody,
    delete: nobody,
    // Admins see every row, staff the rows of their own sites; what a row shows is masked per record.
    read: ({ req }) => {
      if (!req.user) return false
      if (isAdmin(req.user as never)) return true
      const sites = ((req.user as { sites?: { site: unknown }[] }).sites ?? []).map((s) =>
        typeof s.site === 'object' ? (s.site as { id: number }).id : s.site,
      )
      return { site: { in: sites } }
    },
  },
  indexes: [{ fields: ['collection', 'recordId'] }],
  fields: [
    // What the row is, in the reader's language (the action, the form's name, the record's number): made
    // on every read from the row's own plain columns, which every reader of the row sees anyway — never
    // from the record or the masked content. Not written (null in the table): Payload's `useAsTitle` takes
    // no virtual field.
    text('title', L('標題', 'Title'), {
      maxLength: 300,
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
      hooks: { afterRead: [({ siblingData, req }) => auditTitle(req, siblingData)] },
    }),
    // The form's name in the reader's language, never its slug (Issue 11 item 3).
    text('collection', L('表單', 'Form'), { required: true, index: true, maxLength: 64, admin: formNameAdmin }),
    text('recordId', L('記錄編號', 'Record'), { required: true, maxLength: 64 }),
    rel('site', L('站點', 'Site'), 'sites', { index: true }),
    select('action', L('操作', 'Action'), auditActions, { required: true }),
    text('from', L('原狀態', 'From state'), { maxLength: 64, access: { read: contentReadAccess } }),
    text('to', L('新狀態', 'To state'), { maxLength: 64, access: { read: contentReadAccess } }),
    rel('actor', L('操作人', 'By'), 'staff'),
    text('actorName', L('操作人姓名', 'By (name)')),
    select('channel', L('渠道', 'Channel'), Object.fromEntries(channels.map((c) => [c, {
      admin: L('管理後臺', 'Admin panel'), api: L('接口', 'API'), email: L('郵件鏈接', 'E-mail link'),
      device: L('設備', 'Device'), job: L('定時任務', 'Scheduled job'), system: L('系統', 'System'),
    }[c]])), { required: true }),
    { name: 'changes', type: 'json', label: L('變更內容', 'Changed fields'), access: { read: contentReadAccess } },
    checkbox('backEntry', L('紙本補錄', 'Back-entered from paper')),
    datetime('occurredAt', L('實際發生時間', 'Really happened at')),
    text('note', L('備註', 'Note'), { maxLength: 1000, access: { read: contentReadAccess } }),
  ],
}
