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
import { officeDesk } from './office'
import type { Desk } from './desk'
import { arrangeNavigation } from '../hooks/deskNav'
import { L } from '../src/lib/i18n'
import { workflowCollections } from './workflow'
import { deviceCollections } from './devices'
import { scheduleCollections } from './schedules'

export const coreCollections: CollectionConfig[] = [Sites, Departments, Positions, Staff, Documents, Scripts, AuditLog, SignInLimits]

export const desks: Desk[] = [
  careDesk,
  propertyDesk,
  officeDesk,
  memberDesk,
]

/**
 * In navigation order (hooks/deskNav.ts): each desk's group (its daily forms first, shown only where the
 * desk is enabled), the shared modules, then administration in its own group at the end.
 */
export const collections: CollectionConfig[] = arrangeNavigation(
  [...coreCollections, ...desks.flatMap((d) => d.forms), ...workflowCollections, ...scheduleCollections, ...deviceCollections],
  desks,
  {
    label: L('系統管理', 'Administration'),
    slugs: ['sites', 'departments', 'positions', 'staff', 'calendar-days', 'routines', 'digest-settings', 'documents', 'audit-log', 'mail-outbox', 'schedule-ticks', 'sign-in-limits'],
  },
)
