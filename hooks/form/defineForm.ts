import type { CollectionConfig } from 'payload'
import { adminsOnly, signedIn } from '../access'
import { formFeatures } from './features'
import type { FormSpec } from './types'

/** Turn a form declaration into a Payload collection. A new form is one file plus one line in its module's list. */
export function defineForm(spec: FormSpec): CollectionConfig {
  const base: CollectionConfig = {
    slug: spec.slug,
    labels: { singular: spec.label, plural: spec.plural ?? spec.label },
    admin: {
      group: spec.group,
      useAsTitle: spec.title,
      defaultColumns: spec.columns,
      pagination: { defaultLimit: 25 },
      ...spec.admin,
    },
    access: {
      read: signedIn,
      create: signedIn,
      update: signedIn,
      // Records kept forever are never deleted by the desk.
      delete: spec.retention === 'forever' ? adminsOnly : signedIn,
      ...spec.access,
    },
    fields: [...spec.fields],
    hooks: spec.hooks,
    indexes: spec.indexes,
    upload: spec.upload,
    custom: { form: spec, site: spec.site !== false },
    timestamps: true,
  }
  return formFeatures.reduce((collection, feature) => feature(spec, collection), base)
}

/** The form declaration behind a collection, if it was declared as a form. */
export const formOf = (collection: { custom?: Record<string, unknown> }): FormSpec | undefined =>
  collection.custom?.form as FormSpec | undefined
