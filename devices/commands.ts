/**
 * DEV-01 / DEV-05: a device command is a record before it is anything else. `runCommand` writes it
 * queued, marks it sent, runs the driver call, and ends it done or failed with the result; each step
 * is in the audit trail (device-commands are audited like every collection).
 */
import type { Payload, PayloadRequest } from 'payload'
import { recordTransition } from '../hooks/audit'

export type CommandAction = 'open' | 'close' | 'stop' | 'forwarding-on' | 'forwarding-off' | 'tv-on' | 'tv-off'

export type CommandInput = {
  device: { id: number; site: number }
  action: CommandAction
  reason?: string
  staff?: { id: number; name?: string } | null
  source?: string
  channel?: 'admin' | 'device' | 'job' | 'api'
}

export type CommandRecord = { id: number; state: string; result?: string | null }

const context = (input: CommandInput) => ({
  channel: input.channel ?? (input.staff ? 'admin' : 'device'),
  actorName: input.staff?.name ?? input.source,
})

export async function advance(payload: Payload, id: number, from: string, state: 'sent' | 'done' | 'failed', result: string | undefined, input: CommandInput) {
  const now = new Date().toISOString()
  const doc = await payload.update({
    collection: 'device-commands',
    id,
    data: { state, result: result?.slice(0, 500), ...(state === 'sent' ? { sentAt: now } : { finishedAt: now }) },
    overrideAccess: true,
    depth: 0,
    context: context(input),
    user: input.staff ? ({ ...input.staff, collection: 'staff' }) : undefined,
  })
  const req = { payload, user: input.staff ? { ...input.staff, collection: 'staff' } : null, context: context(input), payloadAPI: 'local' } as unknown as PayloadRequest
  await recordTransition(req, doc as { id: number; site?: unknown }, 'device-commands', from, state, result)
  return doc
}

/** Write the command record, queued: before anything touches the hardware. */
export async function queueCommand(payload: Payload, input: CommandInput): Promise<number> {
  const created = await payload.create({
    collection: 'device-commands',
    data: {
      site: input.device.site,
      device: input.device.id,
      action: input.action,
      reason: input.reason?.slice(0, 200),
      requestedBy: input.staff?.id,
      requestedByName: (input.staff?.name ?? input.source)?.slice(0, 100),
      state: 'queued',
    },
    overrideAccess: true,
    depth: 0,
    context: context(input),
    user: input.staff ? ({ ...input.staff, collection: 'staff' }) : undefined,
  })
  return created.id as number
}

/**
 * Record the command, then run it. `execute` returns the result text or throws; a throw ends the
 * command as failed (the error message is the result) and is returned, not rethrown.
 */
export async function runCommand(
  payload: Payload,
  input: CommandInput,
  execute: () => Promise<string>,
): Promise<CommandRecord> {
  const id = await queueCommand(payload, input)
  await advance(payload, id, 'queued', 'sent', undefined, input)
  try {
    const result = await execute()
    await advance(payload, id, 'sent', 'done', result, input)
    return { id, state: 'done', result }
  } catch (error) {
    const result = (error as Error).message || String(error)
    await advance(payload, id, 'sent', 'failed', result, input)
    return { id, state: 'failed', result }
  }
}

/** The last command of a device (for the one-command-per-2-seconds rule). */
export async function lastCommand(payload: Payload, deviceId: number) {
  const { docs } = await payload.find({
    collection: 'device-commands',
    where: { device: { equals: deviceId } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as { createdAt: string; action: string; state: string } | undefined
}
