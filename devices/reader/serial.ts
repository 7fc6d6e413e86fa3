/**
 * DEV-03 serial-line card reader (RS-232/USB-serial, e.g. Wiegand-to-serial boxes): one card number
 * per line, optionally framed by STX/ETX. Emits 'card' for each.
 */
import { EventEmitter } from 'node:events'
import { SerialPort } from 'serialport'

export class SerialReader extends EventEmitter {
  private port: SerialPort
  private buffer = ''

  constructor(path: string, baudRate = 9600) {
    super()
    this.port = new SerialPort({ path, baudRate, autoOpen: false })
    this.port.on('data', (chunk: Buffer) => this.receive(chunk.toString('latin1')))
    this.port.on('error', (e) => this.emit('error', e))
  }

  open(): Promise<void> {
    return new Promise((resolve, reject) => this.port.open((e) => (e ? reject(e) : resolve())))
  }

  private receive(text: string) {
    this.buffer += text
    const parts = this.buffer.split(/[\r\n\x03]+/)
    this.buffer = parts.pop() ?? ''
    for (const part of parts) {
      const card = part.replace(/[\x00-\x1f\x7f]/g, '').trim()
      if (card) this.emit('card', card)
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.port.isOpen ? this.port.close(() => resolve()) : resolve()))
  }
}
