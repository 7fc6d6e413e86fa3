/** Alerts to the front desk of a site (refused cards, freed beds …), as work messages (WF-01). */
import type { Payload, PayloadRequest } from 'payload'
import type { Label } from '../../src/lib/i18n'
import { sendMessage } from './messages'

export type DeskAlert = {
  site: number | string
  /** Text or a label in the three languages (each recipient reads their own), with `{placeholders}`. */
  title: string | Label
  body: string | Label
  values?: Record<string, unknown>
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
      { site: alert.site, title: alert.title, body: alert.body, values: alert.values, to: ['front-desk'], related: alert.related },
      alert.req as PayloadRequest | undefined,
    )
    return true
  } catch (error) {
    payload.logger.warn({ site: alert.site, msg: `[desk alert not delivered] ${JSON.stringify(alert.title)}: ${(error as Error).message}` })
    return false
  }
}
