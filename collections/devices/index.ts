import type { CollectionConfig } from 'payload'
import { Calls } from './calls'
import { DeviceCommands } from './device-commands'
import { DeviceEvents, DeviceNonces } from './device-events'
import { Devices } from './devices'
// The routine's device items (JOB-03) are carried out by the devices module.
import '../../devices/routine-link'

export const deviceCollections: CollectionConfig[] = [Devices, DeviceCommands, Calls, DeviceEvents, DeviceNonces]
