/**
 * WF-06 e-mailed approval links. GET /approve/:token shows the summary and a comment box and changes
 * nothing (mail scanners prefetch links); POST /approve/:token decides. The token in the path is
 * the credential (it also makes the POST CSRF-safe); it is checked on both, and the POST consumes it
 * in the same transaction as the decision.
 */
import { sql } from '@payloadcms/db-postgres'
import express, { type Request, type Response, type Router } from 'express'
import { APIError, type Payload, type PayloadRequest } from 'payload'
import { actingAs, approvalOf, assertWaiting, decide, findVisible, inTransaction } from '../../../hooks/approval/engine'
import { positionName } from '../../../hooks/approval/mails'
import { stepPosition } from '../../../hooks/approval/approvers'
import { approvalView } from '../../../hooks/approval/summary'
import { findToken, type StoredToken } from '../../../hooks/approval/tokens'
import { fill, pick, type Label } from '../../lib/i18n'
import { confirmPage, messagePage, texts } from './pages'
import { txOf } from '../../lib/tx'

const fromHeader = (req: Request) => {
  const accept = String(req.headers['accept-language'] ?? '').toLowerCase()
  if (/^zh-(tw|hk|hant)/.test(accept)) return 'zh-TW'
  if (accept.startsWith('en')) return 'en'
  return 'zh'
}

class Problem extends Error {
  constructor(readonly status: number, readonly text: string) {
    super(text)
  }
}

type Checked = { token: StoredToken; approver: { id: number; name: string; language: string }; lang: string; acting: PayloadRequest }

/** Everything a link must pass before its page is shown or its decision taken. */
async function check(payload: Payload, req: Request): Promise<Checked> {
  let lang = fromHeader(req)
  const say = (label: Label, values = {}) => fill(pick(label, lang), values)
  const token = await findToken(payload, String(req.params.token))
  if (!token) throw new Problem(404, say(texts.invalid))
  const approver = (await payload.findByID({ collection: 'staff', id: token.approver, depth: 0, overrideAccess: true })) as unknown as Checked['approver']
  lang = approver.language ?? lang
  if (token.usedAt) throw new Problem(410, say(texts.used))
  if (new Date(token.expiresAt).getTime() < Date.now()) throw new Problem(410, say(texts.expired))
  // Someone signed in as another person (a forwarded mail opened at a colleague's desk) cannot use it.
  if (req.headers.cookie || req.headers.authorization) {
    const headers = new Headers()
    if (req.headers.cookie) headers.set('cookie', req.headers.cookie)
    if (req.headers.authorization) headers.set('authorization', req.headers.authorization)
    const { user } = await payload.auth({ headers }).catch(() => ({ user: null }))
    if (user && user.id !== approver.id) throw new Problem(403, say(texts.otherPerson, { name: approver.name, viewer: (user as { name?: string }).name ?? user.id }))
  }
  const acting = await actingAs(payload, approver, 'email')
  return { token, approver, lang, acting }
}

const send = (res: Response, status: number, html: string) =>
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    })
    .send(html)

function fail(res: Response, error: unknown, lang: string, payload: Payload) {
  const heading = pick(texts.problem, lang)
  if (error instanceof Problem) return send(res, error.status, messagePage(lang, heading, `${error.text} ${pick(texts.nothingChanged, lang)}`))
  if (error instanceof APIError && error.status < 500) return send(res, error.status, messagePage(lang, heading, `${error.message} ${pick(texts.nothingChanged, lang)}`))
  payload.logger.error({ err: error }, 'approval link failed')
  return send(res, 500, messagePage(lang, heading, pick(texts.failed, lang)))
}

const expectOf = (t: StoredToken) => ({ round: t.round, step: t.step, version: t.version })

/** Consume the token inside the decision's transaction; a second use finds it used and decides nothing. */
async function consume(acting: PayloadRequest, token: StoredToken, lang: string) {
  const tx = await txOf(acting)
  const { rows } = await tx.execute(sql`UPDATE approval_tokens SET used_at = ${new Date().toISOString()} WHERE id = ${token.id} AND used_at IS NULL RETURNING id`)
  if (!rows.length) throw new Problem(410, pick(texts.used, lang))
}

export function approvalRouter(payload: Payload): Router {
  const router = express.Router()

  router.get('/:token', async (req, res) => {
    let lang = fromHeader(req)
    try {
      const { token, approver, acting, lang: l } = await check(payload, req)
      lang = l
      // The approver reads the form with their own access (an approver who left the site sees "no such form").
      const state = (await findVisible(acting, token.form, token.recordId)) as Record<string, unknown>
      await assertWaiting(acting, token.form, token.recordId, { status: state.approvalStatus as string, step: Number(state.approvalStep), round: Number(state.approvalRound), version: Number(state.approvalVersion) }, expectOf(token))
      const spec = approvalOf(payload, token.form)!
      const view = await approvalView(payload, token.form, token.recordId, lang)
      const intro = fill(pick(texts.intro, lang), { name: approver.name, position: await positionName(acting, stepPosition(spec.chain[token.step]), lang) })
      const d = req.query.d
      send(res, 200, confirmPage(lang, { intro, view, action: `${req.baseUrl}/${encodeURIComponent(String(req.params.token))}`, chosen: d === 'approve' || d === 'reject' ? d : undefined }))
    } catch (error) {
      fail(res, error, lang, payload)
    }
  })

  router.post('/:token', express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    let lang = fromHeader(req)
    try {
      const { token, acting, lang: l } = await check(payload, req)
      lang = l
      const decision = req.body?.decision
      if (decision !== 'approved' && decision !== 'rejected') throw new Problem(400, pick(texts.confirmTitle, lang))
      const doc = await inTransaction(acting, async () => {
        await consume(acting, token, lang)
        return decide(acting, { slug: token.form, id: token.recordId, decision, comment: String(req.body?.comment ?? ''), expect: expectOf(token) })
      })
      const done = decision === 'rejected' ? texts.doneRejected : doc.approvalStatus === 'approved' ? texts.doneFinal : texts.doneNext
      const heading = pick(decision === 'rejected' ? texts.doneRejected : texts.doneApproved, lang)
      send(res, 200, messagePage(lang, heading, pick(done, lang), true))
    } catch (error) {
      fail(res, error, lang, payload)
    }
  })

  return router
}
