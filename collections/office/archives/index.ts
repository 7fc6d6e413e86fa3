/**
 * OFFICE-06 檔案索引: the company's documents numbered by year and type (the site's numbering rule,
 * `archive-settings`), the number given by the server and unique; searchable by number, title and
 * keywords; the index exports to Excel (CORE-08, `GET /api/archives/export?format=xlsx` with the filters).
 */
import { datetime, day, number, rel, select, text, textarea, validateWith } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { sidebar } from '../affairs-shared'
import { archiveBeforeChange, archiveLifecycle, archiveTypes } from './hooks'
import { stateOptions } from '../../../hooks/lifecycle'

export const archiveTypeOptions = Object.fromEntries(Object.entries(archiveTypes).map(([k, v]) => [k, v.label]))

export const Archives = defineForm({
  slug: 'archives',
  label: L('檔案', 'Archive entry'),
  plural: L('檔案索引', 'Archive index'),
  group: groups.desk,
  title: 'number',
  columns: ['number', 'title', 'type', 'year', 'documentDate', 'department', 'location', 'keeper', 'status'],
  retention: 'forever',
  indexes: [{ fields: ['site', 'number'], unique: true }, { fields: ['site', 'year', 'type', 'seq'] }],
  admin: { listSearchableFields: ['number', 'title', 'keywords'] },
  hooks: { beforeChange: [archiveBeforeChange] },
  lifecycle: archiveLifecycle,
  print: { title: L('檔案登記表', 'Archive registration'), signatures: [L('移交人', 'Handed over by'), L('檔案管理', 'Archive keeper')] },
  fields: [
    serverOwned(text('number', L('檔案編號', 'Number'), { maxLength: 80, index: true, admin: { description: L('保存時按編號規則自動生成', 'Given by the numbering rule on saving') } })),
    text('title', L('文件名稱', 'Title'), { required: true, maxLength: 200 }),
    {
      type: 'row',
      fields: [
        select('type', L('類型', 'Type'), archiveTypeOptions, { required: true, index: true }),
        number('year', L('年份', 'Year'), { min: 1949, max: 2100, validate: validateWith((v) => Number.isInteger(v), L('年份必須是整數', 'The year is a whole number')), admin: { description: L('空則取文件日期的年份', 'Empty: the year of the document date') } }),
        day('documentDate', L('文件日期', 'Document date')),
      ],
    },
    {
      type: 'row',
      fields: [
        rel('department', L('所屬部門', 'Department'), 'departments'),
        text('keeper', L('保管人', 'Kept by'), { maxLength: 50 }),
        text('location', L('存放位置', 'Where it is kept'), { maxLength: 100 }),
        number('pages', L('頁數', 'Pages'), { max: 100_000 }),
      ],
    },
    text('keywords', L('關鍵詞', 'Keywords'), { maxLength: 200 }),
    textarea('note', L('備註', 'Note'), { maxLength: 1000 }),
    select('status', L('狀態', 'Status'), stateOptions(archiveLifecycle), { defaultValue: 'filed', index: true, admin: sidebar }),
    serverOwned(datetime('voidedAt', L('作廢時間', 'Voided at'), { admin: sidebar })),
    serverOwned(number('seq', L('序號', 'Sequence'), { admin: { ...sidebar, hidden: true } })),
  ],
})
