/**
 * OFFICE-08 離職流程單: what a leaving employee still holds — their cards not returned (read from the
 * cards, never typed) and the keys, equipment and other items the desk adds as rows. It is completed only
 * once every card and row is back and the leaver has signed; past the leaving day a card still out is
 * flagged (access-cards' `leaver` deadline).
 */
import { checkbox, datetime, day, list, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { nobody } from '../../../hooks/access'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { officeGroup } from '../people-labels'
import { hrField } from '../personnel-files/hooks'
import { checklistAfterChange, checklistAfterRead, checklistBeforeChange, checklistLifecycle } from './hooks'

export const itemKinds = {
  key: L('鑰匙', 'Key'),
  equipment: L('設備(電腦、手機等)', 'Equipment (computer, phone…)'),
  other: L('其他物品', 'Other'),
}

const sidebar = { position: 'sidebar' as const }

export const LeavingChecklists = defineForm({
  slug: 'leaving-checklists',
  label: L('離職流程單', 'Leaving checklist'),
  plural: L('離職流程單', 'Leaving checklists'),
  group: officeGroup,
  title: 'personName',
  columns: ['personName', 'department', 'leavingDate', 'outstanding', 'status'],
  retention: 'forever',
  access: { delete: nobody },
  indexes: [{ fields: ['site', 'status'] }],
  hooks: { beforeChange: [checklistBeforeChange], afterChange: [checklistAfterChange], afterRead: [checklistAfterRead] },
  lifecycle: checklistLifecycle,
  print: {
    title: L('離職流程單', 'Leaving checklist'),
    fields: ['personName', 'department', 'leavingDate', 'reason', 'outstanding', 'items', 'leaverSigned', 'completedAt'],
    signatures: [L('離職員工簽字', 'Leaver'), L('前臺(收回門禁卡)', 'Front desk (cards recovered)'), L('人力資源部', 'Human resources')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        rel('person', L('離職員工', 'Employee leaving'), 'staff', { required: true, index: true }),
        day('leavingDate', L('離職日期', 'Leaving day'), { required: true, index: true }),
      ],
    },
    text('reason', L('離職原因', 'Reason'), { maxLength: 200 }),
    textarea('outstanding', L('未交回物品(系統按門禁卡記錄及下列物品自動列出)', 'Not yet returned (listed from the card records and the rows below)'), {
      virtual: true,
      maxLength: 4000,
      admin: { readOnly: true },
    }),
    list(
      'items',
      L('鑰匙、設備及其他物品', 'Keys, equipment and other items'),
      [
        {
          type: 'row',
          fields: [
            select('kind', L('類別', 'Kind'), itemKinds, { required: true, defaultValue: 'key' }),
            text('description', L('物品', 'Item'), { required: true, maxLength: 100 }),
            checkbox('returned', L('已交回', 'Returned')),
            datetime('returnedAt', L('交回時間', 'Returned at'), { admin: { readOnly: true } }),
          ],
        },
      ],
      { maxRows: 50 },
    ),
    checkbox('leaverSigned', L('離職員工已在流程單上簽字', 'The leaver signed the checklist')),
    select('status', L('狀態', 'State'), stateOptions(checklistLifecycle), { defaultValue: 'open', index: true, admin: sidebar }),
    serverOwned(rel('department', L('部門', 'Department'), 'departments', { index: true, admin: sidebar })),
    serverOwned(text('personName', L('姓名', 'Name'), { maxLength: 100, admin: sidebar })),
    serverOwned(rel('personnelFile', L('人事檔案', 'Personnel file'), 'personnel-files', { admin: sidebar, access: { read: hrField } })),
    serverOwned(datetime('completedAt', L('辦結時間', 'Completed at'), { admin: sidebar })),
    serverOwned(rel('completedBy', L('辦結人', 'Completed by'), 'staff', { admin: sidebar })),
  ],
})
