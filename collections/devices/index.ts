import type { CollectionConfig } from 'payload'
import { Calls } from './calls'
import { DeviceCommands } from './device-commands'
import { DeviceEvents, DeviceNonces } from './device-events'
import { Devices } from './devices'

export const deviceCollections: CollectionConfig[] = [Devices, DeviceCommands, Calls, DeviceEvents, DeviceNonces]
