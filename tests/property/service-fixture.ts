/** The property desk's complaints and follow-ups in tests: departments with their heads, a building and units, the site's settings. */
import type { Payload } from 'payload'
import { sweepDeadline } from '../../hooks/deadlines'

export type ServicePlace = { departments: Record<'engineering' | 'security' | 'service', number>; units: number[] }

export async function servicePlace(payload: Payload, positions: Map<string, number>, site: number, prefix = '1'): Promise<ServicePlace> {
  const dept = async (name: string, head: string) =>
    (await payload.create({ collection: 'departments', data: { name, head: positions.get(head), site }, overrideAccess: true })).id as number
  const departments = {
    engineering: await dept('工程部', 'engineer'),
    security: await dept('秩序维护部', 'department-head'),
    service: await dept('客服部', 'cs-supervisor'),
  }
  const building = (await payload.create({ collection: 'estate-buildings', data: { name: `${prefix}栋`, floors: 18, site }, overrideAccess: true })).id as number
  const units: number[] = []
  for (const room of ['301', '302', '1801']) {
    const unit = await payload.create({ collection: 'units', data: { building, code: `${prefix}-1-${room}`, floor: Number(room.slice(0, -2)), site }, overrideAccess: true })
    units.push(unit.id as number)
  }
  return { departments, units }
}

/** A signature image stored as an attachment of the site. */
export async function signatureImage(payload: Payload, site: number) {
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#fff' } }).png().toBuffer()
  const doc = await payload.create({
    collection: 'documents',
    data: { title: '业主签名', site },
    file: { data, mimetype: 'image/png', name: `signature-${Date.now()}.png`, size: data.length },
    overrideAccess: true,
  })
  return doc.id as number
}

/** Work messages at a site whose title contains `text`, newest first, with their recipients. */
export async function messagesLike(payload: Payload, site: number, text: string) {
  const { docs } = await payload.find({
    collection: 'messages',
    where: { and: [{ site: { equals: site } }, { title: { like: text } }] },
    sort: '-id',
    depth: 0,
    limit: 50,
    overrideAccess: true,
  })
  return docs as unknown as { id: number; title: string; body?: string; recipients: number[] }[]
}

export const sweep = (payload: Payload, slug: string, name: string, now: Date) => sweepDeadline(payload, slug, name, now)

/** A PROP-07 owner complaint taken by phone at `site`, about the place's first unit. */
export const ownerComplaint = (site: number, place: ServicePlace, extra: Record<string, unknown> = {}) => ({
  site,
  channel: 'phone',
  unit: place.units[0],
  complainant: '王先生',
  phone: '13900001111',
  category: 'repair',
  severity: 'ordinary',
  content: '楼上漏水到卫生间,报修两天无人处理',
  ...extra,
})
