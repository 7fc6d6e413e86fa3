/**
 * WF-05 簽批記錄: each signature of an approval chain is a record — who, which position, the decision,
 * the comment, when and through which channel. Written only by the chain (hooks/approval/engine.ts);
 * the unique index makes it impossible for two decisions to win the same step of the same round.
 */
import { nobody, signedIn } from '../../hooks/access'
import { number, rel, select, text, textarea } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { defineForm } from '../../hooks/form/defineForm'
import { groups } from '../core/labels'
import { decisions, signChannels, formNameAdmin } from './labels'

export const Approvals = defineForm({
  slug: 'approvals',
  label: L('簽批記錄', 'Signature'),
  plural: L('簽批記錄', 'Signatures'),
  group: groups.workflow,
  title: 'formTitle',
  columns: ['createdAt', 'form', 'recordId', 'position', 'signer', 'decision', 'channel'],
  paper: false,
  retention: 'forever',
  // Read within the reader's sites (site scoping); written only by the chain.
  access: { read: signedIn, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['form', 'recordId', 'round', 'step'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        text('form', L('表單', 'Form'), { required: true, maxLength: 64, index: true, admin: formNameAdmin }),
        text('recordId', L('記錄編號', 'Record'), { required: true, maxLength: 64 }),
        text('formTitle', L('記錄', 'Record title'), { maxLength: 200 }),
      ],
    },
    {
      type: 'row',
      fields: [
        number('round', L('提交輪次', 'Submission round'), { required: true, min: 1 }),
        number('step', L('步驟', 'Step'), { required: true, min: 0 }),
        number('version', L('記錄版本', 'Record version'), { min: 0 }),
      ],
    },
    rel('position', L('職位', 'Position'), 'positions', { required: true }),
    rel('signer', L('簽批人', 'Signed by'), 'staff', { required: true, index: true }),
    select('decision', L('意見', 'Decision'), decisions, { required: true }),
    textarea('comment', L('批語', 'Comment'), { maxLength: 2000 }),
    select('channel', L('渠道', 'Channel'), signChannels, { required: true }),
  ],
})
