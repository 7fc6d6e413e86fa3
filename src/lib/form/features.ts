/**
 * The features every form gets, in order. Modules add theirs here (approval chains, notifications,
 * confirmation gates, deadlines), each reading its own key of the declaration.
 */
import { exportable } from '../../export/feature'
import { paperBackEntry } from './paper'
import { serverOwnedGuard } from './serverOwned'
import type { FormFeature } from './types'

export const formFeatures: FormFeature[] = [paperBackEntry, serverOwnedGuard, exportable]
