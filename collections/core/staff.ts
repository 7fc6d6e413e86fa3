/** CORE-03: staff are the people who sign in. Messages and approvals to a position reach its holders at the site. */
import { sql } from '@payloadcms/db-postgres'
import {
  AuthenticationError,
  type CollectionAfterChangeHook,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type PayloadRequest,
} from 'payload'
import { adminField, adminOrSelf, adminsOnly, sameSiteStaff } from '../../hooks/access'
import { checkbox, phone, rel, select, text } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { refuse } from '../../src/lib/errors'
import { txOf } from '../../src/lib/tx'
import {
  clientAddressOf,
  countAttempt,
  forgetEmail,
  hashForNothing,
  keysOf,
  refundAttempt,
  SIGN_IN_WINDOW_MS,
  sleep,
  TypicalDuration,
  type SignInKeys,
} from '../../src/lib/signInLimit'
import { groups } from './labels'
import { leanJWT } from './staffAuth'

const MAX_LOGIN_ATTEMPTS = 5

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

const tooMany = L('登錄嘗試過多,請 15 分鐘後再試', 'Too many sign-in attempts; try again in 15 minutes')

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

/**
 * Locked: five wrong passwords, for the window after the fifth. Payload counts them and sets
 * `lockUntil` (its `lockTime` is the window); the answer is decided here, before Payload's own check,
 * so that a locked account answers exactly as a wrong password does (Payload's lock has its own message).
 */
const isLocked = (user: { loginAttempts?: unknown; lockUntil?: unknown }) =>
  Number(user.loginAttempts ?? 0) >= MAX_LOGIN_ATTEMPTS && typeof user.lockUntil === 'string' && new Date(user.lockUntil).getTime() > Date.now()

/**
 * Every sign-in door (REST, GraphQL, the admin panel) runs Payload's login operation, so the rate
 * limit lives here, once. An unknown address and a locked account do the work of a wrong password
 * (the same password hash) and get its answer.
 */
const guardSignIn = async (req: PayloadRequest, data: unknown) => {
  const email = emailOf(data)
  const password = (data as { password?: unknown } | undefined)?.password
  if (!email || typeof password !== 'string' || !password.trim()) return // Payload's "required" answer
  const keys = keysOf('login', clientAddressOf(req.headers), email)
  req.context.signInKeys = keys
  if (!(await countAttempt(req.payload, keys))) refuse(req, tooMany, {}, 429)
  const user = await req.payload.db.findOne<{ id: number; loginAttempts?: number; lockUntil?: string }>({
    collection: 'staff',
    where: { email: { equals: email } },
    select: { loginAttempts: true, lockUntil: true },
    req,
  })
  if (!user || isLocked(user)) {
    await hashForNothing(password)
    throw new AuthenticationError(req.t)
  }
}

// How long a forgot-password that sends a mail takes; the others wait as long.
const forgotTakes = new TypicalDuration(40)

/** Forgot-password answers the same, in about the same time, whether or not the address is known. */
const guardForgotPassword = async (req: PayloadRequest, data: unknown, minInterval: number) => {
  const email = emailOf(data)
  if (!email) return
  req.context.forgotStartedAt = Date.now()
  if (!(await countAttempt(req.payload, keysOf('forgot', clientAddressOf(req.headers), email)))) refuse(req, tooMany, {}, 429)
  const user = await req.payload.db.findOne<{ id: number; resetPasswordRequestedAt?: string | null }>({
    collection: 'staff',
    where: { email: { equals: email } },
    select: { resetPasswordRequestedAt: true },
    req,
  })
  const requestedAt = user?.resetPasswordRequestedAt ? new Date(user.resetPasswordRequestedAt).getTime() : 0
  // Payload sends nothing (and returns at once) for an unknown address or a repeat within the interval.
  if (!user || requestedAt > Date.now() - minInterval) await sleep(forgotTakes.ms)
}

const beforeAuthOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args // our own server code
  if (operation === 'login') await guardSignIn(req, args.data)
  if (operation === 'forgotPassword') await guardForgotPassword(req, args.data, collection.auth?.forgotPassword?.minRequestInterval ?? 15_000)
  return args
}

const afterAuthOperation: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation === 'forgotPassword' && typeof req.context.forgotStartedAt === 'number') forgotTakes.observe(Date.now() - req.context.forgotStartedAt)
  if (operation === 'unlock') await forgetEmail(req.payload, emailOf((args as { data?: unknown }).data))
  return result
}

/** A successful sign-in gives its attempt back: the limits count failures. */
const refundOnLogin: CollectionAfterLoginHook = async ({ req }) => {
  const keys = req.context.signInKeys as SignInKeys | undefined
  if (keys) await refundAttempt(req.payload, keys)
}

/** Sessions kept per account: a shared desk account signed in on many PCs keeps its newest ones. */
export const maxSessions = () => Number(process.env.MAX_SESSIONS_PER_ACCOUNT ?? 20)

/**
 * Sessions do not grow without bound: at each sign-in the expired ones go, and beyond maxSessions() (MAX_SESSIONS_PER_ACCOUNT, default 20)
 * the oldest end (each request reads every session row of its account). In the sign-in's own
 * transaction, which has just written the new one.
 */
const capSessions: CollectionAfterLoginHook = async ({ req, user }) => {
  const tx = await txOf(req)
  await tx.execute(sql`
    DELETE FROM staff_sessions WHERE _parent_id = ${user.id} AND (expires_at <= now() OR id NOT IN (
      SELECT id FROM staff_sessions WHERE _parent_id = ${user.id} ORDER BY created_at DESC NULLS LAST LIMIT ${maxSessions()}))`)
}

/** A deactivated account's sessions end at once: its tokens stop working on the next request. */
const endSessionsOnDeactivate: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.active === false && previousDoc?.active !== false) {
    // The whole stored row goes back, as Payload's own revokeSession does: an update naming only
    // `sessions` would also empty the staff member's other arrays (their sites).
    const stored = await req.payload.db.findOne<{ id: number; sessions?: unknown[] }>({ collection: 'staff', where: { id: { equals: doc.id } }, req })
    if (stored?.sessions?.length) await req.payload.db.updateOne({ collection: 'staff', id: doc.id, data: { ...stored, sessions: [] }, req, returning: false })
  }
  return doc
}

export const Staff: CollectionConfig = {
  slug: 'staff',
  labels: { singular: L('員工', 'Staff member'), plural: L('員工', 'Staff') },
  auth: {
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    // A real lock time: with a lock that is over at once, Payload's fifth failure of an account that has
    // sessions writes back its stale copy of the user and the lock is lost (payload 3.90 incrementLoginAttempts).
    lockTime: SIGN_IN_WINDOW_MS,
    tokenExpiration: 12 * 60 * 60,
    // The user of every request is loaded with ids only: access rules need ids, and populating
    // positions and sites on each request would cost a query apiece.
    depth: 0,
    // Payload's JWT check with the user read in one statement (issue 15; staffAuth.ts).
    strategies: [leanJWT],
  },
  // Pickers show name · positions (two people of the same name told apart): `pickerLabel`, kept on save.
  admin: { group: groups.core, useAsTitle: 'pickerLabel', defaultColumns: ['name', 'email', 'positions', 'active'] },
  access: { read: sameSiteStaff, create: adminsOnly, update: adminOrSelf, delete: adminsOnly, unlock: adminsOnly },
  hooks: {
    beforeOperation: [beforeAuthOperation],
    afterOperation: [afterAuthOperation],
    afterLogin: [refundOnLogin, languageOnLogin, capSessions],
    afterChange: [endSessionsOnDeactivate, languageOnChange],
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
    text('pickerLabel', L('選擇時顯示', 'Shown in pickers'), {
      admin: { hidden: true, readOnly: true },
      hooks: {
        beforeChange: [
          async ({ siblingData, previousSiblingDoc, req }) => {
            const get = (k: string) => (siblingData[k] !== undefined ? siblingData[k] : previousSiblingDoc?.[k])
            const ids = ((get('positions') as unknown[]) ?? []).map((p) => (p && typeof p === 'object' ? (p as { id: unknown }).id : p)).filter((p) => p != null)
            const positions = ids.length
              ? await req.payload.find({ collection: 'positions', where: { id: { in: ids } }, depth: 0, limit: 20, pagination: false, overrideAccess: true, req })
              : { docs: [] }
            const names = positions.docs.map((p) => (p as { name?: string }).name).filter(Boolean)
            return [get('name'), names.join('、')].filter(Boolean).join(' · ').slice(0, 200)
          },
        ],
      },
    }),
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
