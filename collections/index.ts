/** Every collection, by module. A module adds its forms to its own list. */
import type { CollectionConfig } from 'payload'
import { AuditLog } from './core/audit-log'
import { Departments } from './core/departments'
import { Documents } from './core/documents'
import { Positions } from './core/positions'
import { Scripts } from './core/scripts'
import { SignInLimits } from './core/sign-in-limits'
import { Sites } from './core/sites'
import { Staff } from './core/staff'
import { careCollections } from './care'
import { workflowCollections } from './workflow'
import { deviceCollections } from './devices'
import { scheduleCollections } from './schedules'

export const coreCollections: CollectionConfig[] = [Sites, Departments, Positions, Staff, Documents, Scripts, AuditLog, SignInLimits]

export const collections: CollectionConfig[] = [...coreCollections, ...careCollections, ...deviceCollections, ...scheduleCollections, ...workflowCollections]
