/**
 * DEV-04 / OFFICE-01: phone events become the call log. Ringing → a `calls` record and a pop-up to the
 * site's signed-in desk within a second; answered → the recording link; ended → duration, or, if
 * nobody answered, a missed call and a call-back task (WF-10). Events are idempotent per PBX call id.
 */
import type { Payload } from 'payload'
import { createCallTask } from '../../hooks/notify/callTasks'
import { isAdmin } from '../../src/lib/roles'
import { publish } from '../live'
import type { CallEvent } from './driver'
import { whoIsCalling } from './known'

export type PhoneDevice = { id: number; site: number; connection?: { recordingsUrl?: string | null } | null }

type CallDoc = { id: number; status: string; startedAt: string; answeredAt?: string | null; callerNumber?: string | null; knownAs?: string | null }

const ctx = { channel: 'device' as const }

async function findCall(payload: Payload, pbxId: string) {
  const { docs } = await payload.find({ collection: 'calls', where: { pbxId: { equals: pbxId } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0] as unknown as CallDoc | undefined
}

const recordingLink = (device: PhoneDevice, file: string | undefined) => {
  if (!file) return undefined
  const prefix = device.connection?.recordingsUrl ?? '/devices/recordings/'
  return `${prefix}${encodeURIComponent(file.split('/').pop()!)}`
}

/** Serialise the events of one call, so that a fast ring + hang-up cannot race. */
const chains = new Map<string, Promise<unknown>>()

export function handleCallEvent(payload: Payload, device: PhoneDevice, event: CallEvent) {
  const key = `${device.id}:${event.id}`
  const run = (chains.get(key) ?? Promise.resolve()).catch(() => {}).then(() => apply(payload, device, event))
  chains.set(key, run)
  void run.finally(() => chains.get(key) === run && chains.delete(key)).catch(() => {})
  return run
}

async function apply(payload: Payload, device: PhoneDevice, event: CallEvent) {
  const existing = await findCall(payload, event.id)
  if (event.type === 'ringing') {
    if (existing) return existing
    const number = event.caller && /^[0-9+\-() ]{3,32}$/.test(event.caller) ? event.caller : undefined
    const known = await whoIsCalling(payload, device.site, number)
    const knownAs = known.map((k) => `${k.name}(${k.kind})`).join('、').slice(0, 200) || undefined
    const call = (await payload.create({
      collection: 'calls',
      data: {
        site: device.site, direction: 'in', status: 'ringing', startedAt: event.at, callerNumber: number,
        callerName: (known[0]?.name ?? event.callerName ?? (number ? undefined : event.caller))?.slice(0, 100), knownAs, device: device.id, pbxId: event.id,
      },
      overrideAccess: true,
      depth: 0,
      context: ctx,
    })) as unknown as CallDoc
    publish({ type: 'call', site: device.site, call: { id: call.id, number: number ?? event.caller ?? '', known, at: event.at, status: 'ringing' } })
    return call
  }
  if (!existing) return undefined
  if (event.type === 'answered' && existing.status === 'ringing') {
    const call = await payload.update({
      collection: 'calls', id: existing.id, depth: 0, overrideAccess: true, context: ctx,
      data: { status: 'answered', answeredAt: event.at, recording: recordingLink(device, event.recording) },
    })
    publish({ type: 'call', site: device.site, call: { id: existing.id, number: existing.callerNumber ?? '', at: existing.startedAt, status: 'answered' } })
    return call
  }
  if (event.type === 'ended' && (existing.status === 'ringing' || existing.status === 'answered')) {
    const missed = existing.status === 'ringing'
    const seconds = existing.answeredAt ? Math.max(0, Math.round((Date.parse(event.at) - Date.parse(existing.answeredAt)) / 1000)) : 0
    // The call-back task first: a call shown as missed always has its task.
    if (missed) {
      await createCallTask(payload, {
        site: device.site,
        title: `回电 ${existing.callerNumber ?? '未知号码'}${existing.knownAs ? `(${existing.knownAs})` : ''}:致歉并询问来电事由`,
        phone: existing.callerNumber ?? undefined,
        within: 30,
        related: { collection: 'calls', id: existing.id },
      })
    }
    const call = await payload.update({
      collection: 'calls', id: existing.id, depth: 0, overrideAccess: true, context: ctx,
      data: { status: missed ? 'missed' : 'ended', endedAt: event.at, seconds },
    })
    publish({ type: 'call', site: device.site, call: { id: existing.id, number: existing.callerNumber ?? '', at: existing.startedAt, status: missed ? 'missed' : 'ended' } })
    return call
  }
  return existing
}

/** Calls ringing now (started in the last 2 minutes) at the sites a person may see, as live events. */
export async function ringingCalls(payload: Payload, staff: { roles?: string[]; sites?: { site: unknown }[] }) {
  const admin = isAdmin(staff)
  const sites = (staff.sites ?? []).map((s) => (typeof s.site === 'object' ? (s.site as { id: number }).id : (s.site as number)))
  const { docs } = await payload.find({
    collection: 'calls',
    where: { and: [{ status: { equals: 'ringing' } }, { startedAt: { greater_than: new Date(Date.now() - 120_000).toISOString() } }, ...(admin ? [] : [{ site: { in: sites } }])] },
    limit: 10,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((d) => {
    const c = d as unknown as CallDoc & { site: number }
    return { type: 'call', site: c.site, call: { id: c.id, number: c.callerNumber ?? '', known: c.knownAs ? [{ kind: 'known', name: c.knownAs }] : [], at: c.startedAt, status: 'ringing' } }
  })
}
