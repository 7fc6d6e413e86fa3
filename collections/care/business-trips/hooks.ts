/** CARE-22: a trip ends after it starts. */
import type { CollectionBeforeChangeHook } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'

export const tripBeforeChange: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const t = { ...originalDoc, ...data }
  if (new Date(t.expectedReturn) <= new Date(t.leftAt)) refuse(req, L('預計返回時間必須晚於外出時間', 'The expected return must be after leaving'))
  if (t.returnedAt && new Date(t.returnedAt) < new Date(t.leftAt)) refuse(req, L('返回時間不能早於外出時間', 'The return cannot be before leaving'))
  return data
}
