/**
 * DEV-02 device health: the app pings what it drives (gate controllers, PBX, cameras) and watches
 * what pushes to it (readers, bridges) for silence. A device that stops answering is marked down and
 * files one repair request (CARE-20) for that outage, not one per check; it is marked up when it
 * answers again.
 */
import type { Payload } from 'payload'
import { recordTransition } from '../hooks/audit'
import { alertDesk } from '../src/care/alerts'
import { fileRepair } from '../src/care/repairs'
import { gateDriver, type DeviceDoc } from './registry'
import { phoneConnected } from './phone/manager'

/** Pushing devices that have been silent this long are down. */
export const SILENCE_MS = Number(process.env.DEVICE_SILENCE_MS ?? 3 * 60_000)

const seen = new Map<number, number>()
const written = new Map<number, number>()

/** A device or bridge just talked to us. Written to the record at most every 10 minutes. */
export async function markSeen(payload: Payload, device: { id: number }) {
  const now = Date.now()
  seen.set(device.id, now)
  if (now - (written.get(device.id) ?? 0) < 10 * 60_000) return
  written.set(device.id, now)
  await setHealth(payload, device.id, true).catch(() => {})
}

const categories: Record<string, 'gate' | 'card-reader' | 'phone' | 'cctv' | 'tv' | 'other'> = {
  gate: 'gate', reader: 'card-reader', phone: 'phone', camera: 'cctv', tv: 'tv', bridge: 'other',
}

async function probe(device: DeviceDoc): Promise<boolean> {
  if (device.driver === 'simulator') return true
  // A device behind a bridge is as reachable as its bridge (which reports every few seconds).
  if (device.bridge) return Date.now() - (seen.get(device.bridge) ?? 0) < SILENCE_MS
  try {
    if (device.kind === 'gate') await gateDriver(device).ping()
    else if (device.kind === 'phone' && device.driver === 'ami') return phoneConnected(device.id)
    else if (device.kind === 'camera' && device.connection?.snapshotUrl) {
      const r = await fetch(device.connection.snapshotUrl, { signal: AbortSignal.timeout(3000) })
      return r.ok
    } else {
      const last = seen.get(device.id) ?? 0
      return Date.now() - last < SILENCE_MS
    }
    return true
  } catch {
    return false
  }
}

async function setHealth(payload: Payload, id: number, up: boolean, device?: DeviceDoc) {
  const now = new Date().toISOString()
  const current = device ?? ((await payload.findByID({ collection: 'devices', id, depth: 0, overrideAccess: true })) as unknown as DeviceDoc)
  const was = current.status ?? 'unknown'
  const req = { payload, user: null, context: { channel: 'device' }, payloadAPI: 'local' } as never
  if (up) {
    await payload.update({
      collection: 'devices', id, depth: 0, overrideAccess: true, context: { channel: 'device' },
      data: { status: 'up', lastSeenAt: now, ...(was === 'down' ? { downSince: null, repairRequest: null } : {}) },
    })
    if (was !== 'up') await recordTransition(req, current, 'devices', was, 'up')
    return
  }
  if (was === 'down') return // already reported for this outage
  const { repair } = await fileRepair(payload, {
    site: current.site,
    category: categories[current.kind] ?? 'other',
    item: `${current.name} 无响应`.slice(0, 100),
    device: `device:${current.id}`,
    description: `设备健康检查:${current.name}(${current.kind}/${current.driver})自 ${now.slice(0, 16).replace('T', ' ')} 起没有响应。`,
  })
  await payload.update({
    collection: 'devices', id, depth: 0, overrideAccess: true, context: { channel: 'device' },
    data: { status: 'down', downSince: now, repairRequest: repair.id as number },
  })
  await recordTransition(req, current, 'devices', was, 'down', `repair request ${repair.id}`)
  await alertDesk(payload, { site: current.site, title: `设备无响应:${current.name}`, body: `已自动报修(维修申请 #${repair.id})。` })
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
  for (const device of docs as unknown as DeviceDoc[]) {
    const up = await probe(device)
    if (up !== (device.status === 'up') || device.status === 'unknown') await setHealth(payload, device.id, up, device)
    results.push({ id: device.id, up })
  }
  return results
}
