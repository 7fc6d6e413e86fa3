/** The estate's records for the property tests: a building, units and owners at the world's first site. */
import type { Payload } from 'payload'

export async function makeEstate(payload: Payload, site: number, prefix = '1') {
  const building = await payload.create({ collection: 'estate-buildings', data: { name: `${prefix}号楼`, floors: 18, site } })
  const units: number[] = []
  for (const room of ['301', '302', '401']) {
    const unit = await payload.create({ collection: 'units', data: { building: building.id, code: `${prefix}-1-${room}`, floor: Number(room[0]), area: 98.5, occupied: true, site } })
    units.push(unit.id as number)
  }
  return { building: building.id as number, units }
}

export async function makeOwner(payload: Payload, site: number, unit: number, name = '张伟', phone = '139 1000 2000') {
  const owner = await payload.create({ collection: 'owners', data: { unit, name, phone, idNumber: '110101198001011234', site } })
  return owner.id as number
}
