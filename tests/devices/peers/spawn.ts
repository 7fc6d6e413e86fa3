/** Start and stop the real protocol peers of the devices tests (loopback only). */
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })

/** Debian's pymodbus serving a gate relay board on 127.0.0.1:port (needs python3-pymodbus). */
export async function startModbusGate(port: number, travelSeconds = 0.6): Promise<ChildProcess> {
  const child = spawn('/usr/bin/python3', [path.join(here, 'modbus_gate.py'), String(port), String(travelSeconds)], { stdio: ['ignore', 'pipe', 'pipe'] })
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`pymodbus server exited (${code}); is python3-pymodbus installed?`)))
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve())
  })
  // Wait until it accepts connections.
  for (let i = 0; i < 50; i++) {
    const ok = await new Promise<boolean>((r) => net.connect(port, '127.0.0.1').once('connect', function (this: net.Socket) { this.destroy(); r(true) }).once('error', () => r(false)))
    if (ok) break
    await new Promise((r) => setTimeout(r, 100))
  }
  child.removeAllListeners('exit')
  return child
}

export const stop = (child: ChildProcess | undefined) =>
  new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
