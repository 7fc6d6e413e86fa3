/** A site with its devices for the devices tests: desk and admin signed in, devices with keys, signed fetch. */
import type { Payload } from 'payload'
import type { Booted, Http } from '../helpers/boot'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'
import { issueKey } from '../../devices/security/keys'
import { signRequest } from '../../devices/security/sign'

export type Credentials = { keyId: string; secret: string }

export type DeviceWorld = {
  site: number
  desk: Client
  deskId: number
  admin: Client
  outsider: Client
  device: (data: Record<string, unknown>) => Promise<{ id: number; name: string }>
}

export async function deviceWorld(booted: Booted, http: Http): Promise<DeviceWorld> {
  const { payload, positions } = booted
  const site = (await makeSite(payload, `设备院${Date.now() % 100000}`)).id as number
  await payload.update({ collection: 'sites', id: site, data: { dutyMobile: '138 0000 8888', deskPhone: '028-8888 6666' } })
  const other = (await makeSite(payload)).id as number
  const deskDoc = await makeStaff(payload, { sites: [site], positions: [positions.get('front-desk')!], name: '林小雨', language: 'en' })
  await makeStaff(payload, { sites: [site], positions: [positions.get('engineer')!], name: '罗工' })
  const adminDoc = await makeStaff(payload, { sites: [], roles: ['admin', 'staff'] })
  const outsiderDoc = await makeStaff(payload, { sites: [other], positions: [positions.get('front-desk')!] })
  let n = 0
  return {
    site,
    desk: await signIn(http.url, deskDoc.email as string),
    deskId: deskDoc.id as number,
    admin: await signIn(http.url, adminDoc.email as string),
    outsider: await signIn(http.url, outsiderDoc.email as string),
    device: async (data) =>
      (await payload.create({
        collection: 'devices',
        data: { name: `设备${++n}`, driver: 'simulator', site, ...data } as never,
        overrideAccess: true,
      })) as unknown as { id: number; name: string },
  }
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
