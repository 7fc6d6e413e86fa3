/**
 * DEV-01 real gate driver: a Modbus TCP relay board wired to the gate controller's push-button inputs.
 * Wiring (documented in docs/FIGURES-devices.md, "Gate wiring"):
 *   coil 0 → OPEN button, coil 1 → CLOSE button, coil 2 → STOP button (each pulsed for `pulseMs`);
 *   discrete input 0 ← fully-open limit switch, 1 ← fully-closed limit switch, 2 ← motor running.
 * The "leave a person's width open" closing position is a controller setting, not ours.
 */
import ModbusRTU from 'modbus-serial'
import type { GateCommand, GateDriver, GateState } from './driver'

const coils: Record<GateCommand, number> = { open: 0, close: 1, stop: 2 }

export type ModbusGateOptions = { host: string; port: number; unitId?: number; pulseMs?: number; timeoutMs?: number }

export class ModbusGate implements GateDriver {
  private client = new ModbusRTU()
  private connecting: Promise<void> | undefined
  private lastCommand: GateCommand | undefined

  constructor(private options: ModbusGateOptions) {}

  private async connected() {
    if (this.client.isOpen) return
    this.connecting ??= (async () => {
      try {
        this.client = new ModbusRTU()
        await this.client.connectTCP(this.options.host, { port: this.options.port })
        this.client.setID(this.options.unitId ?? 1)
        this.client.setTimeout(this.options.timeoutMs ?? 1500)
      } finally {
        this.connecting = undefined
      }
    })()
    await this.connecting
  }

  private async io<T>(work: () => Promise<T>): Promise<T> {
    await this.connected()
    try {
      return await work()
    } catch (error) {
      // A dead connection is reopened on the next call.
      this.client.close(() => {})
      throw error
    }
  }

  async command(command: GateCommand) {
    const coil = coils[command]
    await this.io(() => this.client.writeCoil(coil, true))
    await new Promise((r) => setTimeout(r, this.options.pulseMs ?? 300))
    await this.io(() => this.client.writeCoil(coil, false))
    this.lastCommand = command
  }

  async state(): Promise<GateState> {
    const { data } = await this.io(() => this.client.readDiscreteInputs(0, 3))
    const [open, closed, running] = data
    if (running) return this.lastCommand === 'open' ? 'opening' : this.lastCommand === 'close' ? 'closing' : 'moving'
    if (open) return 'open'
    if (closed) return 'closed'
    return 'stopped'
  }

  async ping() {
    await this.state()
  }

  async close() {
    await new Promise<void>((resolve) => (this.client.isOpen ? this.client.close(() => resolve()) : resolve()))
  }
}
