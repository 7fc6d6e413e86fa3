/**
 * CORE-02: departments of a site. `head` is the position that heads the department (complaints and
 * overdue keys are routed to its holders); `headStaff` is the person who heads it: an approval step
 * `{ position, of: 'department' }` (OFFICE-10 leave slips) is signed by them only (hooks/approval/approvers.ts).
 */
import { rel, text } from '../../src/lib/fields'
import { idOf } from '../../src/lib/hooks'
import { L } from '../../src/lib/i18n'
import { defineForm } from '../../hooks/form/defineForm'
import { adminsOnly } from '../../hooks/access'
import { groups } from './labels'

export const Departments = defineForm({
  slug: 'departments',
  label: L('部門', 'Department'),
  plural: L('部門', 'Departments'),
  group: groups.core,
  title: 'name',
  columns: ['name', 'headStaff', 'head', 'site'],
  paper: false,
  access: { create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    text('name', L('名稱', 'Name'), { required: true }),
    rel('head', L('部門主管職位', 'Head position'), 'positions'),
    rel('headStaff', L('部門主管', 'Head of department'), 'staff', {
      // A staff member of the department's site (hooks/validInput.ts refuses another site's person).
      filterOptions: ({ data }) => (idOf(data?.site) ? { 'sites.site': { equals: idOf(data.site) } } : true),
      admin: {
        description: L(
          '簽批本部門員工表單(如請假條)的人;未指定時由本站點擔任該職位的人簽批',
          "Signs the forms of the department's staff (e.g. leave slips); when empty, the holders of the position at the site sign",
        ),
      },
    }),
  ],
})
