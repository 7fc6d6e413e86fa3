/** Routes that modules mount on the express front, each at its own path (approvals, devices …). */
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { devicesRoutes } from '../../devices/routes'
import { approvalRouter } from './approvals/router'

export const moduleRoutes = (payload: Payload): [path: string, router: RequestHandler][] => [
  ...devicesRoutes(payload),
  ['/approve', approvalRouter(payload)],
]
