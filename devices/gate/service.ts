/**
 * DEV-01 gate commands from the desk: one command per 2 s per gate, no new movement while the gate is
 * moving (stop is always allowed), and the leaving-vehicle reminder before opening for a vehicle that
 * is not a family's. Every command is a device-commands record (queued → sent → done/failed).
 */
import type { Payload } from 'payload'
import { L } from '../../src/lib/i18n'
import { lastCommand, queueCommand, runCommand } from '../commands'
import { Refusal } from '../http'
import { gateDriver, loadDevice } from '../registry'
import type { GateCommand, GateState } from './driver'
import { isMoving } from './driver'

export const GATE_COMMAND_SPACING_MS = 2000

export const leavingReminder = L(
  '請提醒司機:下次請不要把車停在院內。',
  'Remind the driver: please do not park inside next time.',
)

export type GateRequest = {
  device: unknown
  action: GateCommand
  reason?: string
  staff?: { id: number; name?: string } | null
  source?: string
  /** DEV-01: a vehicle leaving; `family` when it is a family's (no reminder then). */
  vehicle?: { leaving?: boolean; family?: boolean; plate?: string }
  /** The desk confirms it gave the reminder. */
  reminded?: boolean
}

const locks = new Map<number, Promise<unknown>>()
const serial = async <T>(id: number, work: () => Promise<T>): Promise<T> => {
  const before = locks.get(id) ?? Promise.resolve()
  const run = before.catch(() => {}).then(work)
  locks.set(id, run)
  try {
    return await run
  } finally {
    if (locks.get(id) === run) locks.delete(id)
  }
}

const stateLabel = (state: string) => state

/** A gate command from a request body, or the refusal commandGate gives for anything else. */
export function gateCommandOf(action: unknown): GateCommand {
  if (action !== 'open' && action !== 'close' && action !== 'stop') {
    throw new Refusal(L('門只能開、關或停', 'A gate can only open, close or stop'), 400)
  }
  return action
}

export async function commandGate(payload: Payload, request: GateRequest) {
  gateCommandOf(request.action)
  const device = await loadDevice(payload, request.device, 'gate')
  const driver = gateDriver(device) // not used for a bridged gate: the bridge drives it
  return serial(device.id, async () => {
    const last = await lastCommand(payload, device.id)
    const waited = last ? Date.now() - new Date(last.createdAt).getTime() : Infinity
    if (waited < GATE_COMMAND_SPACING_MS) {
      throw new Refusal(L('同一道門每 2 秒只能發一條指令,請 {s} 秒後再試', 'One command per 2 seconds per gate; try again in {s} s'), 429, {
        s: Math.ceil((GATE_COMMAND_SPACING_MS - waited) / 1000),
      })
    }
    if (request.action !== 'stop') {
      const state = device.bridge ? ((device.state ?? 'unknown') as GateState) : await driver.state().catch(() => 'unknown' as const)
      if (isMoving(state)) {
        throw new Refusal(L('門正在移動({state}),請先停止或等它停下', 'The gate is moving ({state}); stop it first or wait until it stops'), 409, {
          state: stateLabel(state),
        }, { state })
      }
    }
    const needsReminder = request.action === 'open' && request.vehicle?.leaving && !request.vehicle.family
    if (needsReminder && !request.reminded) {
      throw new Refusal(L('開門前請提醒司機:下次請不要把車停在院內。提醒後再確認開門。', 'Before opening: remind the driver not to park inside next time, then confirm.'), 409, {}, {
        reminder: leavingReminder,
      })
    }
    const reason = [request.reason, needsReminder ? `已提醒離院車輛${request.vehicle?.plate ? ` ${request.vehicle.plate}` : ''}:下次勿停院內` : undefined]
      .filter(Boolean)
      .join(';')
    const input = { device, action: request.action, reason, staff: request.staff, source: request.source }
    if (device.bridge) {
      // The bridge next to the relay board carries it out (gate/bridged.ts).
      return { command: { id: await queueCommand(payload, input), state: 'queued' }, state: device.state ?? 'unknown' }
    }
    const command = await runCommand(
      payload,
      input,
      async () => {
        await driver.command(request.action)
        return `state: ${await driver.state()}`
      },
    )
    const state = await driver.state().catch(() => 'unknown')
    await payload.update({ collection: 'devices', id: device.id, data: { state }, overrideAccess: true, depth: 0, context: { channel: 'device' } })
    return { command, state }
  })
}

export async function gateState(payload: Payload, id: unknown) {
  const device = await loadDevice(payload, id, 'gate')
  return { device, state: device.bridge ? (device.state ?? 'unknown') : await gateDriver(device).state() }
}
