/**
 * The phone simulator (default driver, used by the demo and the tests): the desk (or a test) makes it
 * ring, answer and hang up; forwarding is kept like a PBX would keep it. `breakReadBack` makes the
 * read-back disagree, to show the DEV-05 alarm.
 */
import { EventEmitter } from 'node:events'
import { randomUUID } from 'node:crypto'
import type { CallEvent, PhoneDriver } from './driver'

export class SimulatedPhone extends EventEmitter implements PhoneDriver {
  private forwarding = new Map<string, string>()
  breakReadBack = false

  /** `at`: when the phone says it happened (default now), for a test that replays a day. */
  ring(caller: string, callerName?: string, at = new Date().toISOString()): string {
    const id = `sim-${randomUUID()}`
    this.emit('call', { type: 'ringing', id, caller, callerName, at } satisfies CallEvent)
    return id
  }

  /** Picked up at `extension` (default: the device's desk extension). */
  answer(id: string, { extension, at = new Date().toISOString() }: { extension?: string; at?: string } = {}) {
    this.emit('call', { type: 'answered', id, extension, recording: `${id}.wav`, at } satisfies CallEvent)
  }

  hangup(id: string, at = new Date().toISOString()) {
    this.emit('call', { type: 'ended', id, at } satisfies CallEvent)
  }

  async setForwarding(extension: string, target: string | null) {
    if (this.breakReadBack) return
    if (target) this.forwarding.set(extension, target)
    else this.forwarding.delete(extension)
  }

  async getForwarding(extension: string) {
    return this.forwarding.get(extension) ?? null
  }

  connected() {
    return true
  }

  async close() {}
}
