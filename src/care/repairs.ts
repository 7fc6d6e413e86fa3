/** CARE-20: a repair request filed by code (device health checks, DEV-02), once per open failure. */
import type { Payload, PayloadRequest } from 'payload'

export type RepairInput = {
  site: number | string
  category: 'phone' | 'tv' | 'card-reader' | 'cctv' | 'gate' | 'facility' | 'electrical' | 'other'
  item: string
  device?: string
  location?: string
  description?: string
  reporterName?: string
  at?: Date | string
}

/** Files a repair request; if the same device already has an open one, returns it instead. */
export async function fileRepair(payload: Payload, input: RepairInput, req?: Partial<PayloadRequest>) {
  if (input.device) {
    const open = await payload.find({
      collection: 'repair-requests',
      where: {
        and: [
          { site: { equals: input.site } },
          { device: { equals: input.device } },
          { status: { in: ['open', 'in-progress'] } },
        ],
      },
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (open.docs[0]) return { created: false, repair: open.docs[0] }
  }
  const repair = await payload.create({
    collection: 'repair-requests',
    data: {
      site: input.site as number,
      category: input.category,
      item: input.item.slice(0, 100),
      device: input.device,
      location: input.location,
      description: input.description,
      reporterName: input.reporterName ?? '系统自动报修',
      reportedAt: new Date(input.at ?? Date.now()).toISOString(),
      status: 'open',
    },
    overrideAccess: true,
    req,
  })
  return { created: true, repair }
}
