/** CORE-05: attachments — scans, photos, signed forms, call recordings. On disk unless S3 is configured. */
import path from 'node:path'
import { text } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { defineForm } from '../../hooks/form/defineForm'
import { groups } from './labels'

export const Documents = defineForm({
  slug: 'documents',
  label: L('附件', 'Attachment'),
  plural: L('附件', 'Attachments'),
  group: groups.core,
  title: 'title',
  paper: false,
  retention: 'forever',
  fields: [text('title', L('標題', 'Title'))],
  upload: {
    staticDir: path.resolve(process.env.UPLOAD_DIR ?? path.join(process.env.DATA_DIR ?? '.data', 'uploads')),
    mimeTypes: ['image/*', 'application/pdf', 'audio/*'],
  },
})
