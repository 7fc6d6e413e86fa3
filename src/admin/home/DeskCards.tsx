/**
 * The dashboard's tiles (issue 11, item 1): Payload's collection cards, without the organisation's
 * own records (sites, departments, positions, staff) for anyone but an administrator — a desk person
 * never needs them on the home (they stay in the navigation's administration group).
 */
import type { Payload, PayloadRequest } from 'payload'
import { CollectionCards } from '@payloadcms/ui/rsc'
import React from 'react'
import { isAdmin } from '../../lib/roles'

/** Shown to administrators only. */
export const adminTiles = ['sites', 'departments', 'positions', 'staff']

type Props = Parameters<typeof CollectionCards>[0]

export async function DeskCards(props: Props) {
  const req = props.req as PayloadRequest
  if (isAdmin(req.user)) return CollectionCards(props)
  const hide = new Set(adminTiles)
  const config = { ...req.payload.config, collections: req.payload.config.collections.filter((c) => !hide.has(c.slug)) }
  const payload = Object.create(req.payload, { config: { value: config, writable: true, enumerable: true, configurable: true } }) as Payload
  const ownReq = Object.create(req, { payload: { value: payload, writable: true, enumerable: true, configurable: true } }) as PayloadRequest
  return CollectionCards({ ...props, req: ownReq } as Props)
}
