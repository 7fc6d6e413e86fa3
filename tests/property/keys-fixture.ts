/** The key section in tests: a building with units, departments whose head is the department head, and helpers. */
import type { Payload } from 'payload'

export type KeyPlace = { units: number[]; departments: Record<'engineering' | 'landscaping' | 'sales', number> }

export async function keyPlace(payload: Payload, positions: Map<string, number>, site: number, prefix = 'K'): Promise<KeyPlace> {
  const head = positions.get('department-head')
  const dept = async (name: string) => (await payload.create({ collection: 'departments', data: { name, head, site }, overrideAccess: true })).id as number
  const departments = { engineering: await dept('工程部'), landscaping: await dept('绿化部'), sales: await dept('售楼部') }
  const building = (await payload.create({ collection: 'estate-buildings', data: { name: `${prefix}栋`, floors: 18, site }, overrideAccess: true })).id as number
  const units: number[] = []
  for (let i = 1; i <= 8; i++) {
    const unit = await payload.create({ collection: 'units', data: { building, code: `${prefix}1-1-${300 + i}`, floor: 3, occupied: i === 8, site }, overrideAccess: true })
    units.push(unit.id as number)
  }
  return { units, departments }
}

/** A key set put in a slot directly (the register). */
export async function putKey(payload: Payload, site: number, unit: number, keyNumber: string, slot: string, quantity = 2) {
  return (await payload.create({ collection: 'keys', data: { site, unit, keyNumber, slot, cabinet: '1号柜', quantity }, overrideAccess: true })) as unknown as { id: number; status: string }
}

export const keyState = async (payload: Payload, id: number) => String((await payload.findByID({ collection: 'keys', id, depth: 0, overrideAccess: true })).status)

/** Work messages at a site whose title contains `text`, with their recipients. */
export async function messagesTitled(payload: Payload, site: number, text: string) {
  const { docs } = await payload.find({ collection: 'messages', where: { and: [{ site: { equals: site } }, { title: { contains: text } }] }, depth: 0, limit: 100, overrideAccess: true, sort: '-createdAt' })
  return docs as unknown as { id: number; title: string; body?: string; recipients: number[]; relatedCollection?: string; relatedId?: string }[]
}
