/**
 * Live events for the admin panel (DEV-04 call pop-ups, gate state): published per site, delivered
 * over server-sent events to the signed-in sessions that may see that site. In-process: with several
 * app instances, each bridge talks to one instance per site (see docs/FIGURES-devices.md).
 */
import { EventEmitter } from 'node:events'

export type LiveEvent = { type: string; site: number; [key: string]: unknown }

const hub = new EventEmitter()
hub.setMaxListeners(0)

export const publish = (event: LiveEvent) => hub.emit('event', event)

export const subscribe = (listener: (event: LiveEvent) => void) => {
  hub.on('event', listener)
  return () => hub.off('event', listener)
}
