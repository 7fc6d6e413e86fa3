/**
 * The express front: our own routes first (health, later approvals and devices), Payload's REST
 * and GraphQL answered directly (no Next round trip), everything else — the admin panel — by Next.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import express, { type Express, type RequestHandler } from 'express'
import { handleEndpoints, type Payload } from 'payload'
import { markClientAddress } from '../lib/signInLimit'
import { health } from './health'
import { sendWebResponse, toWebRequest } from './web'

export type AppOptions = {
  /** Next's request handler; without it (tests, bridge-less API) only the API is served. */
  next?: RequestHandler
  /** Routers mounted by modules (approvals, devices …), each at its own path. */
  routes?: [path: string, router: RequestHandler][]
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

  const graphql = GRAPHQL_POST(Promise.resolve(config))
  app.post('/api/graphql', async (req, res) => sendWebResponse(res, await graphql(toWebRequest(req))))
  app.use('/api', async (req, res) => {
    const response = await handleEndpoints({ config: Promise.resolve(config), path: req.originalUrl.split('?')[0], request: toWebRequest(req) })
    await sendWebResponse(res, response)
  })

  if (options.next) app.use(options.next)
  else app.get('/', (_req, res) => res.redirect('/admin'))
  return app
}
