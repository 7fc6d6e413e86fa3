/** DEV-04 / DEV-05 the phone driver interface: call events out, call forwarding in (with read-back). */
import type { EventEmitter } from 'node:events'

export type CallEvent = {
  type: 'ringing' | 'answered' | 'ended'
  /** The PBX's id of the call (Asterisk Linkedid), the same for all its events. */
  id: string
  caller?: string
  callerName?: string
  extension?: string
  /** File name of the call recording (MixMonitor), when recorded. */
  recording?: string
  at: string
}

export interface PhoneDriver extends EventEmitter {
  /** Forward `extension` to `target`, or cancel forwarding with null. */
  setForwarding(extension: string, target: string | null): Promise<void>
  /** Read back where `extension` is forwarded (null: not forwarded). */
  getForwarding(extension: string): Promise<string | null>
  connected(): boolean
  close(): Promise<void>
}
