/**
 * PROP-01/03 檔案掃描件: the scans of an owner archive's documents. Secret as a whole (nothing open):
 * listed, read and served as files only to a holder of a valid reading grant for their archive.
 */
import path from 'node:path'
import { rel, text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'
import { archiveGrantRule } from '../archive-grants/rule'

export const ArchiveScans = defineForm({
  slug: 'archive-scans',
  label: L('檔案掃描件', 'Archive scan'),
  plural: L('檔案掃描件', 'Archive scans'),
  group: groups.property,
  title: 'title',
  retention: 'forever',
  paper: false,
  print: false,
  secret: { open: [], via: 'archive', grants: archiveGrantRule },
  fields: [
    rel('archive', L('業主檔案', 'Owner archive'), 'owner-files', { required: true, index: true }),
    text('title', L('標題', 'Title'), { maxLength: 200 }),
  ],
  upload: {
    staticDir: path.resolve(process.env.UPLOAD_DIR ?? path.join(process.env.DATA_DIR ?? '.data', 'uploads'), 'archive-scans'),
    mimeTypes: ['image/*', 'application/pdf'],
  },
})
