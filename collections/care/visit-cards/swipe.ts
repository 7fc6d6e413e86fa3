/**
 * CARE-17 family visits by card: a swipe of an active card logs a visit of that family member to that
 * elder; an unknown, returned or lost card is refused and the desk is alerted.
 * Called by the devices module (reader events) and by the desk page's keyboard-wedge field.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { CardSwipe, SwipeAnswer } from '../../desk'
import { idOf } from '../../../src/lib/hooks'
import { alertDesk } from '../../../hooks/notify/alertDesk'
import { L, type Label } from '../../../src/lib/i18n'
import { shortDateTime } from '../../../src/lib/format'
import { siteInfo } from '../../../src/lib/site'

const reasons = {
  returned: L('已退還的卡', 'returned card'),
  lost: L('已掛失的卡', 'card reported lost'),
  'elder-not-in': L('老人已出院', 'the elder has left the home'),
} as const

/** The care desk's answer to a swipe (registered in its desk declaration); a card it never issued is `null`. */
export async function logCardSwipe(payload: Payload, swipe: CardSwipe, req?: Partial<PayloadRequest>): Promise<SwipeAnswer | null> {
  const cardNumber = String(swipe.cardNumber ?? '').trim()
  const at = new Date(swipe.at ?? Date.now()).toISOString()
  const { docs } = await payload.find({
    collection: 'visit-cards',
    where: { and: [{ site: { equals: swipe.site } }, { cardNumber: { equals: cardNumber } }] },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const card = docs[0] as
    | { id: number; status: string; holderName: string; holderPhone?: string | null; elder: unknown }
    | undefined
  if (!card) return null
  let reason: keyof typeof reasons | undefined
  if (card.status !== 'active') reason = card.status as 'returned' | 'lost'
  else if ((card.elder as { status?: string } | null)?.status === 'discharged') reason = 'elder-not-in'
  if (reason) {
    const { timeZone } = await siteInfo(payload, Number(swipe.site), req)
    await alertDesk(payload, {
      site: swipe.site,
      title: L('探視卡被拒:{card}', 'Visit card refused: {card}'),
      body: L('{at} {reader} 刷卡 {card}:{reason},未放行。', '{at} {reader} card {card}: {reason}; not let in.'),
      values: { card: cardNumber || '—', at: shortDateTime(at, timeZone), reader: swipe.reader ?? '', reason: (reasons[reason] as Label).zh },
      req,
    })
    return { allowed: false, reason }
  }
  const visit = await payload.create({
    collection: 'visits',
    data: {
      site: swipe.site as number,
      kind: 'card',
      purpose: 'family',
      visitorName: card.holderName,
      visitorPhone: card.holderPhone ?? undefined,
      elder: idOf(card.elder) as number,
      card: card.id,
      timeIn: at,
      notes: swipe.reader ? `读卡器 ${swipe.reader}` : undefined,
    },
    overrideAccess: true,
    req,
  })
  return { allowed: true, visit: { id: visit.id } }
}
