/**
 * DEV-02 device health: the app pings what it drives (gate controllers, PBX, cameras) and watches
 * what pushes to it (readers, bridges) for silence. A device that stops answering is marked down and
 * files one repair request (CARE-20) for that outage, not one per check; it is marked up when it
 * answers again.
 */
import net from 'node:net'
import { createLocalReq, type Payload } from 'payload'
import { recordTransition } from '../hooks/audit'
import { alertDesk } from '../hooks/notify/alertDesk'
import { desksOf } from '../collections/desk'
import { gateDriver, type DeviceDoc } from './registry'
import { touchDevice } from './store'
import { closeStaleCalls } from './phone/calls'

/** Pushing devices that have been silent this long are down. */
const silenceMs = () => Number(process.env.DEVICE_SILENCE_MS ?? 3 * 60_000)

const written = new Map<number, number>()

/**
 * A device or bridge just talked to us: its last-seen time is stored (at most every 30 s; a plain
 * timestamp, not audited), and a device that was down is marked up (audited).
 */
export async function markSeen(payload: Payload, device: { id: number }) {
  const now = Date.now()
  if (now - (written.get(device.id) ?? 0) < 30_000) return
  written.set(device.id, now)
  const status = await touchDevice(payload, device.id).catch(() => 'up')
  if (status !== 'up') await setHealth(payload, device.id, true).catch(() => {})
}

/** The PBX answers with its AMI banner (a connection of its own: health runs in the scheduler). */
const amiAnswers = (address: string | null | undefined) =>
  new Promise<boolean>((resolve) => {
    const [host, port] = String(address ?? '').split(':')
    const socket = net.connect(Number(port) || 5038, host || '127.0.0.1')
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(3000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('data', (d) => done(/Asterisk Call Manager/i.test(d.toString())))
  })

const recently = (at: string | null | undefined) => Boolean(at) && Date.now() - Date.parse(at!) < silenceMs()

async function probe(device: DeviceDoc, lastSeen: Map<number, string | null | undefined>): Promise<boolean> {
  if (device.driver === 'simulator') return true
  // A device behind a bridge is as reachable as its bridge (which polls every second).
  if (device.bridge) return recently(lastSeen.get(device.bridge))
  try {
    if (device.kind === 'gate') await gateDriver(device).ping()
    else if (device.kind === 'phone' && device.driver === 'ami') return await amiAnswers(device.connection?.address)
    else if (device.kind === 'camera' && device.connection?.snapshotUrl) {
      const r = await fetch(device.connection.snapshotUrl, { signal: AbortSignal.timeout(3000) })
      return r.ok
    } else return recently(lastSeen.get(device.id))
    return true
  } catch {
    return false
  }
}

async function setHealth(payload: Payload, id: number, up: boolean, device?: DeviceDoc) {
  const now = new Date().toISOString()
  const current = device ?? ((await payload.findByID({ collection: 'devices', id, depth: 0, overrideAccess: true })) as unknown as DeviceDoc)
  const was = current.status ?? 'unknown'
  const req = await createLocalReq({ context: { channel: 'device' } }, payload)
  if (up) {
    await payload.update({
      collection: 'devices', id, depth: 0, overrideAccess: true, context: { channel: 'device' },
      data: { status: 'up', lastSeenAt: now, ...(was === 'down' ? { downSince: null, repairRequest: null } : {}) },
    })
    if (was !== 'up') await recordTransition(req, current, 'devices', was, 'up')
    return
  }
  if (was === 'down') return // already reported for this outage
  written.delete(id) // the next word from it marks it up at once (in this process; others within 30 s)
  // The site's desk files the repair (the care desk's 维修申请, CARE-20); the first desk that does wins.
  let repair: { id: number | string } | undefined
  for (const desk of desksOf(payload)) {
    repair = (await desk.devices?.deviceDown?.(payload, { ...current, site: current.site, since: now }))?.repair
    if (repair) break
  }
  await payload.update({
    collection: 'devices', id, depth: 0, overrideAccess: true, context: { channel: 'device' },
    data: { status: 'down', downSince: now, repairRequest: repair ? Number(repair.id) : null },
  })
  await recordTransition(req, current, 'devices', was, 'down', repair ? `repair request ${repair.id}` : undefined)
  await alertDesk(payload, { site: current.site, title: `设备无响应:${current.name}`, body: repair ? `已自动报修(维修申请 #${repair.id})。` : '请联系维修。' })
}

/** One health round over the enabled devices (of one site, or all). Idempotent. */
export async function checkDeviceHealth(payload: Payload, site?: number) {
  const { docs } = await payload.find({
    collection: 'devices',
    where: { and: [{ enabled: { not_equals: false } }, ...(site ? [{ site: { equals: site } }] : [])] },
    limit: 500,
    depth: 0,
    overrideAccess: true,
  })
  const results: { id: number; up: boolean }[] = []
  const all = docs as unknown as (DeviceDoc & { lastSeenAt?: string | null })[]
  const lastSeen = new Map(all.map((d) => [d.id, d.lastSeenAt]))
  for (const device of all) {
    if (device.bridge && !lastSeen.has(device.bridge)) {
      const bridge = await payload.findByID({ collection: 'devices', id: device.bridge, depth: 0, overrideAccess: true, disableErrors: true })
      lastSeen.set(device.bridge, (bridge as { lastSeenAt?: string | null } | null)?.lastSeenAt)
    }
    const up = await probe(device, lastSeen)
    if (up !== (device.status === 'up') || device.status === 'unknown') await setHealth(payload, device.id, up, device)
    results.push({ id: device.id, up })
  }
  return results
}

/** The scheduler's minute tick (jobs/schedules.ts). */
export const deviceHealthTick = async ({ payload }: { payload: Payload }) => {
  const results = await checkDeviceHealth(payload)
  // DEV-04: calls whose hang-up never came (page closed, PBX link lost) end cleanly.
  const callsClosed = await closeStaleCalls(payload).catch((e) => (payload.logger.error(e), 0))
  return { checked: results.length, down: results.filter((r) => !r.up).length, callsClosed }
}
