/** The site of a record: its time zone and business hours. */
import type { Payload, PayloadRequest } from 'payload'

export type SiteInfo = { id: number; name: string; timeZone: string; opensAt: string; closesAt: string }

export async function siteInfo(payload: Payload, id: number | undefined, req?: Partial<PayloadRequest>): Promise<SiteInfo> {
  const site = id
    ? ((await payload.findByID({ collection: 'sites', id, depth: 0, overrideAccess: true, req: req as PayloadRequest, disableErrors: true })) as Record<string, string> | null)
    : null
  return {
    id: id ?? 0,
    name: site?.name ?? '',
    timeZone: site?.timeZone || 'Asia/Shanghai',
    opensAt: site?.opensAt || '08:30',
    closesAt: site?.closesAt || '17:30',
  }
}
