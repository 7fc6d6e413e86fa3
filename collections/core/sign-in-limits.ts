/**
 * CORE-03: sign-in attempts counted per client address and per e-mail address (a keyed hash) and
 * window, in the database so that the limit holds across app instances (src/lib/signInLimit.ts).
 * Written and read by the server only; no API reads or writes it.
 */
import type { CollectionConfig } from 'payload'
import { nobody } from '../../hooks/access'
import { datetime, number, text } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { groups } from './labels'

export const SignInLimits: CollectionConfig = {
  slug: 'sign-in-limits',
  labels: { singular: L('登錄嘗試計數', 'Sign-in attempt count'), plural: L('登錄嘗試計數', 'Sign-in attempt counts') },
  admin: { group: groups.system, hidden: true },
  custom: { audit: false },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    text('key', L('鍵', 'Key'), { required: true, unique: true, index: true, maxLength: 120 }),
    number('count', L('次數', 'Attempts'), { required: true, defaultValue: 0 }),
    datetime('resetAt', L('窗口結束', 'Window ends'), { required: true, index: true }),
  ],
}
