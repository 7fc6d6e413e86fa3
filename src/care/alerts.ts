/** Alerts to the front desk of a site (refused cards, freed beds …), as work messages (WF-01). */
import type { Payload, PayloadRequest } from 'payload'
import { sendMessage } from '../lib/messages'

export type DeskAlert = {
  site: number | string
  title: string
  body: string
  related?: { collection: string; id: number | string }
  req?: Partial<PayloadRequest>
}

/**
 * Sends a work message to whoever holds 前臺 at the site. An alert never blocks the desk's own
 * work: a site without a front-desk holder only gets a log line.
 */
export async function alertDesk(payload: Payload, alert: DeskAlert): Promise<boolean> {
  try {
    await sendMessage(
      payload,
      { site: alert.site, title: alert.title, body: alert.body, to: ['front-desk'], related: alert.related },
      alert.req as PayloadRequest | undefined,
    )
    return true
  } catch (error) {
    payload.logger.warn({ site: alert.site, msg: `[desk alert not delivered] ${alert.title}: ${(error as Error).message}` })
    return false
  }
}
