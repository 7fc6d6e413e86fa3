/**
 * OFFICE-01 登記 from the call pop-up: where a desk keeps its own log of phone calls (the company's
 * 接聽電話記錄簿, declared as the desk's `devices.callLog`), the pop-up links to
 * `/devices/calls/:id/log`, which opens a new entry of that log filled from the call (through the
 * prefill address of src/admin/form/prefill.ts) — or the entry that already logs the call.
 */
import type { CollectionSlug, Payload } from 'payload'
import { desksOf, type DeskDevices, type LoggedCall } from '../../collections/desk'
import { createWith } from '../../src/admin/form/prefill'

type CallLog = NonNullable<DeskDevices['callLog']>

/** The call logs of the desks enabled at each of these sites (site id → the declaration). */
export async function callLogsAt(payload: Payload, sites: number[] | 'all'): Promise<Map<number, CallLog>> {
  const logs = desksOf(payload).filter((d) => d.devices?.callLog)
  const found = new Map<number, CallLog>()
  if (!logs.length || (sites !== 'all' && !sites.length)) return found
  const { docs } = await payload.find({
    collection: 'sites',
    where: { and: [{ modules: { in: logs.map((d) => d.slug) } }, ...(sites === 'all' ? [] : [{ id: { in: sites } }])] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { modules: true },
    overrideAccess: true,
  })
  for (const site of docs as unknown as { id: number; modules?: string[] | null }[]) {
    const desk = logs.find((d) => (site.modules ?? []).includes(d.slug))
    if (desk) found.set(site.id, desk.devices!.callLog!)
  }
  return found
}

/** The address of the call's log entry: the existing one, or a new one filled from the call; undefined where the site keeps no call log. */
export async function callLogAddress(payload: Payload, call: LoggedCall, staff: { id: number }): Promise<string | undefined> {
  const log = (await callLogsAt(payload, [call.site])).get(call.site)
  if (!log) return undefined
  const admin = payload.config.routes.admin
  const { docs } = await payload.find({ collection: log.collection as CollectionSlug, where: { [log.callField]: { equals: call.id } }, limit: 1, depth: 0, overrideAccess: true })
  const logged = docs[0] as { id: number | string } | undefined
  if (logged) return `${admin}/collections/${log.collection}/${logged.id}`
  return createWith(admin, log.collection, await log.fill(payload, call, staff))
}
