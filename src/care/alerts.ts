/** Alerts to the front desk of a site (refused cards, freed beds …), as work messages. */
import type { Payload, PayloadRequest } from 'payload'

export type DeskAlert = { site: number | string; title: string; body: string; req?: Partial<PayloadRequest> }

/** Sends a work message to the site's front desk. Wired to the workflow messages when they land. */
export async function alertDesk(payload: Payload, alert: DeskAlert): Promise<void> {
  payload.logger.warn({ site: alert.site, msg: `[desk alert] ${alert.title}: ${alert.body}` })
}
