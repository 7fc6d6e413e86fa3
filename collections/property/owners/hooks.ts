/** PROP-01/02: the owner's title, the ID number masked in lists, and the unit's history of changes. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, FieldHook, PayloadRequest } from 'payload'
import type { UnitHistory } from '../../../src/payload-types'
import { onSite } from '../../../hooks/onSite'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { asServer } from '../../../src/lib/serverReq'

/** 1-2-301 张伟: the unit code and the owner's name identify an owner in lists and relationship pickers. */
export const ownerTitle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const unitId = idOf(data.unit ?? originalDoc?.unit)
  const site = data.site ?? originalDoc?.site
  const unit = unitId ? await onSite<{ code?: string }>(req, 'units', unitId, site) : null
  const name = data.name ?? originalDoc?.name ?? ''
  data.title = [unit?.code, name].filter(Boolean).join(' ')
  return data
}

/** 110101********1234: the ID number in a list, an export or a populated relationship; whole only on the owner's own page. */
export const maskIdNumber: FieldHook = ({ value, req, findMany, currentDepth, overrideAccess }) => {
  if (typeof value !== 'string' || !value) return value
  if (overrideAccess || (req.payloadAPI === 'local' && !req.context?.asClient)) return value
  if (!findMany && (currentDepth ?? 1) <= 1) return value
  return mask(value)
}

export const mask = (value: string) => (value.length <= 4 ? '*'.repeat(value.length) : `${value.slice(0, Math.min(6, value.length - 4))}${'*'.repeat(Math.max(0, value.length - 10))}${value.slice(-4)}`)

type Owner = { id: number; unit?: unknown; site?: unknown; name?: string; phone?: string | null; idNumber?: string | null; status?: string }

const write = (req: PayloadRequest, row: { unit: number; owner: number; kind: UnitHistory['kind']; from?: string | null; to?: string | null; site: unknown }) =>
  req.payload.create({
    collection: 'unit-history',
    data: { ...row, from: row.from ?? '', to: row.to ?? '', by: req.user?.collection === 'staff' ? (req.user.id as number) : undefined, at: new Date().toISOString(), site: idOf(row.site) },
    req: asServer(req),
  })

/**
 * PROP-02: a new owner of a unit makes its current owner former (a transfer); a change of phone, name
 * or ID number is a line of the unit's history. In the same transaction as the change.
 */
export const recordOwnerHistory: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const owner = doc as Owner
  const unit = idOf(owner.unit)
  if (!unit) return doc
  const server = asServer(req)
  if (operation === 'create') {
    const previous = await req.payload.find({
      collection: 'owners',
      where: { and: [{ unit: { equals: unit } }, { status: { equals: 'current' } }, { id: { not_equals: owner.id } }] },
      depth: 0,
      limit: 10,
      overrideAccess: true,
      req,
    })
    for (const old of previous.docs as Owner[]) {
      if (siteOf(old) !== siteOf(owner)) continue
      await req.payload.update({ collection: 'owners', id: old.id, data: { status: 'former' }, req: server, overrideAccess: true })
      await write(req, { unit, owner: owner.id, kind: 'owner', from: old.name, to: owner.name, site: owner.site })
    }
    if (!previous.docs.length) await write(req, { unit, owner: owner.id, kind: 'owner', from: '', to: owner.name, site: owner.site })
    return doc
  }
  const before = (previousDoc ?? {}) as Owner
  if (idOf(before.unit) !== unit) await write(req, { unit, owner: owner.id, kind: 'unit', from: String(idOf(before.unit) ?? ''), to: String(unit), site: owner.site })
  if ((before.phone ?? '') !== (owner.phone ?? '')) await write(req, { unit, owner: owner.id, kind: 'phone', from: before.phone, to: owner.phone, site: owner.site })
  if ((before.name ?? '') !== (owner.name ?? '')) await write(req, { unit, owner: owner.id, kind: 'name', from: before.name, to: owner.name, site: owner.site })
  if ((before.idNumber ?? '') !== (owner.idNumber ?? '')) {
    await write(req, { unit, owner: owner.id, kind: 'idNumber', from: before.idNumber ? mask(before.idNumber) : '', to: owner.idNumber ? mask(owner.idNumber) : '', site: owner.site })
  }
  return doc
}
