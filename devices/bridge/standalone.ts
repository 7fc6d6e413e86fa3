/**
 * The bridge next to the hardware (DEV-03, DEV-06): ZKTeco controllers push to it, serial readers and
 * the PBX are read by it, and it talks to the app with signed requests. While the app is unreachable
 * it decides swipes from a signed, time-limited allow-list, queues every event, and delivers each
 * exactly once when the app is back.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import express from 'express'
import { signDocument, sameHex } from '../security/sign'
import type { AllowList } from '../reader/allow-list'
import { iclockRouter } from '../reader/zkteco'
import { SerialReader } from '../reader/serial'
import { AmiPhone } from '../phone/ami'
import type { CallEvent } from '../phone/driver'
import type { GateCommand, GateDriver } from '../gate/driver'
import { AppLink, AppUnreachable, type LinkOptions } from './link'
import { Outbox, type BridgeEvent } from './outbox'

export type BridgeOptions = LinkOptions & {
  stateDir: string
  /** Where ZKTeco controllers push (host:port); none: no push endpoint. */
  listen?: { host: string; port: number }
  serial?: { path: string; baudRate?: number; name?: string }[]
  ami?: { host: string; port: number; username: string; secret: string }
  /** Gates wired to this bridge: the app's device id and the local driver (Modbus relay board …). */
  gates?: { id: number; driver: GateDriver }[]
  flushEveryMs?: number
  pollEveryMs?: number
}

export type Decision = { allowed: boolean; reason?: string; offline?: boolean; visit?: { id: number } }

export class Bridge {
  readonly link: AppLink
  readonly outbox: Outbox
  private allow: { list: AllowList; signature: string } | undefined
  private timers: NodeJS.Timeout[] = []
  private server: Server | undefined
  private readers: SerialReader[] = []
  private phone: AmiPhone | undefined
  private flushing: Promise<void> | undefined
  private polling = false

  constructor(private options: BridgeOptions) {
    this.link = new AppLink(options)
    this.outbox = new Outbox(options.stateDir)
    try {
      this.allow = JSON.parse(readFileSync(this.allowFile, 'utf8'))
    } catch {
      this.allow = undefined
    }
  }

  private get allowFile() {
    return path.join(this.options.stateDir, 'allow-list.json')
  }

  /** The allow-list, if its signature is ours and it has not expired. */
  validAllowList(): AllowList | undefined {
    if (!this.allow) return undefined
    const { list, signature } = this.allow
    if (!sameHex(signature, signDocument(this.options.secret, list))) return undefined
    return Date.parse(list.expiresAt) > Date.now() ? list : undefined
  }

  async refreshAllowList(): Promise<boolean> {
    try {
      const res = await this.link.request('GET', '/devices/bridge/allow-list')
      if (res.status !== 200 || !sameHex(res.body?.signature ?? '', signDocument(this.options.secret, res.body?.list))) return false
      this.allow = res.body
      mkdirSync(this.options.stateDir, { recursive: true })
      writeFileSync(this.allowFile, JSON.stringify(this.allow))
      return true
    } catch (error) {
      if (error instanceof AppUnreachable) return false
      throw error
    }
  }

  /** Deliver queued events in order, a batch at a time; stops at the first unreachable moment. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing
    if (!this.outbox.size) return Promise.resolve()
    const run = (async () => {
      await Promise.resolve() // let `this.flushing` be set before the loop can finish
      try {
        while (this.outbox.size) {
          const batch = this.outbox.peek(100)
          const res = await this.link.request('POST', '/devices/bridge/events', { events: batch })
          if (res.status !== 200) {
            // A refused event (4xx) will never be accepted: drop it rather than block the queue.
            this.outbox.remove(new Set([batch[0]!.id]))
            continue
          }
          this.outbox.remove(new Set((res.body.results as { id: string }[]).map((r) => r.id)))
        }
      } catch (error) {
        if (!(error instanceof AppUnreachable)) throw error
      } finally {
        this.flushing = undefined
      }
    })()
    this.flushing = run
    return run
  }

  private async deliver(event: BridgeEvent): Promise<{ status: number; body: any } | undefined> {
    if (this.outbox.size) {
      this.outbox.add(event)
      await this.flush()
      return undefined
    }
    try {
      return await this.link.request('POST', '/devices/bridge/events', { events: [event] })
    } catch (error) {
      if (!(error instanceof AppUnreachable)) throw error
      this.outbox.add(event)
      return undefined
    }
  }

  /** A card was swiped at one of this bridge's readers. */
  async swipe(cardNumber: string, reader: string, at = new Date().toISOString(), id = `sw-${randomUUID()}`): Promise<Decision> {
    const event: BridgeEvent = { id, type: 'swipe', cardNumber, reader, at }
    const res = await this.deliver(event)
    if (res?.status === 200) {
      const r = res.body.results[0]
      return { allowed: r.allowed, reason: r.reason, visit: r.visit }
    }
    if (res) return { allowed: false, reason: res.body?.errors?.[0]?.message ?? `refused (${res.status})` }
    const list = this.validAllowList()
    if (!list) return { allowed: false, reason: 'allow-list-missing-or-expired', offline: true }
    return list.cards.includes(cardNumber) ? { allowed: true, offline: true } : { allowed: false, reason: 'unknown-card', offline: true }
  }

  /**
   * Hold the gate polls (no state report, no command taken) until the returned function is called; a
   * poll in flight is finished first. For maintenance on the relay board — and for a test that plays the
   * bridge's report itself without the real one landing in between.
   */
  async pausePolling(): Promise<() => void> {
    while (this.polling) await new Promise((r) => setTimeout(r, 10))
    this.polling = true
    return () => {
      this.polling = false
    }
  }

  /** Fetch the app's queued gate commands for this bridge, carry them out, report each. */
  async pollCommands() {
    if (!this.options.gates?.length || this.polling) return
    this.polling = true
    try {
      const gates = await Promise.all(this.options.gates.map(async (g) => ({ id: g.id, state: await g.driver.state().catch(() => 'unknown') })))
      const res = await this.link.request('POST', '/devices/bridge/poll', { gates })
      for (const c of (res.body?.commands ?? []) as { id: number; device: number; action: GateCommand }[]) {
        const gate = this.options.gates.find((g) => g.id === c.device)
        let report: { ok: boolean; result: string; state?: string }
        try {
          if (!gate) throw new Error(`gate ${c.device} is not wired to this bridge`)
          await gate.driver.command(c.action)
          report = { ok: true, result: `${c.action} pulsed`, state: await gate.driver.state() }
        } catch (error) {
          report = { ok: false, result: (error as Error).message }
        }
        await this.link.request('POST', `/devices/bridge/commands/${c.id}`, report)
      }
    } catch (error) {
      if (!(error instanceof AppUnreachable)) throw error
    } finally {
      this.polling = false
    }
  }

  async callEvent(call: CallEvent) {
    await this.deliver({ id: `call-${call.id}-${call.type}`.replace(/[^A-Za-z0-9:_.-]/g, '_').slice(0, 100), type: 'call', call })
  }

  async start() {
    await this.refreshAllowList()
    await this.flush()
    const every = this.options.flushEveryMs ?? 2000
    this.timers.push(setInterval(() => void this.flush().catch(() => {}), every))
    this.timers.push(setInterval(() => void this.refreshAllowList().catch(() => {}), 5 * 60_000))
    if (this.options.gates?.length) this.timers.push(setInterval(() => void this.pollCommands().catch(() => {}), this.options.pollEveryMs ?? 500))
    if (this.options.listen) {
      const app = express()
      app.set('trust proxy', false)
      app.use(
        '/iclock',
        iclockRouter({
          reader: async (sn, address) => {
            const r = this.validAllowList()?.readers.find((x) => x.serialNumber === sn && x.allowedAddress === address)
            return r ? { id: r.id, name: r.name, site: this.validAllowList()!.site } : null
          },
          swipe: (reader, e) => this.swipe(e.cardno, reader.name, e.at, e.eventId.replace(/[^A-Za-z0-9:_.-]/g, '_').slice(0, 100)),
        }),
      )
      this.server = app.listen(this.options.listen.port, this.options.listen.host)
      await new Promise((resolve) => this.server!.once('listening', resolve))
    }
    for (const s of this.options.serial ?? []) {
      const reader = new SerialReader(s.path, s.baudRate)
      reader.on('card', (card: string) => void this.swipe(card, s.name ?? s.path).catch(() => {}))
      reader.on('error', () => {})
      await reader.open()
      this.readers.push(reader)
    }
    if (this.options.ami) {
      this.phone = new AmiPhone(this.options.ami)
      this.phone.on('call', (call: CallEvent) => void this.callEvent(call).catch(() => {}))
      await this.phone.connect()
    }
  }

  get address() {
    const a = this.server?.address()
    return a && typeof a === 'object' ? `http://127.0.0.1:${a.port}` : undefined
  }

  async stop() {
    this.timers.forEach(clearInterval)
    for (const r of this.readers) await r.close()
    for (const g of this.options.gates ?? []) await g.driver.close?.()
    await this.phone?.close()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}
