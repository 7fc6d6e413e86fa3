/**
 * The phones the app drives itself (devices of kind phone without a bridge): one driver each, its
 * call events fed to the call log. The simulator is the default; `ami` connects to Asterisk and
 * reconnects when the link drops.
 */
import type { Payload } from 'payload'
import { hostPort, type DeviceDoc } from '../registry'
import { AmiPhone } from './ami'
import { handleCallEvent } from './calls'
import type { PhoneDriver } from './driver'
import { SimulatedPhone } from './simulator'

type Entry = { key: string; driver: PhoneDriver; device: DeviceDoc; retry?: NodeJS.Timeout }
const phones = new Map<number, Entry>()

export const phoneConnected = (id: number) => phones.get(id)?.driver.connected() ?? false

const keyOf = (d: DeviceDoc) => JSON.stringify([d.driver, d.connection?.address, d.connection?.amiUser, d.connection?.amiSecret, d.site])

function connectAmi(entry: Entry) {
  const driver = entry.driver as AmiPhone
  driver.connect().catch(() => {
    entry.retry = setTimeout(() => phones.get(entry.device.id) === entry && connectAmi(entry), 5000)
    entry.retry.unref()
  })
}

/** The driver of a phone device (created on first use). */
export function phoneDriver(payload: Payload, device: DeviceDoc): PhoneDriver {
  const key = keyOf(device)
  const hit = phones.get(device.id)
  if (hit?.key === key) return hit.driver
  if (hit) void stopPhone(device.id)
  const driver: PhoneDriver =
    device.driver === 'ami'
      ? new AmiPhone({
          ...hostPort(device.connection?.address, 5038),
          username: device.connection?.amiUser ?? '',
          secret: device.connection?.amiSecret ?? '',
        })
      : new SimulatedPhone()
  const entry: Entry = { key, driver, device }
  driver.on('call', (event) => void handleCallEvent(payload, device, event).catch((e) => payload.logger.error(e)))
  if (device.driver === 'ami') {
    driver.on('disconnected', () => {
      if (phones.get(device.id) !== entry) return
      entry.retry = setTimeout(() => phones.get(device.id) === entry && connectAmi(entry), 2000)
      entry.retry.unref()
    })
    connectAmi(entry)
  }
  phones.set(device.id, entry)
  return driver
}

async function stopPhone(id: number) {
  const entry = phones.get(id)
  phones.delete(id)
  clearTimeout(entry?.retry)
  await entry?.driver.close()
}

/** Start (or refresh) the drivers of every enabled app-hosted phone. */
export async function startPhones(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'devices',
    where: { and: [{ kind: { equals: 'phone' } }, { enabled: { not_equals: false } }, { bridge: { exists: false } }] },
    limit: 100,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  for (const device of docs as unknown as DeviceDoc[]) phoneDriver(payload, device)
}

export async function stopPhones() {
  for (const id of [...phones.keys()]) await stopPhone(id)
}
