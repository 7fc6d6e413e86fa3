/** CORE-02: departments of a site. */
import { rel, text } from '../../src/lib/fields'
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
  columns: ['name', 'head', 'site'],
  paper: false,
  access: { create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    text('name', L('名稱', 'Name'), { required: true }),
    rel('head', L('部門主管職位', 'Head position'), 'positions'),
  ],
})
