/**
 * The phones the app drives itself (devices of kind phone without a bridge): one driver each, its
 * call events fed to the call log. The simulator is the default; `ami` connects to Asterisk and
 * reconnects when the link drops.
 *
 * Issue 15, several instances: only one process may hold a phone system's AMI connection (each
 * connection gets every call event). Where phones follow the scheduler (`phonesFollowTheScheduler`,
 * called by src/server.ts), the AMI connections are opened by the instance holding the scheduler's
 * advisory lock, as one of its leader services, and closed when it loses the lock; when that instance
 * dies, the next scheduler opens them. The other instances reach a PBX only for a command (forwarding)
 * on a short connection that logs in without events. Live call events reach every instance's sessions
 * through PostgreSQL NOTIFY (devices/live.ts). A process that never asks (one instance, the tests)
 * holds its phones itself.
 */
import { EventEmitter } from 'node:events'
import type { Payload } from 'payload'
import { leaderServices } from '../../jobs/services'
import { startLiveBus } from '../live'
import { hostPort, type DeviceDoc } from '../registry'
import { AmiPhone } from './ami'
import { handleCallEvent } from './calls'
import type { PhoneDriver } from './driver'
import { SimulatedPhone } from './simulator'

type Entry = { key: string; driver: PhoneDriver; device: DeviceDoc; retry?: NodeJS.Timeout }
const phones = new Map<number, Entry>()

/** Whether this process holds the phone systems' connections: yes unless phones follow the scheduler and it is not the scheduler. */
let holding = true

export const phoneConnected = (id: number) => phones.get(id)?.driver.connected() ?? false

/** Whether this process holds the AMI connections now. */
export const holdsPhoneSystems = () => holding

const keyOf = (d: DeviceDoc) => JSON.stringify([d.driver, d.connection?.address, d.connection?.amiUser, d.connection?.amiSecret, d.site])

const amiOptions = (device: DeviceDoc) => ({
  ...hostPort(device.connection?.address, 5038),
  username: device.connection?.amiUser ?? '',
  secret: device.connection?.amiSecret ?? '',
})

function connectAmi(entry: Entry) {
  const driver = entry.driver as AmiPhone
  driver.connect().catch(() => {
    entry.retry = setTimeout(() => phones.get(entry.device.id) === entry && connectAmi(entry), 5000)
    entry.retry.unref()
  })
}

/**
 * A PBX reached from an instance that does not hold its connection: each command logs in without
 * events on a connection of its own and logs off (no call event is seen twice).
 */
class AmiCommands extends EventEmitter implements PhoneDriver {
  constructor(private device: DeviceDoc) {
    super()
  }
  private async command<T>(run: (ami: AmiPhone) => Promise<T>): Promise<T> {
    const ami = new AmiPhone({ ...amiOptions(this.device), events: false })
    try {
      await ami.connect()
      return await run(ami)
    } finally {
      await ami.close().catch(() => {})
    }
  }
  setForwarding(extension: string, target: string | null) {
    return this.command((ami) => ami.setForwarding(extension, target))
  }
  getForwarding(extension: string) {
    return this.command((ami) => ami.getForwarding(extension))
  }
  connected() {
    return false
  }
  async close() {}
}

/** The driver of a phone device (created on first use). */
export function phoneDriver(payload: Payload, device: DeviceDoc): PhoneDriver {
  if (device.driver === 'ami' && !holding) return new AmiCommands(device)
  const key = keyOf(device)
  const hit = phones.get(device.id)
  if (hit?.key === key) return hit.driver
  if (hit) void stopPhone(device.id)
  const driver: PhoneDriver = device.driver === 'ami' ? new AmiPhone(amiOptions(device)) : new SimulatedPhone()
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

/** Start (or refresh) the drivers of every enabled app-hosted phone (the AMI ones only where this process holds them). */
export async function startPhones(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'devices',
    where: { and: [{ kind: { equals: 'phone' } }, { enabled: { not_equals: false } }, { bridge: { exists: false } }] },
    limit: 100,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  for (const device of docs as unknown as DeviceDoc[]) if (holding || device.driver !== 'ami') phoneDriver(payload, device)
}

export async function stopPhones() {
  for (const id of [...phones.keys()]) await stopPhone(id)
}

/** Closes the AMI connections this process holds (the simulators stay). */
async function releasePhoneSystems() {
  for (const [id, entry] of [...phones.entries()]) if (entry.device.driver === 'ami') await stopPhone(id)
}

type LeaderService = (payload: Payload) => () => void

/**
 * Issue 15: the AMI connections go with the scheduler's advisory lock. Call once, before the scheduler
 * starts: the connections become one of its leader services (jobs/services.ts), so this process opens
 * them only while it is the scheduler (a process that never becomes it — `SCHEDULER=off` — never does).
 */
export function phonesFollowTheScheduler(services: LeaderService[] = leaderServices): void {
  if (services.some((s) => (s as { phones?: boolean }).phones)) return
  holding = false
  const service: LeaderService & { phones?: boolean } = (payload) => {
    holding = true
    payload.logger.info(`phones: this process (${process.pid}) holds the phone systems' connections`)
    // The call events it reads are published to every instance.
    startLiveBus(payload)
    void startPhones(payload).catch((e) => payload.logger.error(e))
    return () => {
      holding = false
      void releasePhoneSystems().catch((e) => payload.logger.error(e))
    }
  }
  service.phones = true
  services.push(service)
}
