/**
 * Server code acting inside a client's request (a hook of a REST create, an endpoint) writes
 * server-owned fields through this: the same transaction, user and channel, but a server call.
 */
import type { PayloadRequest } from 'payload'
import { channelOf } from '../../hooks/audit'

export const asServer = (req: PayloadRequest): PayloadRequest => {
  if (req.payloadAPI === 'local' && !req.context?.asClient) return req
  const server = Object.create(req) as PayloadRequest
  server.payloadAPI = 'local'
  server.context = { ...req.context, channel: channelOf(req), asClient: false }
  return server
}
