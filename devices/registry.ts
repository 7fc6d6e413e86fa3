/**
 * One driver instance per device, built from the device record and reused while its settings stay the
 * same. The simulator is the default for every kind.
 */
import type { Payload } from 'payload'
import { parseId } from '../hooks/ids'
import { L } from '../src/lib/i18n'
import type { GateDriver } from './gate/driver'
import { ModbusGate } from './gate/modbus'
import { SimulatedGate } from './gate/simulator'
import { Refusal } from './http'

export type DeviceDoc = {
  id: number
  site: number
  name: string
  kind: 'gate' | 'reader' | 'phone' | 'camera' | 'tv' | 'bridge'
  driver: string
  enabled?: boolean | null
  status?: string | null
  downSince?: string | null
  state?: string | null
  /** Set when the device hangs off a standalone bridge. */
  bridge?: number | null
  repairRequest?: number | null
  connection?: {
    address?: string | null
    unitId?: number | null
    serialNumber?: string | null
    serialPath?: string | null
    snapshotUrl?: string | null
    camera?: number | null
    amiUser?: string | null
    amiSecret?: string | null
    extension?: string | null
    forwardTo?: string | null
    recordingsUrl?: string | null
    allowedAddress?: string | null
  } | null
}

export async function loadDevice(payload: Payload, id: unknown, kind?: DeviceDoc['kind']): Promise<DeviceDoc> {
  const n = parseId(typeof id === 'number' ? id : String(id ?? ''))
  const doc = n !== undefined
    ? ((await payload.findByID({ collection: 'devices', id: n, depth: 0, overrideAccess: true, disableErrors: true })) as DeviceDoc | null)
    : null
  if (!doc || (kind && doc.kind !== kind)) throw new Refusal(L('找不到該設備', 'No such device'), 404)
  if (doc.enabled === false) throw new Refusal(L('設備已停用', 'This device is disabled'), 409)
  return doc
}

export const hostPort = (address: string | null | undefined, defaultPort: number) => {
  const [host, port] = String(address ?? '').split(':')
  if (!host) throw new Refusal(L('設備沒有填寫地址', 'The device has no address'), 409)
  return { host, port: Number(port) || defaultPort }
}

const gates = new Map<number, { key: string; driver: GateDriver }>()

export function gateDriver(device: DeviceDoc): GateDriver {
  const key = JSON.stringify([device.driver, device.connection?.address, device.connection?.unitId])
  const hit = gates.get(device.id)
  if (hit?.key === key) return hit.driver
  void hit?.driver.close?.()
  const driver =
    device.driver === 'modbus'
      ? new ModbusGate({ ...hostPort(device.connection?.address, 502), unitId: device.connection?.unitId ?? 1 })
      : new SimulatedGate()
  gates.set(device.id, { key, driver })
  return driver
}

/** Close every open driver connection (tests, shutdown). */
export async function closeDrivers() {
  for (const { driver } of gates.values()) await driver.close?.()
  gates.clear()
}
