/**
 * PROP-01 業主: the owner of a unit (業主基本情況登記表 / 家庭成員登記表): name, phone, ID number,
 * household members, moving-in day. A new owner of a unit that has one is a transfer (業主發生更替):
 * the previous owner becomes former. PROP-02: every change of phone number, of name or ID number, and
 * every transfer is kept in the unit's history (`unit-history`: who, when, old → new), never overwritten silently.
 */
import { day, list, phone, rel, select, text, textarea, validateWith } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { secret } from '../../../hooks/audit'
import { groups } from '../../core/labels'
import { maskIdNumber, ownerTitle, recordOwnerHistory } from './hooks'

const ID_NUMBER = /^[0-9A-Za-z]{6,18}$/

export const ownerStatuses = {
  current: L('現業主', 'Current owner'),
  former: L('原業主(已過戶)', 'Former owner (transferred)'),
}

export const Owners = defineForm({
  slug: 'owners',
  label: L('業主', 'Owner'),
  plural: L('業主', 'Owners'),
  group: groups.property,
  title: 'title',
  columns: ['title', 'phone', 'idNumber', 'movedInOn', 'status'],
  retention: 'forever',
  indexes: [{ fields: ['site', 'unit', 'status'] }],
  hooks: { beforeChange: [ownerTitle], afterChange: [recordOwnerHistory] },
  fields: [
    serverOwned(text('title', L('業主', 'Owner'), { maxLength: 120, admin: { hidden: true } })),
    {
      type: 'row',
      fields: [
        rel('unit', L('單元', 'Unit'), 'units', { required: true, index: true }),
        text('name', L('業主姓名', 'Owner name'), { required: true, maxLength: 50, index: true }),
        phone('phone', L('聯繫電話', 'Phone'), { index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        // Secret-ish: never in the audit trail, masked in lists (maskIdNumber), shown whole on the owner's own page.
        secret(text('idNumber', L('身份證號', 'ID number'), {
          maxLength: 18,
          validate: validateWith((v) => ID_NUMBER.test(String(v)), L('證件號為 6 到 18 位字母或數字', 'An ID number has 6 to 18 letters or digits')),
          hooks: { afterRead: [maskIdNumber] },
        })),
        day('movedInOn', L('入住日期', 'Moved in on')),
        serverOwned(select('status', L('狀態', 'Status'), ownerStatuses, { defaultValue: 'current', index: true })),
      ],
    },
    list(
      'members',
      L('家庭成員', 'Household members'),
      [
        {
          type: 'row',
          fields: [
            text('name', L('姓名', 'Name'), { required: true, maxLength: 50 }),
            text('relation', L('與業主關係', 'Relation'), { maxLength: 30 }),
            phone('phone', L('電話', 'Phone')),
            text('note', L('備註', 'Note'), { maxLength: 200 }),
          ],
        },
      ],
      { maxRows: 20 },
    ),
    textarea('notes', L('備註', 'Notes'), { maxLength: 2000 }),
  ],
})
