/**
 * A record of a site form (`site: true`, the default) is refused with "choose a site" (400, in the
 * person's language) before anything else looks at it. Collection hooks run before field validation,
 * so without this a form with no site given was answered by whichever hook came first: an approval
 * chain's "nobody holds 健康照料部主管 …", a care hook's "no such elder". The check is the first
 * `beforeValidate` hook of the collection, ahead of the form's own hooks and of every feature's.
 */
import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { refuse } from '../src/lib/errors'
import { L } from '../src/lib/i18n'
import type { FormFeature } from './form/types'

export const chooseSite = L('請選擇站點', 'Choose a site')

const missing = (value: unknown) => {
  const raw = value != null && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return raw == null || raw === ''
}

const siteGiven: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (!data) return data
  if (operation === 'create' && missing(data.site)) refuse(req, chooseSite)
  if (operation === 'update' && (data.site === null || data.site === '')) refuse(req, chooseSite)
  return data
}

export const siteChosen: FormFeature = (spec, collection): CollectionConfig => {
  if (spec.site === false) return collection
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeValidate: [siteGiven, ...(hooks.beforeValidate ?? [])] } }
}
