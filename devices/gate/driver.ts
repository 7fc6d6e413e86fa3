/** DEV-01 the gate driver interface: three commands and the state read back. */
export type GateCommand = 'open' | 'close' | 'stop'

/** What the controller reports. `moving` when it cannot tell the direction (limit switches only). */
export type GateState = 'open' | 'closed' | 'opening' | 'closing' | 'moving' | 'stopped' | 'unknown'

export const isMoving = (state: GateState) => state === 'opening' || state === 'closing' || state === 'moving'

export interface GateDriver {
  command(command: GateCommand): Promise<void>
  state(): Promise<GateState>
  /** Throws when the controller does not answer (health check, DEV-02). */
  ping(): Promise<void>
  close?(): Promise<void>
}
