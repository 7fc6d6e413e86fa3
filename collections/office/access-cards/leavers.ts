/**
 * OFFICE-08: a card whose holder's staff record was deactivated (the person has left) is marked with the
 * moment it was noticed, so the `leaver` deadline flags it while it is out. A desk sweep (collections/
 * office/people.ts), idempotent: a card already marked is not read again.
 */
import type { PayloadRequest } from 'payload'
import { asServer } from '../../../src/lib/serverReq'

export async function markDeactivatedHolders(req: PayloadRequest, now: Date): Promise<number> {
  const { payload } = req
  const gone = await payload.find({ collection: 'staff', where: { active: { equals: false } }, depth: 0, limit: 0, pagination: false, select: { active: true }, overrideAccess: true, req })
  const ids = (gone.docs as unknown as { id: number }[]).map((s) => s.id)
  if (!ids.length) return 0
  const { docs } = await payload.find({
    collection: 'access-cards',
    where: { and: [{ status: { equals: 'issued' } }, { holder: { in: ids } }, { leftAt: { exists: false } }] },
    depth: 0,
    limit: 500,
    overrideAccess: true,
    req,
  })
  for (const card of docs) {
    await payload.update({ collection: 'access-cards', id: card.id, data: { leftAt: now.toISOString() }, overrideAccess: true, req: asServer(req), depth: 0 })
  }
  return docs.length
}
