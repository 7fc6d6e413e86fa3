/**
 * CARE-17 family visits by card: a swipe of an active card logs a visit of that family member to that
 * elder; an unknown, returned or lost card is refused and the desk is alerted.
 * Called by the devices module (reader events) and by the desk page's keyboard-wedge field.
 */
import type { Payload, PayloadRequest } from 'payload'
import { idOf } from '../lib/hooks'
import { alertDesk } from './alerts'

export type Swipe = { site: number | string; cardNumber: string; at?: Date | string; reader?: string }

export type SwipeResult = {
  allowed: boolean
  reason?: 'unknown-card' | 'returned' | 'lost' | 'elder-not-in'
  visit?: { id: number | string }
}

const reasons = {
  'unknown-card': '未登記的卡',
  returned: '已退還的卡',
  lost: '已挂失的卡',
  'elder-not-in': '老人已出院',
} as const

export async function logCardSwipe(payload: Payload, swipe: Swipe, req?: Partial<PayloadRequest>): Promise<SwipeResult> {
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
  let reason: SwipeResult['reason']
  if (!card) reason = 'unknown-card'
  else if (card.status !== 'active') reason = card.status as 'returned' | 'lost'
  else if ((card.elder as { status?: string } | null)?.status === 'discharged') reason = 'elder-not-in'
  if (reason || !card) {
    await alertDesk(payload, {
      site: swipe.site,
      title: `探视卡被拒:${cardNumber || '(空)'}`,
      body: `${at.slice(0, 16).replace('T', ' ')} ${swipe.reader ? `读卡器 ${swipe.reader}` : ''} 刷卡 ${cardNumber}:${reasons[reason!]},未放行。`,
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
