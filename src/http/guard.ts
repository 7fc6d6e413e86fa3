/**
 * The express side of the validation layer (the Payload side is hooks/validInput.ts), for what must
 * be refused before Payload sees the request:
 * - the address: %-encoding that decodes, no NUL byte, and an integer wherever a route takes a
 *   record id (`/api/<slug>/<id>`, `/:id/print`, `/:id/decide`, `/versions/:id` …, read from the
 *   collections' endpoints, so a new endpoint is covered without a line here);
 * - the body: JSON (or a multipart upload; a form post only where a custom endpoint reads one),
 *   within the size limit, an object — not `null`, an array, a string or a number — and not nested
 *   beyond reason.
 * Refusals are JSON `{ errors: [{ message }] }` in the person's language.
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import { match } from 'path-to-regexp'
import type { Endpoint, Payload } from 'payload'
import { parseId } from '../../hooks/ids'
import { failures, langOfHeaders } from '../lib/errors'
import { fill, L, pick, type Label } from '../lib/i18n'

export const BODY_LIMIT = process.env.API_BODY_LIMIT ?? '2mb'
const MAX_DEPTH = 32

const texts = {
  notObject: L('提交的內容應為一個 JSON 物件', 'The request body must be a JSON object'),
  tooDeep: L('提交的內容層次過深(最多 {max} 層)', 'The request body is nested too deeply (at most {max} levels)'),
  noSuchRecord: L('找不到編號為「{id}」的記錄', 'There is no record with id "{id}"'),
  nul: L('網址不能包含空字元(%00)', 'The address cannot contain a NUL character (%00)'),
} satisfies Record<string, Label>

/** A refusal the guard gives: JSON in the person's language. */
export class GuardRefusal extends Error {
  constructor(
    public label: Label,
    public status = 400,
    public values: Record<string, unknown> = {},
  ) {
    super(label.en)
  }
}

/**
 * The person's language for an answer given outside Payload: the signed-in person's preference
 * (looked up only when refusing), else the `payload-lng` cookie / Accept-Language.
 */
export const personLanguage = async (payload: Payload | undefined, req: Request, lookUpUser = true): Promise<string> => {
  const fromHeaders = langOfHeaders((name) => req.get(name))
  const known = (req as { staff?: { language?: string } }).staff?.language
  if (known) return known
  if (!payload || !lookUpUser || !(req.get('authorization') || /payload-token=/.test(req.get('cookie') ?? ''))) return fromHeaders
  try {
    const headers = new Headers()
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
    const { user } = await payload.auth({ headers })
    return ((user as { language?: string } | null)?.language as string | undefined) ?? fromHeaders
  } catch {
    return fromHeaders
  }
}

export const sendRefusal = async (payload: Payload | undefined, req: Request, res: Response, refusal: GuardRefusal) => {
  const lang = await personLanguage(payload, req)
  res.status(refusal.status).json({ errors: [{ message: fill(pick(refusal.label, lang), refusal.values) }] })
}

const decodeSegments = (path: string): string[] =>
  path.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment)
    } catch {
      throw new GuardRefusal(failures.badEncoding)
    }
  })

/** Payload's own endpoints read JSON or a multipart upload only; a form post is for custom endpoints. */
const PAYLOAD_OWN = new Set(['/', '/:id', '/count', '/versions', '/versions/:id', '/access/:id?', '/:id/duplicate', '/login', '/logout', '/me', '/refresh-token', '/init', '/first-register', '/forgot-password', '/reset-password', '/unlock', '/verify/:id'])

type Matched = { endpoint: Endpoint; params: Record<string, unknown> }

/**
 * How deep a REST answer is populated when the client does not say (`?depth=`): ids only. Payload's
 * default (2) loads every related record and theirs on every create, read and list — twice the
 * statements of the write itself. A client that shows related records asks for them (`?depth=1`);
 * the admin panel reads through the Local API with the depth it needs. GraphQL and the Local API
 * keep Payload's default. Applied to Payload's own record endpoints (create, list, read, update,
 * delete of a collection); custom endpoints decide for themselves.
 */
export const REST_DEFAULT_DEPTH = 0
const DEFAULT_DEPTH_PATHS = new Set(['/', '/:id'])
export type RestRequest = Request & { restDepth?: number }

/** The address handed to Payload: the client's, with `depth` when it named none (see REST_DEFAULT_DEPTH). */
export const payloadUrlOf = (req: Request): string => {
  const depth = (req as RestRequest).restDepth
  if (depth === undefined) return req.originalUrl
  return `${req.originalUrl}${req.originalUrl.includes('?') ? '&' : '?'}depth=${depth}`
}

const matchers = new WeakMap<Endpoint, ReturnType<typeof match>>()
const matcherOf = (endpoint: Endpoint) => {
  let m = matchers.get(endpoint)
  if (!m) {
    m = match(endpoint.path, { decode: (s: string) => s })
    matchers.set(endpoint, m)
  }
  return m
}

/** The endpoint Payload will run for this request (the first that matches, as handleEndpoints picks). */
const endpointFor = (endpoints: Endpoint[] | false | undefined, method: string, path: string): Matched | undefined => {
  for (const endpoint of endpoints || []) {
    if (endpoint.method !== method) continue
    const result = matcherOf(endpoint)(path)
    if (result) return { endpoint, params: result.params as Record<string, unknown> }
  }
  return undefined
}

const depthOf = (value: unknown): number => {
  // Iterative, so that a hostile nesting cannot overflow the stack.
  let max = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [v, d] = stack.pop()!
    if (d > max) max = d
    if (max > MAX_DEPTH) return max
    if (v && typeof v === 'object') for (const child of Object.values(v as object)) stack.push([child, d + 1])
  }
  return max
}

const rawBody = express.raw({ type: () => true, limit: BODY_LIMIT })

/** Guards everything under /api (mounted at /api). */
export function apiGuard(payload: Payload): RequestHandler {
  const api = payload.config.routes.api
  return (req: Request, res: Response, next: NextFunction) => {
    const fail = (error: unknown) => {
      if (error instanceof GuardRefusal) return void sendRefusal(payload, req, res, error).catch(next)
      next(error)
    }
    try {
      // ——— the address ———
      const pathname = req.originalUrl.split('?')[0]!
      const segments = decodeSegments(pathname)
      if (segments.some((s) => s.includes('\u0000'))) throw new GuardRefusal(texts.nul)
      const rest = pathname.startsWith(api) ? pathname.slice(api.length) : pathname
      const [, slug, ...tail] = rest.split('/')
      const collection = slug ? (payload.collections as Record<string, { config: { endpoints: Endpoint[] | false } } | undefined>)[slug] : undefined
      const method = req.method.toLowerCase()
      const overrideGet = method === 'post' && (req.get('x-payload-http-method-override') === 'GET' || req.get('x-http-method-override') === 'GET')
      let matched: Matched | undefined
      if (collection) {
        const path = `/${tail.join('/')}`
        matched = endpointFor(collection.config.endpoints, overrideGet ? 'get' : method, path)
        if (matched && !matched.endpoint.path.startsWith('/verify/') && typeof matched.params.id === 'string') {
          const id = decodeSegments(matched.params.id)[0]!
          if (parseId(id) === undefined) throw new GuardRefusal(texts.noSuchRecord, 404, { id: id.slice(0, 40) })
        }
        if (matched && !overrideGet && DEFAULT_DEPTH_PATHS.has(matched.endpoint.path) && !new URLSearchParams(req.originalUrl.split('?')[1] ?? '').has('depth')) {
          ;(req as RestRequest).restDepth = REST_DEFAULT_DEPTH
        }
      }

      // ——— the body ———
      if (!['post', 'patch', 'put'].includes(method)) return next()
      const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
      const length = Number(req.get('content-length') ?? 0)
      const chunked = Boolean(req.get('transfer-encoding'))
      if (!length && !chunked) return next()
      if (type.startsWith('multipart/')) return next() // an upload: Payload parses it with its own limits
      const formAllowed = overrideGet || (matched !== undefined && !PAYLOAD_OWN.has(matched.endpoint.path))
      const isJson = type === 'application/json' || type.endsWith('+json')
      if (!isJson && !(formAllowed && type === 'application/x-www-form-urlencoded')) throw new GuardRefusal(failures.unsupported, 415)
      rawBody(req, res, (error?: unknown) => {
        if (error) return fail(error)
        const buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
        ;(req as { rawBody?: Buffer }).rawBody = buffer
        if (!isJson || buffer.length === 0) return next()
        let body: unknown
        try {
          body = JSON.parse(buffer.toString('utf8'))
        } catch {
          return fail(new GuardRefusal(failures.badJson))
        }
        if (body === null || typeof body !== 'object' || Array.isArray(body)) return fail(new GuardRefusal(texts.notObject))
        if (depthOf(body) > MAX_DEPTH) return fail(new GuardRefusal(texts.tooDeep, 400, { max: MAX_DEPTH }))
        // Handed on parsed (src/http/web.ts toPayloadRequest): Payload does not read and parse it again.
        ;(req as { jsonBody?: unknown }).jsonBody = body
        next()
      })
    } catch (error) {
      fail(error)
    }
  }
}
