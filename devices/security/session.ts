/**
 * Routes used from the admin panel (gate panel, keyboard-wedge field, call pop-up stream) accept the
 * admin session: the `payload-token` cookie or an `Authorization: JWT …` header, checked by Payload.
 * Cookie-authenticated writes must be JSON (a cross-site form cannot send that without CORS).
 */
import type { Request, RequestHandler } from 'express'
import type { Payload } from 'payload'
import { isAdmin } from '../../hooks/access'
import { L } from '../../src/lib/i18n'
import { Refusal, refuseWith } from '../http'

export type Staff = { id: number; name?: string; language?: string; roles?: string[]; sites?: { site: unknown }[] }
export type StaffRequest = Request & { staff: Staff }

const headersOf = (req: Request) => {
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
  return headers
}

export const siteIdsOf = (staff: Staff): number[] =>
  (staff.sites ?? []).map((s) => (typeof s.site === 'object' ? (s.site as { id: number }).id : (s.site as number)))

export const canUseSite = (staff: Staff, site: number | string): boolean =>
  isAdmin(staff) || siteIdsOf(staff).includes(Number(site))

export const requireStaff =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    if (!['GET', 'HEAD'].includes(req.method) && !req.is('application/json')) {
      return void refuseWith(res, req, new Refusal(L('請以 JSON 提交', 'Send the request as JSON'), 415))
    }
    payload
      .auth({ headers: headersOf(req) })
      .then(({ user }) => {
        if (!user || user.collection !== 'staff') {
          return void refuseWith(res, req, new Refusal(L('請先登錄', 'Please sign in first'), 401))
        }
        ;(req as StaffRequest).staff = user as unknown as Staff
        next()
      })
      .catch(next)
  }
