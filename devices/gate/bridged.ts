/**
 * DEV-01 gates wired to a standalone bridge (the app cannot reach the relay board): the app writes the
 * command queued; the bridge fetches its queued commands (they become sent), pulses the relays, reads
 * the state back and reports (done or failed). A command nobody fetched within 30 s fails.
 */
import type { Payload } from 'payload'
import { L } from '../../src/lib/i18n'
import { advance, type CommandInput } from '../commands'
import { Refusal } from '../http'

export const PICKUP_WITHIN_MS = 30_000

type Bridge = { id: number; site: number; name: string }
type Command = { id: number; device: number; action: string; state: string; createdAt: string }

const asBridge = (bridge: Bridge): CommandInput => ({ device: { id: bridge.id, site: bridge.site }, action: 'open', source: `bridge:${bridge.name}`, channel: 'device' })

async function gatesOf(payload: Payload, bridge: Bridge) {
  const { docs } = await payload.find({
    collection: 'devices',
    where: { and: [{ bridge: { equals: bridge.id } }, { kind: { equals: 'gate' } }] },
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((d) => d.id as number)
}

/** The bridge's queued commands, now marked sent; stale ones are failed instead. */
export async function takeCommands(payload: Payload, bridge: Bridge) {
  const gates = await gatesOf(payload, bridge)
  if (!gates.length) return []
  const { docs } = await payload.find({
    collection: 'device-commands',
    where: { and: [{ device: { in: gates } }, { state: { equals: 'queued' } }] },
    sort: 'createdAt',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  const taken: { id: number; device: number; action: string }[] = []
  for (const c of docs as unknown as Command[]) {
    if (Date.now() - Date.parse(c.createdAt) > PICKUP_WITHIN_MS) {
      await advance(payload, c.id, 'queued', 'failed', 'the bridge did not pick the command up within 30 s', asBridge(bridge))
      continue
    }
    await advance(payload, c.id, 'queued', 'sent', undefined, asBridge(bridge))
    taken.push({ id: c.id, device: c.device, action: c.action })
  }
  return taken
}

/** The bridge reports the state of its gates at every poll; changed ones are stored. */
export async function reportStates(payload: Payload, bridge: Bridge, reported: unknown) {
  if (!Array.isArray(reported)) return
  const gates = await gatesOf(payload, bridge)
  for (const r of reported.slice(0, 100) as { id?: unknown; state?: unknown }[]) {
    if (!gates.includes(Number(r?.id)) || typeof r.state !== 'string') continue
    const state = r.state.slice(0, 40)
    const current = (await payload.findByID({ collection: 'devices', id: Number(r.id), depth: 0, overrideAccess: true })) as { state?: string | null }
    if (current.state !== state) await payload.update({ collection: 'devices', id: Number(r.id), data: { state }, overrideAccess: true, depth: 0, context: { channel: 'device' } })
  }
}

/** The bridge reports how a command went and the state it read back. */
export async function reportCommand(payload: Payload, bridge: Bridge, id: unknown, report: { ok?: unknown; result?: unknown; state?: unknown }) {
  const command = (await payload.findByID({ collection: 'device-commands', id: Number(id) || 0, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as Command | null
  const gates = await gatesOf(payload, bridge)
  if (!command || !gates.includes(command.device)) throw new Refusal(L('找不到該指令', 'No such command'), 404)
  if (command.state !== 'sent') throw new Refusal(L('該指令已有結果', 'This command already has its result'), 409)
  const state = typeof report.state === 'string' ? report.state.slice(0, 40) : undefined
  const result = `${typeof report.result === 'string' ? report.result.slice(0, 400) : ''}${state ? ` state: ${state}` : ''}`.trim()
  await advance(payload, command.id, 'sent', report.ok === true ? 'done' : 'failed', result, asBridge(bridge))
  if (state) await payload.update({ collection: 'devices', id: command.device, data: { state }, overrideAccess: true, depth: 0, context: { channel: 'device' } })
  return { id: command.id, state: report.ok === true ? 'done' : 'failed' }
}
