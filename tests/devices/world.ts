/**
 * The devices tests' world: useWorld() (tests/helpers/world.ts) with the desk (林小雨, English) and the engineer
 * (罗工) at `site`, the site's duty mobile and desk line set, the administrator and an outsider signed in, and
 * `device(data)` to register a simulated device at `site`.
 */
import { beforeAll } from 'vitest'
import type { Payload } from 'payload'
import { useWorld, type Client, type World, type WorldOptions } from '../helpers/world'
import { issueKey } from '../../devices/security/keys'
import { signRequest } from '../../devices/security/sign'

export type Credentials = { keyId: string; secret: string }

export type DeviceWorld = World & {
  deskId: number
  admin: Client
  outsider: Client
  device: (data: Record<string, unknown>) => Promise<{ id: number; name: string }>
}

export function useDeviceWorld(options: WorldOptions = {}): DeviceWorld {
  const w = useWorld({
    holders: ['front-desk', 'engineer'],
    staff: { 'front-desk': { name: '林小雨', language: 'en' }, engineer: { name: '罗工' } },
    ...options,
  }) as DeviceWorld
  beforeAll(async () => {
    await w.payload.update({ collection: 'sites', id: w.site, data: { dutyMobile: '138 0000 8888', deskPhone: '028-8888 6666' } })
    w.deskId = w.staff['front-desk'].id
    w.admin = await w.as('admin')
    w.outsider = await w.as('outsider')
    let n = 0
    w.device = async (data) =>
      (await w.payload.create({
        collection: 'devices',
        data: { name: `设备${++n}`, driver: 'simulator', site: w.site, ...data } as never,
        overrideAccess: true,
      })) as unknown as { id: number; name: string }
  })
  return w
}

export const keyFor = (payload: Payload, id: number): Promise<Credentials> => issueKey(payload, id)

/** A request signed like a bridge or device would sign it (DEV-06). */
export async function signedFetch(url: string, credentials: Credentials, method: string, path: string, body?: unknown, tamper?: (headers: Record<string, string>) => void) {
  const text = body === undefined ? '' : JSON.stringify(body)
  const headers: Record<string, string> = { 'content-type': 'application/json', ...signRequest(credentials, method, path, text) }
  tamper?.(headers)
  const res = await fetch(`${url}${path}`, { method, headers, body: method === 'GET' ? undefined : text })
  return { status: res.status, body: (await res.json().catch(() => null)) as any, headers }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function commandsOf(payload: Payload, device: number) {
  const { docs } = await payload.find({ collection: 'device-commands', where: { device: { equals: device } }, sort: 'createdAt', depth: 0, overrideAccess: true })
  return docs as unknown as { id: number; action: string; state: string; result?: string; reason?: string; requestedBy?: number }[]
}
