/**
 * DEV-04 / OFFICE-01: phone events become the call log. Ringing → a `calls` record and a pop-up to the
 * site's signed-in desk within a second; answered → the recording link; ended → duration, or, if
 * nobody answered, a missed call and a call-back task (WF-10). Events are idempotent per PBX call id.
 */
import type { Payload, Where } from 'payload'
import { createCallTask } from '../../hooks/notify/callTasks'
import { L } from '../../src/lib/i18n'
import { fillLabel } from '../../src/lib/phoneNumbers'
import { isAdmin } from '../../src/lib/roles'
import { publish } from '../live'
import type { CallEvent } from './driver'
import { digits, knownText, whoIsCalling, type KnownPerson } from './known'
import { ringMeasure } from './rings'

export type PhoneDevice = { id: number; site: number; driver?: string; connection?: { recordingsUrl?: string | null; extension?: string | null } | null }

type CallDoc = { id: number; site: number; status: string; startedAt: string; answeredAt?: string | null; callerNumber?: string | null; knownAs?: string | null; device?: number | null; pbxId?: string | null }

/** A call still ringing after this long is over (the caller gave up, or the page that would hang up closed). */
export const ringTimeoutMs = () => Number(process.env.CALL_RING_TIMEOUT_MS ?? 2 * 60_000)
/** A call still "in the call" after this long lost its hang-up (a PBX link that dropped): it is closed. */
export const callMaxMs = () => Number(process.env.CALL_MAX_MS ?? 4 * 60 * 60_000)

/** The known callers as the pop-up shows them: name, what they are to the home (three languages), the kind. */
const forPopup = (known: KnownPerson[]) => known.map((k) => ({ kind: k.kind, name: k.name, role: k.role }))

/** The missed call's call-back task, its title in every language (the reader's is shown). */
const callBack = L('回電 {number}{who}:致歉並詢問來電事由', 'Call back {number}{who}: apologise and ask what the call was about')
const unknownNumber = L('未知號碼', 'unknown number')

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

/**
 * OFFICE-01 who answered a call: the desk person whose session answered it from the pop-up (noted here by
 * the answer route just before it tells the phone, taken by the call's answered event), else the staff
 * member of the site whose work phone is the answering extension (the event's, else the device's desk
 * extension): `8000` is 刘晓雨's `028-6555 8000`. Two people on one extension name nobody.
 */
const answerers = new Map<string, number>()

export function answeringFrom(device: number, pbxId: string, staff: number) {
  const key = `${device}:${pbxId}`
  answerers.set(key, staff)
  setTimeout(() => answerers.get(key) === staff && answerers.delete(key), 60_000).unref()
}

export async function staffAtExtension(payload: Payload, site: number, extension: string | null | undefined): Promise<number | undefined> {
  const ext = digits(extension)
  if (ext.length < 3) return undefined
  const { docs } = await payload.find({
    collection: 'staff',
    where: { and: [{ 'sites.site': { equals: site } }, { workPhone: { contains: ext.slice(-4) } }, { active: { not_equals: false } }] },
    limit: 10,
    depth: 0,
    select: { workPhone: true },
    overrideAccess: true,
  })
  const hits = (docs as unknown as { id: number; workPhone?: string | null }[]).filter((s) => digits(s.workPhone).endsWith(ext))
  return hits.length === 1 ? hits[0]!.id : undefined
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
    const knownAs = knownText(known) || undefined
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
    publish({ type: 'call', site: device.site, call: { id: call.id, number: number ?? event.caller ?? '', known: forPopup(known), at: event.at, status: 'ringing', device: device.id, controllable: device.driver === 'simulator' } })
    return call
  }
  if (!existing) return undefined
  if (event.type === 'answered' && existing.status === 'ringing') {
    const key = `${device.id}:${event.id}`
    const fromPopup = answerers.get(key)
    answerers.delete(key)
    const answeredBy = fromPopup ?? (await staffAtExtension(payload, device.site, event.extension ?? device.connection?.extension).catch(() => undefined))
    const call = await payload.update({
      collection: 'calls', id: existing.id, depth: 0, overrideAccess: true, context: ctx,
      data: { status: 'answered', answeredAt: event.at, recording: recordingLink(device, event.recording), ...ringMeasure(existing.startedAt, event.at), ...(answeredBy ? { answeredBy } : {}) },
    })
    publish({ type: 'call', site: device.site, call: { id: existing.id, number: existing.callerNumber ?? '', at: existing.startedAt, status: 'answered', device: device.id, controllable: device.driver === 'simulator' } })
    return call
  }
  if (event.type === 'ended' && (existing.status === 'ringing' || existing.status === 'answered')) {
    const missed = existing.status === 'ringing'
    const seconds = existing.answeredAt ? Math.max(0, Math.round((Date.parse(event.at) - Date.parse(existing.answeredAt)) / 1000)) : 0
    // The call-back task first: a call shown as missed always has its task.
    if (missed) {
      const known = existing.callerNumber ? await whoIsCalling(payload, device.site, existing.callerNumber) : []
      await createCallTask(payload, {
        site: device.site,
        title: Object.fromEntries(
          (['zh', 'zh-TW', 'en'] as const).map((lang) => {
            const who = knownText(known, lang)
            return [lang, fillLabel(callBack, { number: existing.callerNumber ?? unknownNumber[lang], who: who ? (lang === 'en' ? ` (${who})` : `(${who})`) : '' })[lang]]
          }),
        ) as ReturnType<typeof L>,
        phone: existing.callerNumber ?? undefined,
        within: 30,
        related: { collection: 'calls', id: existing.id },
      })
    }
    const call = await payload.update({
      collection: 'calls', id: existing.id, depth: 0, overrideAccess: true, context: ctx,
      data: { status: missed ? 'missed' : 'ended', endedAt: event.at, seconds, ...(missed ? { ringCheck: 'missed', ringSeconds: null } : {}) },
    })
    publish({ type: 'call', site: device.site, call: { id: existing.id, number: existing.callerNumber ?? '', at: existing.startedAt, status: missed ? 'missed' : 'ended', device: device.id } })
    return call
  }
  return existing
}

/** The events of one call handled so far (a caller that made the driver emit waits for their effect). */
export const settled = (device: number, pbxId: string) => chains.get(`${device}:${pbxId}`) ?? Promise.resolve()

const openWhere = (now = Date.now()): Where => ({
  or: [
    { and: [{ status: { equals: 'ringing' } }, { startedAt: { greater_than: new Date(now - ringTimeoutMs()).toISOString() } }] },
    { and: [{ status: { equals: 'answered' } }, { answeredAt: { greater_than: new Date(now - callMaxMs()).toISOString() } }] },
  ],
})

/**
 * The calls open now (ringing, or answered and not yet hung up) at the sites a person may see, as the
 * live events that show them: a panel that connects or reloads mid-call rebuilds its pop-up from them,
 * with the caller named as before and answer / hang up working.
 */
export async function openCalls(payload: Payload, staff: { roles?: string[]; sites?: { site: unknown }[] }) {
  const admin = isAdmin(staff)
  const sites = (staff.sites ?? []).map((s) => (typeof s.site === 'object' ? (s.site as { id: number }).id : (s.site as number)))
  const { docs } = await payload.find({
    collection: 'calls',
    where: { and: [openWhere(), { device: { exists: true } }, ...(admin ? [] : [{ site: { in: sites } }])] },
    sort: '-startedAt',
    limit: 10,
    depth: 1,
    overrideAccess: true,
  })
  return Promise.all(
    (docs as unknown as (Omit<CallDoc, 'device'> & { device?: { id: number; driver?: string } | null })[]).map(async (c) => ({
      type: 'call',
      site: typeof c.site === 'object' ? (c.site as { id: number }).id : c.site,
      call: {
        id: c.id,
        number: c.callerNumber ?? '',
        known: forPopup(c.callerNumber ? await whoIsCalling(payload, typeof c.site === 'object' ? (c.site as { id: number }).id : c.site, c.callerNumber) : []),
        at: c.startedAt,
        status: c.status,
        device: c.device?.id,
        pbxId: c.pbxId,
        controllable: c.device?.driver === 'simulator',
      },
    })),
  )
}

/** @deprecated the open calls (ringing and answered): `openCalls`. */
export const ringingCalls = openCalls

/**
 * Calls whose hang-up never came (the page that would have hung up the simulator closed, the PBX link
 * dropped): ringing past `ringTimeoutMs` ends as missed (with its call-back task), answered past
 * `callMaxMs` ends. Through the same path as the phone's own event; idempotent. Run every minute.
 */
export async function closeStaleCalls(payload: Payload, now = new Date()) {
  const t = now.getTime()
  const { docs } = await payload.find({
    collection: 'calls',
    where: {
      and: [
        { device: { exists: true } },
        { pbxId: { exists: true } },
        {
          or: [
            { and: [{ status: { equals: 'ringing' } }, { startedAt: { less_than_equal: new Date(t - ringTimeoutMs()).toISOString() } }] },
            { and: [{ status: { equals: 'answered' } }, { answeredAt: { less_than_equal: new Date(t - callMaxMs()).toISOString() } }] },
          ],
        },
      ],
    },
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  let closed = 0
  for (const c of docs as unknown as CallDoc[]) {
    const device = { id: Number(c.device), site: typeof c.site === 'object' ? (c.site as { id: number }).id : c.site }
    await handleCallEvent(payload, device, { type: 'ended', id: String(c.pbxId), at: now.toISOString() }).then(() => closed++, (e) => payload.logger.error(e))
  }
  return closed
}
