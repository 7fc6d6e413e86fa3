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

  ring(caller: string, callerName?: string): string {
    const id = `sim-${randomUUID()}`
    this.emit('call', { type: 'ringing', id, caller, callerName, at: new Date().toISOString() } satisfies CallEvent)
    return id
  }

  answer(id: string) {
    this.emit('call', { type: 'answered', id, recording: `${id}.wav`, at: new Date().toISOString() } satisfies CallEvent)
  }

  hangup(id: string) {
    this.emit('call', { type: 'ended', id, at: new Date().toISOString() } satisfies CallEvent)
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
