/**
 * The express front: our own routes first (health, later approvals and devices), Payload's REST
 * and GraphQL answered directly (no Next round trip), everything else — the admin panel — by Next.
 * Every error that reaches it is answered as JSON `{ errors: [{ message }] }` in the person's
 * language (never HTML, never a stack); with the database unreachable, 503.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { sql } from '@payloadcms/db-postgres'
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import { handleEndpoints, type Payload } from 'payload'
import { answerFor, failures } from '../lib/errors'
import { pick } from '../lib/i18n'
import { apiGuard, payloadUrlOf, personLanguage } from './guard'
import { markClientAddress } from '../lib/signInLimit'
import { health } from './health'
import { sendWebResponse, toPayloadRequest, toWebRequest } from './web'

export type AppOptions = {
  /** Next's request handler; without it (tests, bridge-less API) only the API is served. */
  next?: RequestHandler
  /** Routers mounted by modules (approvals, devices …), each at its own path. */
  routes?: [path: string, router: RequestHandler][]
}

/** Whether PostgreSQL answers (asked only after a failure; remembered for a second). */
const reachability = new WeakMap<Payload, { at: number; ok: Promise<boolean> }>()
export const databaseReachable = (payload: Payload): Promise<boolean> => {
  const hit = reachability.get(payload)
  if (hit && Date.now() - hit.at < 1000) return hit.ok
  const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
  const ok = Promise.race([
    db.drizzle.execute(sql`SELECT 1`).then(() => true, () => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
  ])
  reachability.set(payload, { at: Date.now(), ok })
  return ok
}

const hasCredentials = (req: express.Request) => Boolean(req.get('authorization')) || /payload-token=/.test(req.get('cookie') ?? '')

/**
 * An answer given while the database is unreachable becomes a 503 that says so: a 500, and also a
 * 401/403 to someone who sent credentials (Payload could not load them, so it took them for nobody),
 * and GraphQL errors (answered with 200 by GraphQL).
 */
const unreachableAnswer = async (payload: Payload, req: express.Request, response: Response, graphql = false): Promise<Response> => {
  const suspect =
    response.status === 500 ||
    ((response.status === 401 || response.status === 403) && hasCredentials(req)) ||
    (graphql && response.status === 200 && (await response.clone().text()).includes('"errors"'))
  if (!suspect || (await databaseReachable(payload))) return response
  const lang = await personLanguage(payload, req, false)
  return Response.json({ errors: [{ message: pick(failures.databaseDown, lang) }] }, { status: 503, headers: { 'retry-after': '5' } })
}

/** The last stop: every error as JSON in the person's language. */
export const errorHandler =
  (payload: Payload): ErrorRequestHandler =>
  async (error, req, res, next) => {
    if (res.headersSent) return next(error)
    let answer = answerFor(error, 'zh')
    const down = answer.status === 503 || (answer.status === 500 && !(await databaseReachable(payload)))
    const lang = await personLanguage(payload, req, !down)
    answer = answerFor(error, lang)
    if (down) answer = { status: 503, message: pick(failures.databaseDown, lang), log: 'none' }
    if (answer.log === 'gap') payload.logger.error({ err: error, msg: 'validation gap: PostgreSQL refused input that the validation layer let through' })
    else if (answer.log === 'error') payload.logger.error({ err: error, msg: `${req.method} ${req.originalUrl.split('?')[0]}` })
    if (down) res.setHeader('retry-after', '5')
    res.status(answer.status).json({ errors: [{ message: answer.message }] })
  }

export function createApp(payload: Payload, options: AppOptions = {}): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback')
  const config = payload.config

  app.get('/healthz', health(payload))
  // The sign-in rate limit lives in the staff collection (every door); it needs the client's address.
  app.use(markClientAddress)
  for (const [path, router] of options.routes ?? []) app.use(path, router)

  // Ids, %-encoding and bodies, before Payload (hooks/validInput.ts checks the data inside it).
  app.use('/api', apiGuard(payload))
  const graphql = GRAPHQL_POST(Promise.resolve(config))
  app.post('/api/graphql', async (req, res) => sendWebResponse(res, await unreachableAnswer(payload, req, await graphql(toWebRequest(req)), true)))
  app.use('/api', async (req, res) => {
    const response = await handleEndpoints({ config: Promise.resolve(config), path: req.originalUrl.split('?')[0], request: toPayloadRequest(req, payloadUrlOf(req)) })
    await sendWebResponse(res, await unreachableAnswer(payload, req, response))
  })

  if (options.next) app.use(options.next)
  else {
    app.get('/', (_req, res) => res.redirect('/admin'))
    app.use(async (req, res) => {
      res.status(404).json({ errors: [{ message: pick(failures.notFound, await personLanguage(payload, req, false)) }] })
    })
  }
  app.use(errorHandler(payload))
  return app
}
