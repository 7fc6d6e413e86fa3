/**
 * PROP-01/03 業主檔案: one archive per unit with the procedure's document checklist — each item present
 * or missing, with its scans. Secret (hooks/secret.ts): only the unit, the title and the completeness
 * count are open; the checklist, the scans, the owner and the notes are read only with a reading grant
 * (`archive-grants`: requested, approved by the 管理處主任, registered by the 檔案管理員, valid for a time),
 * and every opening is registered. Kept forever.
 */
import { attachment, day, list, number, rel, select, text, textarea, checkbox } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { archiveDocuments } from './checklist'
import { archiveGrantRule } from '../archive-grants/rule'
import { archiveTitleAndChecklist } from './hooks'

export const OwnerArchives = defineForm({
  slug: 'owner-files',
  label: L('業主檔案', 'Owner archive'),
  plural: L('業主檔案', 'Owner archives'),
  group: groups.property,
  title: 'title',
  columns: ['title', 'unit', 'present', 'missing'],
  retention: 'forever',
  paper: false,
  indexes: [{ fields: ['site', 'unit'], unique: true }],
  secret: { open: ['unit', 'title', 'present', 'missing'], grants: archiveGrantRule },
  hooks: { beforeChange: [archiveTitleAndChecklist] },
  fields: [
    rel('unit', L('單元', 'Unit'), 'units', { required: true, index: true }),
    serverOwned(text('title', L('檔案', 'Archive'), { maxLength: 60, admin: { hidden: true } })),
    {
      type: 'row',
      fields: [
        serverOwned(number('present', L('已歸檔', 'Filed'), { defaultValue: 0, max: 1000 })),
        serverOwned(number('missing', L('缺少', 'Missing'), { defaultValue: 0, max: 1000 })),
      ],
    },
    rel('owner', L('業主', 'Owner'), 'owners'),
    list(
      'items',
      L('檔案清單', 'Checklist'),
      [
        {
          type: 'row',
          fields: [
            select('document', L('資料', 'Document'), archiveDocuments, { required: true }),
            checkbox('present', L('已歸檔', 'Filed')),
            day('filedOn', L('歸檔日期', 'Filed on')),
          ],
        },
        attachment('scans', L('掃描件', 'Scans'), { relationTo: 'archive-scans', hasMany: true, maxRows: 20 }),
        text('note', L('說明', 'Note'), { maxLength: 500 }),
      ],
      { maxRows: 60 },
    ),
    textarea('notes', L('備註', 'Notes'), { maxLength: 4000 }),
  ],
})
