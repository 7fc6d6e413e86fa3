import type { CollectionConfig, Field } from 'payload'
import type { Label } from '../i18n'

/** How long records of a form are kept (JOB-06). `dateField` is what the age is measured from. */
export type Retention = 'forever' | { years: number; dateField?: string }

/**
 * The declaration of one paper form or log book. Everything else (table, admin screens, validation,
 * site scoping, audit, paper version, retention and, through features, approvals, notifications and
 * deadlines) is derived from it.
 */
export type FormSpec = {
  slug: string
  /** The form's name, singular; `plural` defaults to it. */
  label: Label
  plural?: Label
  /** Admin navigation group (the module or desk). */
  group: Label
  fields: Field[]
  /** The field shown as the record's title. */
  title?: string
  /** Columns of the list view. */
  columns?: string[]
  /** Records belong to a site and are scoped to it (default true). */
  site?: boolean
  retention?: Retention
  /** Extra access rules; site scoping is added on top. */
  access?: CollectionConfig['access']
  hooks?: CollectionConfig['hooks']
  /** Database indexes beyond those of single fields (e.g. what a sweep filters on). */
  indexes?: CollectionConfig['indexes']
  admin?: CollectionConfig['admin']
  /** For attachment collections: where and what files are stored. */
  upload?: CollectionConfig['upload']
  /** Whether records captured on paper may be entered later with their real time (CORE-07, default true). */
  paper?: boolean
  /** Free-form declarations read by features added in later modules (approval, notify, deadlines …). */
  [feature: string]: unknown
}

/** A feature reads the declaration and returns the collection with its part added. */
export type FormFeature = (spec: FormSpec, collection: CollectionConfig) => CollectionConfig
