/**
 * The features every form gets, in order. Modules add theirs here (approval chains, notifications,
 * confirmation gates, deadlines), each reading its own key of the declaration.
 */
import { lifecycle } from '../lifecycle'
import { exportable } from '../export'
import { deadlines } from '../deadlines'
import { workflowActions } from '../actions'
import { approvalChain } from '../approval'
import { confirmationGate } from '../gate'
import { notifications } from '../notify'
import { paperBackEntry } from '../paper'
import { printable } from '../print'
import { serverOwnedGuard } from '../serverOwned'
import { siteChosen } from '../siteChosen'
import { secretRecords } from '../secret'
import { forbiddenPhraseCheck } from '../phrases'
import { formFill } from './fill'
import { relatedCells } from './relatedCells'
import type { FormFeature } from './types'

export const formFeatures: FormFeature[] = [paperBackEntry, approvalChain, lifecycle, deadlines, serverOwnedGuard, confirmationGate, notifications, exportable, printable, secretRecords, forbiddenPhraseCheck, formFill, siteChosen, workflowActions, relatedCells]
