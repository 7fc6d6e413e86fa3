/**
 * JOB-03 → DEV-05: how a device item of a routine is carried out. The devices module does the work
 * (a device-command record, the driver call, the audit); this file only maps a routine action to it.
 * An action without a handler fails with a message saying so, and the desk ticks the item by hand.
 */
import type { Payload } from 'payload'

export type RoutineAction = 'forwarding-off' | 'forwarding-on' | 'tv-on' | 'tv-off'
export type ActionOutcome = { ok: boolean; result: string }
export type ActionHandler = (payload: Payload, site: number, action: RoutineAction, reason: string) => Promise<ActionOutcome>

const handlers = new Map<RoutineAction, ActionHandler>()

/** The devices module (or a test) registers how an action is done. */
export const handleRoutineAction = (action: RoutineAction, handler: ActionHandler) => handlers.set(action, handler)

export async function performRoutineAction(payload: Payload, site: number, action: RoutineAction, reason: string): Promise<ActionOutcome> {
  const handler = handlers.get(action)
  if (!handler) return { ok: false, result: `no device handler for "${action}" yet / 尚未接入設備動作「${action}」` }
  try {
    return await handler(payload, site, action, reason)
  } catch (error) {
    return { ok: false, result: error instanceof Error ? error.message : String(error) }
  }
}
