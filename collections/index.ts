/**
 * Every collection: the modules every site has (core, workflow, devices, schedules) and the desks,
 * one line each. A new desk is a folder with its forms and its `defineDesk` declaration, plus its line in `desks`.
 */
import type { CollectionConfig } from 'payload'
import { AuditLog } from './core/audit-log'
import { Departments } from './core/departments'
import { Documents } from './core/documents'
import { Positions } from './core/positions'
import { Scripts } from './core/scripts'
import { SignInLimits } from './core/sign-in-limits'
import { Sites } from './core/sites'
import { Staff } from './core/staff'
import { careDesk } from './care'
import { propertyDesk } from './property'
import { memberDesk } from './member'
import type { Desk } from './desk'
import { workflowCollections } from './workflow'
import { deviceCollections } from './devices'
import { scheduleCollections } from './schedules'

export const coreCollections: CollectionConfig[] = [Sites, Departments, Positions, Staff, Documents, Scripts, AuditLog, SignInLimits]

export const desks: Desk[] = [
  careDesk,
  propertyDesk,
  memberDesk,
]

export const collections: CollectionConfig[] = [...coreCollections, ...desks.flatMap((d) => d.forms), ...deviceCollections, ...scheduleCollections, ...workflowCollections]
