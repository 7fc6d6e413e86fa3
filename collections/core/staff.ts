/** CORE-03: staff are the people who sign in. Messages and approvals to a position reach its holders at the site. */
import type { CollectionAfterChangeHook, CollectionAfterLoginHook, CollectionConfig, PayloadRequest } from 'payload'
import { adminField, adminOrSelf, adminsOnly, signedIn } from '../../hooks/access'
import { checkbox, phone, rel, select, text } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { refuse } from '../../src/lib/errors'
import { groups } from './labels'

export const languageOptions = { zh: L('簡體中文', '简体中文 (Simplified Chinese)', '简体中文'), 'zh-TW': L('繁體中文', '繁體中文 (Traditional Chinese)', '繁体中文'), en: L('English', 'English', 'English') }

/** The admin panel speaks the language a staff member chose: Payload reads it from this cookie. */
const useLanguage = (req: PayloadRequest, language: unknown) => {
  if (typeof language !== 'string') return
  const prefix = req.payload.config.cookiePrefix || 'payload'
  const headers = req.responseHeaders ?? new Headers()
  headers.append('Set-Cookie', `${prefix}-lng=${encodeURIComponent(language)}; Path=/; SameSite=Lax; Max-Age=31536000`)
  req.responseHeaders = headers
}

const languageOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  useLanguage(req, user.language)
}

const languageOnChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (req.user?.id === doc.id && doc.language !== previousDoc?.language) useLanguage(req, doc.language)
  return doc
}

export const Staff: CollectionConfig = {
  slug: 'staff',
  labels: { singular: L('員工', 'Staff member'), plural: L('員工', 'Staff') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 12 * 60 * 60,
    // The user of every request is loaded with ids only: access rules need ids, and populating
    // positions and sites on each request would cost a query apiece.
    depth: 0,
  },
  admin: { group: groups.core, useAsTitle: 'name', defaultColumns: ['name', 'email', 'positions', 'active'] },
  access: { read: signedIn, create: adminsOnly, update: adminOrSelf, delete: adminsOnly },
  hooks: {
    afterLogin: [languageOnLogin],
    afterChange: [languageOnChange],
    beforeLogin: [
      ({ user, req }) => {
        if (user.active === false) refuse(req, L('該賬號已停用,請聯繫管理員', 'This account is disabled; ask an administrator'), {}, 403)
        return user
      },
    ],
  },
  fields: [
    text('name', L('姓名', 'Name'), { required: true }),
    rel('positions', L('職位', 'Positions'), 'positions', { hasMany: true, index: true, access: { create: adminField, update: adminField } }),
    rel('department', L('部門', 'Department'), 'departments', { access: { create: adminField, update: adminField } }),
    phone('workPhone', L('工作電話', 'Work phone')),
    phone('mobile', L('手機', 'Mobile')),
    select('language', L('語言', 'Language'), languageOptions, { required: true, defaultValue: 'zh' }),
    checkbox('active', L('在職', 'Active'), { defaultValue: true, index: true, access: { create: adminField, update: adminField } }),
    select('roles', L('權限', 'Roles'), { admin: L('系統管理員', 'Administrator'), staff: L('員工', 'Staff') }, {
      hasMany: true,
      required: true,
      defaultValue: ['staff'],
      access: { create: adminField, update: adminField },
      saveToJWT: true,
    }),
  ],
}
