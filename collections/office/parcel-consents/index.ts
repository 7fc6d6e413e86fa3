/**
 * OFFICE-04 代收快遞同意書: an employee's recorded consent that the desk may sign for their parcels
 * (and pay the postage for them) when they are not in. Without one, the desk does not sign
 * (不建議前臺代收快遞). Withdrawn by recording the day it ends.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { checkbox, datetime, rel, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { refuse } from '../../../src/lib/errors'
import { idOf } from '../../../src/lib/hooks'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'

/** Consent is the employee's: given by them (signed in), or on paper with their signature. */
const theirOwn: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const v = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const self = req.user?.collection === 'staff' && idOf(v.employee) === req.user.id
  if (!self && !v.signed) refuse(req, L('代收同意須由員工本人登記,或勾選「員工已簽字」(紙質同意書)', 'The employee records their consent themselves, or tick "signed by the employee" (paper form)'))
  if (v.endedAt && new Date(v.endedAt) < new Date(v.givenAt)) refuse(req, L('撤回日期不能早於同意日期', 'The end cannot be before the consent'))
  return data
}

export const ParcelConsents = defineForm({
  slug: 'parcel-consents',
  label: L('代收快遞同意', 'Parcel consent'),
  plural: L('代收快遞同意書', 'Parcel consents'),
  group: groups.office,
  title: 'employee',
  columns: ['employee', 'givenAt', 'postage', 'signed', 'endedAt'],
  retention: { years: 2, dateField: 'givenAt' },
  indexes: [{ fields: ['site', 'employee'] }],
  hooks: { beforeChange: [theirOwn] },
  print: { title: L('代收快遞同意書', 'Consent to sign for parcels'), signatures: [L('員工簽名', 'Employee'), L('前臺經辦', 'Front desk')] },
  fields: [
    {
      type: 'row',
      fields: [
        rel('employee', L('員工', 'Employee'), 'staff', { required: true, index: true }),
        datetime('givenAt', L('同意日期', 'Given on'), { required: true, defaultValue: () => new Date().toISOString() }),
      ],
    },
    checkbox('postage', L('同意前臺墊付郵費', 'The desk may pay the postage'), { defaultValue: true }),
    checkbox('signed', L('員工已簽字(紙質同意書)', 'Signed by the employee (paper form)')),
    datetime('endedAt', L('撤回日期', 'Withdrawn on'), { index: true }),
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
  ],
})
