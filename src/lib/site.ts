/** The site of a record: its time zone and business hours. */
import type { Payload, PayloadRequest } from 'payload'

export type SiteInfo = { id: number; name: string; timeZone: string; opensAt: string; closesAt: string; deskPhone: string }

type SiteRow = Record<string, string> | null | undefined

const infoOf = (id: number | undefined, site: SiteRow): SiteInfo => ({
  id: id ?? 0,
  name: site?.name ?? '',
  timeZone: site?.timeZone || 'Asia/Shanghai',
  opensAt: site?.opensAt || '08:30',
  closesAt: site?.closesAt || '17:30',
  deskPhone: site?.deskPhone ?? '',
})

export async function siteInfo(payload: Payload, id: number | undefined, req?: Partial<PayloadRequest>): Promise<SiteInfo> {
  const site = id
    ? ((await payload.findByID({ collection: 'sites', id, depth: 0, overrideAccess: true, req: req as PayloadRequest, disableErrors: true })) as SiteRow)
    : null
  return infoOf(id, site)
}

/** `siteInfo` of several sites in one read (a batch's records), by id; a site that is not there reads as `siteInfo` reads it. */
export async function sitesInfo(payload: Payload, ids: (number | undefined)[], req?: Partial<PayloadRequest>): Promise<Map<number | undefined, SiteInfo>> {
  const wanted = [...new Set(ids.filter((id): id is number => id != null))]
  const { docs } = wanted.length
    ? await payload.find({ collection: 'sites', where: { id: { in: wanted } }, depth: 0, limit: wanted.length, pagination: false, overrideAccess: true, req: req as PayloadRequest })
    : { docs: [] }
  const byId = new Map(docs.map((d) => [d.id as number, d as unknown as SiteRow]))
  return new Map([...new Set(ids)].map((id) => [id, infoOf(id, id == null ? null : byId.get(id))]))
}
