/**
 * OFFICE-11 人事檔案: one file per person, numbered and kept by department (the 人事檔案櫃), readable only
 * by HR — the holders of the `hr` position at the file's site. It is a secret form with nothing open
 * (hooks/secret.ts, `readers: ['hr']`): for everyone else, administrators included, the files do not
 * exist through any door (REST find and findByID, GraphQL, export, print, relationship population from
 * the leaving checklist, the audit trail, which never holds their values); each reading by HR is
 * registered. Only HR creates them. Kept forever.
 */
import { checkbox, day, list, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { officeGroup } from '../people-labels'
import { HR_READERS, fileBeforeChange, hrOnly } from './hooks'

export const fileDocuments = {
  application: L('應聘登記表', 'Application form'),
  'staff-info': L('員工信息表', 'Staff information form'),
  'id-copy': L('身份證復印件', 'Copy of ID card'),
  diplomas: L('學歷、學位證書復印件', 'Copies of diplomas'),
  contract: L('勞動合同', 'Employment contract'),
  medical: L('入職體檢報告', 'Medical check'),
  appraisal: L('考核與獎懲記錄', 'Appraisals and rewards'),
  leaving: L('離職證明', 'Leaving certificate'),
  other: L('其他', 'Other'),
}

export const PersonnelFiles = defineForm({
  slug: 'personnel-files',
  label: L('人事檔案', 'Personnel file'),
  plural: L('人事檔案', 'Personnel files'),
  group: officeGroup,
  title: 'fileNumber',
  columns: ['fileNumber', 'person', 'department', 'cabinet'],
  retention: 'forever',
  indexes: [{ fields: ['site', 'person'], unique: true }],
  access: { create: hrOnly },
  secret: {
    open: [],
    readers: HR_READERS,
    words: {
      query: L('人事檔案只有人力資源部可以查閱,不能按「{field}」查詢或排序', 'Personnel files are for HR only: they cannot be searched or sorted by "{field}"'),
      write: L('人事檔案只有人力資源部可以修改', 'Only HR changes personnel files'),
    },
  },
  hooks: { beforeChange: [fileBeforeChange] },
  print: { title: L('人事檔案', 'Personnel file') },
  fields: [
    {
      type: 'row',
      fields: [
        rel('person', L('員工', 'Employee'), 'staff', { required: true, index: true }),
        serverOwned(rel('department', L('部門', 'Department'), 'departments', { index: true })),
        serverOwned(text('fileNumber', L('檔案編號', 'File number'), { maxLength: 60 })),
      ],
    },
    text('cabinet', L('存放位置(人事檔案櫃)', 'Kept in (cabinet)'), { maxLength: 100 }),
    {
      type: 'row',
      fields: [
        text('idNumber', L('身份證號', 'ID number'), { maxLength: 30 }),
        day('hiredOn', L('入職日期', 'Hired on')),
        day('contractUntil', L('合同到期', 'Contract until')),
      ],
    },
    text('emergencyContact', L('緊急聯繫人及電話', 'Emergency contact'), { maxLength: 100 }),
    list(
      'documents',
      L('檔案材料', 'Documents in the file'),
      [
        {
          type: 'row',
          fields: [
            select('document', L('材料', 'Document'), fileDocuments, { required: true }),
            checkbox('present', L('已歸檔', 'Filed')),
            text('note', L('說明', 'Note'), { maxLength: 200 }),
          ],
        },
      ],
      { maxRows: 40 },
    ),
    textarea('notes', L('備註', 'Notes'), { maxLength: 4000 }),
  ],
})
