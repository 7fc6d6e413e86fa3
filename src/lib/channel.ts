/** Which door a request came through (admin panel, API, an e-mailed link, a device, a job, the server). */
import type { PayloadRequest } from 'payload'

export const channels = ['admin', 'api', 'email', 'device', 'job', 'system'] as const
export type Channel = (typeof channels)[number]

/** Which door a request came through. Our own routes and jobs say so in `req.context.channel`. */
export const channelOf = (req: PayloadRequest): Channel => {
  const declared = req.context?.channel as Channel | undefined
  if (declared) return declared
  if (req.payloadAPI === 'local') return 'system'
  if (req.payloadAPI === 'GraphQL') return 'api'
  const referer = req.headers?.get?.('referer') ?? ''
  return /\/admin(\/|$|\?)/.test(new URL(referer, 'http://x').pathname) ? 'admin' : 'api'
}
