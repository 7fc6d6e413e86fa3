/** What the devices module mounts on the express front: /devices and the ZKTeco push path /iclock. */
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { appIclockRouter } from './bridge/app-iclock'
import { devicesRouter } from './bridge/router'

export const devicesRoutes = (payload: Payload): [string, RequestHandler][] => [
  ['/devices', devicesRouter(payload)],
  ['/iclock', appIclockRouter(payload)],
]
