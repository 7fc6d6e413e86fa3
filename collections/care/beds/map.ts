/**
 * CARE-12 床位圖: per building and floor, each bed free / held / occupied / out (the elder is on an
 * outing) / closed (out of service), with the elder's name and where a click leads (the elder, or
 * the reservation holding the bed).
 */
import type { Payload, PayloadRequest } from 'payload'
import { idOf } from '../../../src/lib/hooks'

export type BedState = 'free' | 'held' | 'occupied' | 'out' | 'closed'

export type MapBed = { id: number; code: string; bedNo: string; state: BedState; elder?: { id: number; name: string }; reservation?: number; href?: string }
export type MapRoom = { room: string; beds: MapBed[] }
export type MapFloor = { floor: number; rooms: MapRoom[]; counts: Record<BedState, number> }
export type MapBuilding = { id: number; name: string; floors: MapFloor[]; counts: Record<BedState, number> }

const zero = (): Record<BedState, number> => ({ free: 0, held: 0, occupied: 0, out: 0, closed: 0 })

export async function bedMap(payload: Payload, site: number, options: { req?: Partial<PayloadRequest>; admin?: string } = {}): Promise<MapBuilding[]> {
  const admin = options.admin ?? '/admin'
  const common = { depth: 0, pagination: false as const, overrideAccess: true, req: options.req as PayloadRequest }
  const [buildings, beds, elders, reservations] = await Promise.all([
    payload.find({ collection: 'buildings', where: { site: { equals: site } }, sort: ['order', 'name'], ...common }),
    payload.find({ collection: 'beds', where: { site: { equals: site } }, sort: ['floor', 'room', 'bedNo'], ...common }),
    payload.find({ collection: 'elders', where: { and: [{ site: { equals: site } }, { status: { in: ['reserved', 'admitted', 'out'] } }] }, select: { name: true, status: true }, ...common }),
    payload.find({ collection: 'reservations', where: { and: [{ site: { equals: site } }, { status: { in: ['held', 'confirmed'] } }] }, select: { bed: true, elder: true }, ...common }),
  ])
  const elderById = new Map(elders.docs.map((e) => [e.id as number, e as unknown as { id: number; name: string; status: string }]))
  const reservationOfBed = new Map(reservations.docs.map((r) => [idOf(r.bed)!, r.id as number]))
  const result: MapBuilding[] = buildings.docs.map((b) => ({ id: b.id as number, name: String(b.name), floors: [], counts: zero() }))
  const byId = new Map(result.map((b) => [b.id, b]))
  for (const bed of beds.docs) {
    const building = byId.get(idOf(bed.building)!)
    if (!building) continue
    const elder = elderById.get(idOf(bed.elder) ?? -1)
    let state: BedState = bed.outOfService ? 'closed' : (bed.status as BedState)
    if (state === 'occupied' && elder?.status === 'out') state = 'out'
    const reservation = state === 'held' ? reservationOfBed.get(bed.id as number) : undefined
    const href = reservation
      ? `${admin}/collections/reservations/${reservation}`
      : elder && (state === 'occupied' || state === 'out')
        ? `${admin}/collections/elders/${elder.id}`
        : `${admin}/collections/beds/${bed.id}`
    const entry: MapBed = { id: bed.id as number, code: String(bed.code), bedNo: String(bed.bedNo), state, elder: elder ? { id: elder.id, name: elder.name } : undefined, reservation, href }
    let floor = building.floors.find((f) => f.floor === bed.floor)
    if (!floor) building.floors.push((floor = { floor: Number(bed.floor), rooms: [], counts: zero() }))
    let room = floor.rooms.find((r) => r.room === bed.room)
    if (!room) floor.rooms.push((room = { room: String(bed.room), beds: [] }))
    room.beds.push(entry)
    floor.counts[state]++
    building.counts[state]++
  }
  for (const b of result) b.floors.sort((x, y) => x.floor - y.floor)
  return result
}
