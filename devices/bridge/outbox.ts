/**
 * The bridge's outbox: events the app has not acknowledged yet, kept on disk so that a restart loses
 * nothing. Each event has its own id; the app counts an id once, so a re-delivery after a lost
 * acknowledgement does not log twice (exactly once, end to end).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export type BridgeEvent = { id: string; type: 'swipe' | 'call' | 'heartbeat'; [key: string]: unknown }

export class Outbox {
  private events: BridgeEvent[] = []
  private file: string

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true })
    this.file = path.join(dir, 'outbox.json')
    try {
      this.events = JSON.parse(readFileSync(this.file, 'utf8'))
    } catch {
      this.events = []
    }
  }

  get size() {
    return this.events.length
  }

  peek(n: number) {
    return this.events.slice(0, n)
  }

  add(event: BridgeEvent) {
    this.events.push(event)
    this.save()
  }

  remove(ids: Set<string>) {
    this.events = this.events.filter((e) => !ids.has(e.id))
    this.save()
  }

  private save() {
    const tmp = `${this.file}.tmp`
    writeFileSync(tmp, JSON.stringify(this.events))
    renameSync(tmp, this.file)
  }
}
