/**
 * PROP-13 借鑰匙登記表: date, key number, count, borrower with work ID, department; a contractor borrows
 * through an engineering staff member, an owner of an unoccupied unit through sales staff, and the
 * borrower signs. The return is recorded with the count checked and the receiver (PROP-13); a key out
 * for more than 7 days becomes overdue and produces a 借匙催還單 to the borrowing department, every day
 * until it is back (PROP-14, the `due` deadline).
 */
import { checkbox, datetime, number, rel, select, text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { adminsOnly } from '../../../hooks/access'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { groups } from '../../core/labels'
import { loanAfterChange, loanBeforeChange, loanLifecycle, remindBorrowers } from './hooks'

export const borrowerKinds = {
  staff: L('本公司部門(工程部、綠化部、營銷部、售樓部等)', 'Company department (engineering, landscaping, marketing, sales…)'),
  contractor: L('施工單位(由工程人員代借)', 'Contractor (borrowed through engineering)'),
  owner: L('未入住單元業主(由售樓人員代借)', 'Owner of an unoccupied unit (borrowed through sales)'),
}

/** PROP-14: a key out for more than one week is overdue. */
export const LOAN_DAYS = 7

const sidebar = { position: 'sidebar' as const }

export const KeyLoans = defineForm({
  slug: 'key-loans',
  label: L('借鑰匙登記', 'Key loan'),
  plural: L('借鑰匙登記表', 'Key loans'),
  group: groups.property,
  title: 'keyNumber',
  columns: ['lentAt', 'key', 'quantity', 'borrowerName', 'department', 'status', 'returnedAt', 'receiver'],
  // PROP-16 / JOB-06: kept two years after the key came back (an open loan is never removed).
  retention: { years: 2, dateField: 'returnedAt' },
  access: { delete: adminsOnly },
  indexes: [{ fields: ['site', 'status'] }],
  hooks: { beforeChange: [loanBeforeChange], afterChange: [loanAfterChange] },
  lifecycle: loanLifecycle,
  print: {
    title: L('借鑰匙登記表', 'Key loan register'),
    fields: ['lentAt', 'keyNumber', 'unitCode', 'quantity', 'borrowerKind', 'borrowerName', 'workId', 'departmentName', 'contractor', 'agent', 'purpose', 'returnedAt', 'returnedQuantity', 'receiver'],
    signatures: [L('借匙人簽名', 'Borrower'), L('代借人簽名', 'Borrowing on behalf'), L('接收人簽名', 'Received by')],
  },
  deadlines: [
    {
      name: 'due',
      rule: 'PROP-14',
      label: L('借鑰匙:借出超過一星期未還,發借匙催還單', 'Key loans: a key out for more than a week gets a reminder notice'),
      sentence: {
        due: L('{n} 把鑰匙借出將滿一星期', '{n} lent keys reach a week out'),
        overdue: L('{n} 把鑰匙借出超過一星期未還(已發借匙催還單)', '{n} keys out for more than a week (reminders sent)'),
      },
      from: 'lentAt',
      after: { days: LOAN_DAYS },
      while: { status: ['out', 'overdue'] },
      then: { to: 'overdue', flag: 'overdue', unflag: true, runMany: remindBorrowers, repeat: { days: 1 } },
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        datetime('lentAt', L('借出日期', 'Lent on'), { required: true, index: true, defaultValue: () => new Date().toISOString() }),
        rel('key', L('鑰匙', 'Key'), 'keys', { required: true, index: true }),
        number('quantity', L('數量(把)', 'Keys'), { required: true, min: 1, max: 50, defaultValue: 1 }),
      ],
    },
    select('borrowerKind', L('借匙人類別', 'Borrower'), borrowerKinds, { required: true, defaultValue: 'staff' }),
    {
      type: 'row',
      fields: [
        text('borrowerName', L('借匙人', 'Borrower'), { required: true, maxLength: 50 }),
        text('workId', L('工作證號', 'Work ID'), { maxLength: 30, admin: { description: L('檢查借匙人的工作證', "Check the borrower's work ID") } }),
        rel('department', L('借匙部門', 'Department'), 'departments', { index: true, admin: { description: L('施工單位、業主借匙時默認為代借人的部門', "For a contractor or owner: the agent's department by default") } }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('contractor', L('施工單位', 'Contractor'), { maxLength: 100, admin: { condition: (data) => data?.borrowerKind === 'contractor' } }),
        rel('agent', L('代借人(工程/售樓人員)', 'Borrowing on behalf (engineering / sales)'), 'staff', { admin: { condition: (data) => data?.borrowerKind === 'contractor' || data?.borrowerKind === 'owner' } }),
      ],
    },
    text('purpose', L('借用事由', 'Purpose'), { maxLength: 200 }),
    checkbox('borrowerSigned', L('借匙人已簽名確認', 'The borrower signed')),
    {
      type: 'row',
      fields: [
        datetime('returnedAt', L('歸還日期', 'Returned on')),
        number('returnedQuantity', L('歸還數量(核對)', 'Keys returned (counted)'), { min: 0, max: 50 }),
        serverOwned(rel('receiver', L('接收人', 'Received by'), 'staff')),
      ],
    },
    select('status', L('狀態', 'State'), stateOptions(loanLifecycle), { defaultValue: 'out', index: true, admin: sidebar }),
    serverOwned(checkbox('overdue', L('逾期未還', 'Overdue'), { index: true, admin: sidebar })),
    serverOwned(text('keyNumber', L('鑰匙編號', 'Key number'), { maxLength: 40, admin: sidebar })),
    serverOwned(text('unitCode', L('單元', 'Unit'), { maxLength: 30, admin: sidebar })),
    serverOwned(text('departmentName', L('部門名稱', 'Department name'), { maxLength: 100, admin: { hidden: true } })),
  ],
})
