/**
 * Device actions that a routine item (JOB-03) performs: `runDeviceAction(payload, siteId, action)`.
 * Forwarding goes to every enabled phone of the site (DEV-05), the TV actions to its lobby TVs.
 * Each device gets its own command record; the result says whether all of them succeeded.
 */
import type { Payload } from 'payload'
import { runCommand, type CommandRecord } from './commands'
import type { DeviceDoc } from './registry'
import { switchForwarding } from './phone/forwarding'

export type DeviceAction = 'forwarding-off' | 'forwarding-on' | 'tv-on' | 'tv-off'
export const deviceActions: DeviceAction[] = ['forwarding-off', 'forwarding-on', 'tv-on', 'tv-off']

/** Simulated TVs (no real TV driver yet): their power state. */
export const tvPower = new Map<number, boolean>()

/** Whether a value (e.g. a route parameter) names a device action. */
export const isDeviceAction = (value: unknown): value is DeviceAction => deviceActions.includes(value as DeviceAction)

export async function runDeviceAction(
  payload: Payload,
  siteId: number | string,
  action: DeviceAction,
  who: { staff?: { id: number; name?: string } | null; source?: string } = { source: 'routine' },
): Promise<{ ok: boolean; commands: CommandRecord[] }> {
  if (!deviceActions.includes(action)) return { ok: false, commands: [] }
  const kind = action.startsWith('tv') ? 'tv' : 'phone'
  const { docs } = await payload.find({
    collection: 'devices',
    where: { and: [{ site: { equals: siteId } }, { kind: { equals: kind } }, { enabled: { not_equals: false } }] },
    limit: 20,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const commands: CommandRecord[] = []
  const channel = who.staff ? 'admin' : 'job'
  for (const device of docs as unknown as DeviceDoc[]) {
    if (kind === 'phone') commands.push(await switchForwarding(payload, device, action === 'forwarding-on', { ...who, channel }))
    else {
      commands.push(
        await runCommand(payload, { device, action, staff: who.staff, source: who.source, channel }, async () => {
          tvPower.set(device.id, action === 'tv-on')
          return `TV ${action === 'tv-on' ? 'on' : 'off'} (simulator)`
        }),
      )
    }
  }
  return { ok: commands.length > 0 && commands.every((c) => c.state === 'done'), commands }
}
