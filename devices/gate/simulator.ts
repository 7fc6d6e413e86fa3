/**
 * The gate simulator (default driver, used by the demo and the tests): it takes `travelMs` to open or
 * close, can be stopped half-way, and reports its state like a controller with limit switches would.
 */
import type { GateCommand, GateDriver, GateState } from './driver'

export class SimulatedGate implements GateDriver {
  private current: GateState = 'closed'
  private timer: NodeJS.Timeout | undefined

  constructor(private travelMs = Number(process.env.GATE_SIM_TRAVEL_MS ?? 6000)) {}

  async command(command: GateCommand) {
    clearTimeout(this.timer)
    if (command === 'stop') {
      if (this.current === 'opening' || this.current === 'closing') this.current = 'stopped'
      return
    }
    const [moving, end]: [GateState, GateState] = command === 'open' ? ['opening', 'open'] : ['closing', 'closed']
    if (this.current === end) return
    this.current = moving
    this.timer = setTimeout(() => (this.current = end), this.travelMs)
    this.timer.unref()
  }

  async state() {
    return this.current
  }

  async ping() {}

  async close() {
    clearTimeout(this.timer)
  }
}
