/**
 * WF-06: the token behind one e-mailed Approve / Reject link. Only its SHA-256 is stored; it is
 * bound to one approver, one step of one submission round and one version of the record, is
 * single-use and expires. No API can read or write it.
 */
import type { CollectionConfig } from 'payload'
import { nobody } from '../../hooks/access'
import { secret } from '../../hooks/audit'
import { datetime, number, rel, text } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { groups } from '../core/labels'
import { formNameAdmin } from './labels'

export const ApprovalTokens: CollectionConfig = {
  slug: 'approval-tokens',
  labels: { singular: L('審批鏈接', 'Approval link'), plural: L('審批鏈接', 'Approval links') },
  admin: { group: groups.system, hidden: true },
  custom: { audit: false },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    secret(text('hash', L('摘要', 'Hash'), { required: true, unique: true, index: true, maxLength: 64 })),
    rel('approver', L('審批人', 'Approver'), 'staff', { required: true }),
    text('form', L('表單', 'Form'), { required: true, maxLength: 64, admin: formNameAdmin }),
    text('recordId', L('記錄編號', 'Record'), { required: true, maxLength: 64 }),
    number('round', L('提交輪次', 'Submission round'), { required: true }),
    number('step', L('步驟', 'Step'), { required: true, min: 0 }),
    number('version', L('記錄版本', 'Record version'), { required: true, min: 0 }),
    datetime('expiresAt', L('有效期至', 'Expires at'), { required: true }),
    datetime('usedAt', L('使用時間', 'Used at')),
  ],
}
