/**
 * DEV-03 / CARE-17: a swipe from any reader (network controller, serial reader via a bridge, keyboard
 * wedge on the desk page) → each desk's `devices.cardSwipe` in turn (the care desk logs a family visit
 * or refuses a returned or lost card); a card no desk issued is refused here and the desk alerted.
 * A swipe with an event id counts once however often it is delivered.
 */
import type { Payload } from 'payload'
import { L } from '../../src/lib/i18n'
import { desksOf, type CardSwipe, type SwipeAnswer } from '../../collections/desk'
import { alertDesk } from '../../hooks/notify/alertDesk'
import { shortDateTime } from '../../src/lib/format'
import { siteInfo } from '../../src/lib/site'
import { Refusal } from '../http'
import { publish } from '../live'
import { claimEvent, eventResult, finishEvent, releaseEvent } from '../store'

export type SwipeInput = { site: number; cardNumber: string; at?: string; reader?: string; eventId?: string; device?: number }

const CARD = /^[A-Za-z0-9-]{1,40}$/

export const cleanCardNumber = (raw: unknown): string => {
  const card = String(raw ?? '').replace(/[\x00-\x1f\x7f]/g, '').trim()
  if (!CARD.test(card)) throw new Refusal(L('卡號格式不對:只能是 1 到 40 位字母或數字', 'Invalid card number: 1 to 40 letters or digits'), 400)
  return card
}

const validTime = (at: unknown): string => {
  if (at == null || at === '') return new Date().toISOString()
  const t = new Date(String(at))
  if (Number.isNaN(t.getTime()) || t.getTime() > Date.now() + 5 * 60_000) {
    throw new Refusal(L('刷卡時間無效', 'Invalid swipe time'), 400)
  }
  return t.toISOString()
}

export async function handleSwipe(payload: Payload, input: SwipeInput): Promise<SwipeAnswer & { duplicate?: boolean }> {
  const cardNumber = cleanCardNumber(input.cardNumber)
  const at = validTime(input.at)
  let claim: number | undefined
  if (input.eventId) {
    // Claim the event id first: a second delivery finds it and gets the first result back.
    claim = await claimEvent(payload, { eventId: input.eventId.slice(0, 100), device: input.device, kind: 'swipe', occurredAt: at })
    if (claim === undefined) {
      const result = (await eventResult(payload, input.eventId)) as SwipeAnswer | undefined
      if (result) return { ...result, duplicate: true }
      throw new Refusal(L('該事件正在處理,請稍後重發', 'This event is being processed; send it again later'), 409)
    }
  }
  let result: SwipeAnswer
  try {
    result = await answerSwipe(payload, { site: input.site, cardNumber, at, reader: input.reader })
  } catch (error) {
    if (claim) await releaseEvent(payload, claim).catch(() => {})
    throw error
  }
  if (claim) await finishEvent(payload, claim, result)
  publish({ type: 'swipe', site: input.site, swipe: { cardNumber, at, reader: input.reader, ...result } })
  return result
}

/** The first desk that knows the card answers; a card no desk knows is refused and the front desk told. */
async function answerSwipe(payload: Payload, swipe: CardSwipe & { at: string }): Promise<SwipeAnswer> {
  for (const desk of desksOf(payload)) {
    const answer = await desk.devices?.cardSwipe?.(payload, swipe)
    if (answer) return answer
  }
  const { timeZone } = await siteInfo(payload, Number(swipe.site))
  await alertDesk(payload, {
    site: swipe.site,
    title: L('門卡被拒:{card}', 'Card refused: {card}'),
    body: L('{at} {reader} 刷卡 {card}:未登記的卡,未放行。', '{at} {reader} card {card}: unknown card; not let in.'),
    values: { card: swipe.cardNumber || '—', at: shortDateTime(swipe.at, timeZone), reader: swipe.reader ?? '' },
  })
  return { allowed: false, reason: 'unknown-card' }
}
