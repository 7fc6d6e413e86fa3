/**
 * CARE-09 預定登記表: when no bed is free families queue in order of registration; when a bed frees
 * up the desk gets a work message listing the first people to call, in order.
 */
import type { Payload, PayloadRequest } from 'payload'
import { alertDesk } from '../../../hooks/notify/alertDesk'
import { L } from '../../../src/lib/i18n'
import { tryDay } from '../../../src/lib/calendar'
import { siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'

/** How many families the desk is told to call when a bed frees up. */
export const CALL_FIRST = 3

export type WaitingFamily = { id: number; familyName: string; familyPhone: string; elderName: string; registeredAt: string }

/** The families still waiting at a site, oldest registration first. */
export async function waitingInOrder(payload: Payload, site: number, limit = CALL_FIRST, req?: Partial<PayloadRequest>) {
  const { docs } = await payload.find({
    collection: 'waitlist',
    where: { and: [{ site: { equals: site } }, { status: { equals: 'waiting' } }] },
    sort: ['registeredAt', 'id'],
    limit,
    depth: 0,
    overrideAccess: true,
    req: req as PayloadRequest,
  })
  return docs as unknown as WaitingFamily[]
}

/** Tell the desk a bed is free, with the first families to call. Returns them. */
export async function announceFreedBed(payload: Payload, bed: { code?: string; site?: unknown }, req?: Partial<PayloadRequest>) {
  return announceFreedBeds(payload, [bed], req)
}

/**
 * Tell the desk these beds are free, with the first families to call: one message per site naming
 * every bed freed there (a sweep freeing a batch of beds sends one, not one per bed); for one bed, the
 * message `announceFreedBed` has always sent. Returns the families of the last site told.
 */
export async function announceFreedBeds(payload: Payload, beds: { code?: string; site?: unknown }[], req?: Partial<PayloadRequest>) {
  const bySite = new Map<number, string[]>()
  for (const bed of beds) {
    const site = siteOf(bed)
    if (site) bySite.set(site, [...(bySite.get(site) ?? []), bed.code ?? ''])
  }
  let first: WaitingFamily[] = []
  for (const [site, codes] of bySite) {
    first = await waitingInOrder(payload, site, CALL_FIRST, req)
    const { timeZone } = await siteInfo(payload, site, req)
    const lines = first.map((w, i) => `${i + 1}. ${w.familyName} ${w.familyPhone} · ${w.elderName} · ${tryDay(w.registeredAt, timeZone) ?? ''}`)
    const many = codes.length > 1
    await alertDesk(payload, {
      site,
      // Many beds: the title counts them (a title is at most 200 characters), the body names every one.
      title: many ? L('{n} 個床位已空出', '{n} beds are free') : L('床位 {bed} 已空出', 'Bed {bed} is free'),
      body: first.length
        ? many
          ? L('床位 {bed} 已空出,請按預定登記順序依次致電:\n{list}', 'Beds {bed} are free. Call in order of registration:\n{list}')
          : L('床位 {bed} 已空出,請按預定登記順序依次致電:\n{list}', 'Bed {bed} is free. Call in order of registration:\n{list}')
        : many
          ? L('床位 {bed} 已空出,預定登記表中暫無候補家屬。', 'Beds {bed} are free; nobody is on the waitlist.')
          : L('床位 {bed} 已空出,預定登記表中暫無候補家屬。', 'Bed {bed} is free; nobody is on the waitlist.'),
      values: { bed: codes.join(', '), n: codes.length, list: lines.join('\n') },
      req,
    })
  }
  return first
}
