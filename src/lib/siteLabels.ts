import type { ArrayField, Plugin } from 'payload'
import { L } from './i18n'

/** The multi-tenant plugin adds the staff member's site list without our labels: give it them. */
export const labelStaffSites: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((c) =>
    c.slug !== 'staff'
      ? c
      : {
          ...c,
          fields: c.fields.map((f) =>
            'name' in f && f.name === 'sites' && f.type === 'array'
              ? ({
                  ...f,
                  label: L('所屬站點', 'Sites'),
                  labels: { singular: L('站點', 'Site'), plural: L('站點', 'Sites') },
                  fields: f.fields.map((g) => ('name' in g && g.name === 'site' ? { ...g, label: L('站點', 'Site') } : g)),
                } as ArrayField)
              : f,
          ),
        },
  ),
})
