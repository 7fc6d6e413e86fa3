/**
 * DEV-04 / DEV-05 real phone driver: the Asterisk Manager Interface over TCP.
 * - Call events: DialBegin (ringing), DialEnd with DialStatus ANSWER (answered; we then start
 *   MixMonitor with a file name derived from the call id, which becomes the recording link), Hangup.
 * - Forwarding: the dialplan reads AstDB family `CF`, key = extension (the common CF pattern);
 *   DBPut sets it, DBDel clears it, DBGet reads it back.
 */
import { EventEmitter } from 'node:events'
import net from 'node:net'
import type { CallEvent, PhoneDriver } from './driver'

export type AmiOptions = {
  host: string; port: number; username: string; secret: string; recordingPrefix?: string; timeoutMs?: number
  /** false: log in without call events (a connection for one command, next to the one that holds the events). */
  events?: boolean
}
type Message = Record<string, string>

export const parseMessage = (block: string): Message => {
  const message: Message = {}
  for (const line of block.split('\r\n')) {
    const i = line.indexOf(':')
    if (i > 0) message[line.slice(0, i).trim()] = line.slice(i + 1).trim()
  }
  return message
}

export const formatMessage = (fields: Message): string =>
  Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n\r\n'

export class AmiPhone extends EventEmitter implements PhoneDriver {
  private socket: net.Socket | undefined
  private buffer = ''
  private greeted = false
  private nextId = 1
  private pending = new Map<string, { resolve: (m: Message[]) => void; reject: (e: Error) => void; list: Message[]; timer: NodeJS.Timeout }>()
  private answered = new Set<string>()
  private ready = false

  constructor(private options: AmiOptions) {
    super()
  }

  async connect(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(this.options.port, this.options.host)
      this.socket = socket
      socket.setEncoding('utf8')
      socket.once('connect', () => resolve())
      socket.once('error', reject)
      socket.on('data', (chunk: string) => this.receive(chunk))
      socket.on('close', () => {
        this.ready = false
        for (const p of this.pending.values()) p.reject(new Error('AMI connection closed'))
        this.pending.clear()
        this.emit('disconnected')
      })
      socket.on('error', () => {})
    })
    const [login] = await this.action({ Action: 'Login', Username: this.options.username, Secret: this.options.secret, Events: this.options.events === false ? 'off' : 'call' })
    if (login?.Response !== 'Success') {
      this.socket?.destroy()
      throw new Error(`AMI login refused: ${login?.Message ?? 'no answer'}`)
    }
    this.ready = true
  }

  connected() {
    return this.ready && !this.socket?.destroyed
  }

  private receive(chunk: string) {
    this.buffer += chunk
    if (!this.greeted) {
      const end = this.buffer.indexOf('\r\n')
      if (end < 0) return
      this.greeted = true // "Asterisk Call Manager/x.y.z"
      this.buffer = this.buffer.slice(end + 2)
    }
    let end: number
    while ((end = this.buffer.indexOf('\r\n\r\n')) >= 0) {
      const block = this.buffer.slice(0, end)
      this.buffer = this.buffer.slice(end + 4)
      if (block.trim()) this.dispatch(parseMessage(block))
    }
  }

  private dispatch(message: Message) {
    const waiting = message.ActionID ? this.pending.get(message.ActionID) : undefined
    if (waiting) {
      waiting.list.push(message)
      const listStarts = message.Response === 'Success' && (message.EventList === 'start' || /will follow/i.test(message.Message ?? ''))
      const listEnds = message.EventList === 'Complete' || /Complete$/.test(message.Event ?? '')
      if ((message.Response && !listStarts) || listEnds) {
        clearTimeout(waiting.timer)
        this.pending.delete(message.ActionID!)
        waiting.resolve(waiting.list)
      }
      return
    }
    if (message.Event) this.onEvent(message)
  }

  private onEvent(e: Message) {
    const id = e.Linkedid || e.Uniqueid
    const at = new Date().toISOString()
    if (!id) return
    if (e.Event === 'DialBegin') {
      this.emit('call', { type: 'ringing', id, caller: e.CallerIDNum, callerName: e.CallerIDName, extension: e.DestExten || e.DestCallerIDNum, at } satisfies CallEvent)
    } else if (e.Event === 'DialEnd' && e.DialStatus === 'ANSWER' && !this.answered.has(id)) {
      this.answered.add(id)
      const file = `${this.options.recordingPrefix ?? ''}${id}.wav`
      const channel = e.DestChannel || e.Channel
      void this.action({ Action: 'MixMonitor', Channel: channel, File: file, Options: 'b' })
        .then(([r]) => r?.Response === 'Success')
        .catch(() => false)
        .then((recorded) => this.emit('call', { type: 'answered', id, extension: e.DestExten, recording: recorded ? file : undefined, at } satisfies CallEvent))
    } else if (e.Event === 'Hangup' && (!e.Linkedid || e.Linkedid === e.Uniqueid)) {
      // The call ends when its first channel (Uniqueid = Linkedid) hangs up.
      this.answered.delete(id)
      this.emit('call', { type: 'ended', id, at } satisfies CallEvent)
    }
  }

  /** Send an action and collect its response (and the events of an event list, e.g. DBGet). */
  action(fields: Message): Promise<Message[]> {
    const socket = this.socket
    if (!socket || socket.destroyed) return Promise.reject(new Error('AMI not connected'))
    const ActionID = String(this.nextId++)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(ActionID)
        reject(new Error(`AMI ${fields.Action} timed out`))
      }, this.options.timeoutMs ?? 3000)
      this.pending.set(ActionID, { resolve, reject, list: [], timer })
      socket.write(formatMessage({ Action: fields.Action!, ActionID, ...fields }))
    })
  }

  async setForwarding(extension: string, target: string | null) {
    const [r] = target
      ? await this.action({ Action: 'DBPut', Family: 'CF', Key: extension, Val: target })
      : await this.action({ Action: 'DBDel', Family: 'CF', Key: extension })
    const notFound = !target && /not found/i.test(r?.Message ?? '')
    if (r?.Response !== 'Success' && !notFound) throw new Error(`AMI ${target ? 'DBPut' : 'DBDel'} failed: ${r?.Message ?? 'no answer'}`)
  }

  async getForwarding(extension: string): Promise<string | null> {
    const list = await this.action({ Action: 'DBGet', Family: 'CF', Key: extension })
    const head = list[0]
    if (head?.Response === 'Error') {
      if (/not found/i.test(head.Message ?? '')) return null
      throw new Error(`AMI DBGet failed: ${head.Message}`)
    }
    const value = list.find((m) => m.Event === 'DBGetResponse')?.Val
    return value ? value : null
  }

  async close() {
    this.ready = false
    const socket = this.socket
    if (!socket || socket.destroyed) return
    await this.action({ Action: 'Logoff' }).catch(() => {})
    socket.destroy()
  }
}
