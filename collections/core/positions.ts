/** CORE-02: positions (職位) are data. Chains, gates and notices name them by slug. */
import type { CollectionConfig } from 'payload'
import { adminsOnly, signedIn } from '../../hooks/access'
import { text } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { groups } from './labels'

export const Positions: CollectionConfig = {
  slug: 'positions',
  labels: { singular: L('職位', 'Position'), plural: L('職位', 'Positions') },
  admin: { group: groups.core, useAsTitle: 'name', defaultColumns: ['name', 'slug', 'nameEn'] },
  access: { read: signedIn, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    text('slug', L('代碼', 'Slug'), { required: true, unique: true, index: true, maxLength: 64 }),
    text('name', L('名稱(簡體)', 'Name (Simplified Chinese)'), { required: true }),
    text('nameTW', L('名稱(繁體)', 'Name (Traditional Chinese)'), { required: true }),
    text('nameEn', L('名稱(英文)', 'Name (English)'), { required: true }),
  ],
}
