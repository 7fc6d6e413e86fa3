/**
 * Server code acting inside a client's request (a hook of a REST create, an endpoint) writes
 * server-owned fields through this: the same transaction, user and channel, but a server call.
 */
import type { PayloadRequest } from 'payload'
import { channelOf } from './channel'

export function asServer(req: PayloadRequest): PayloadRequest
/** Without a request (a sweep's own call), the Local API is the server already: `undefined` stays. */
export function asServer(req: Partial<PayloadRequest> | undefined): PayloadRequest | undefined
export function asServer(input: Partial<PayloadRequest> | undefined): PayloadRequest | undefined {
  if (!input) return undefined
  const req = input as PayloadRequest
  if (req.payloadAPI === 'local' && !req.context?.asClient) return req
  const server = Object.create(req) as PayloadRequest
  server.payloadAPI = 'local'
  server.context = { ...req.context, channel: channelOf(req), asClient: false }
  return server
}
