/** The ZKTeco push endpoint inside the app (controllers on the app's network push to /iclock). */
import type { Payload } from 'payload'
import { iclockRouter } from '../reader/zkteco'
import { handleSwipe } from '../reader/swipe'
import { markSeen } from '../health'
import { siteInfo } from '../../src/lib/site'

export const appIclockRouter = (payload: Payload) =>
  iclockRouter({
    reader: async (sn, address) => {
      const { docs } = await payload.find({
        collection: 'devices',
        where: { and: [{ kind: { equals: 'reader' } }, { 'connection.serialNumber': { equals: sn } }, { enabled: { not_equals: false } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const d = docs[0] as { id: number; name: string; site: number; connection?: { allowedAddress?: string | null } } | undefined
      if (!d?.connection?.allowedAddress || d.connection.allowedAddress !== address) return null
      return { id: d.id, name: d.name, site: d.site, timeZone: (await siteInfo(payload, d.site)).timeZone }
    },
    swipe: (reader, e) => handleSwipe(payload, { site: reader.site, cardNumber: e.cardno, at: e.at, reader: reader.name, eventId: e.eventId, device: reader.id }),
    seen: (reader) => void markSeen(payload, reader),
  })
