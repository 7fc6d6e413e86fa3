/**
 * 物業客戶中心 — the property service centre's desk (香堤左岸, PROP-01 to PROP-16), in three sections
 * as the procedure document has them: the estate and its owner archives, complaints and follow-ups, keys.
 */
import { joinDesk } from '../desk'
import { L } from '../../src/lib/i18n'
import { estate } from './estate'
import { complaintsAndFollowUps } from './service'
import { keys } from './keys'
import { propertyCallers } from './callers'

export const propertyDesk = joinDesk('property', L('物業客戶中心', 'Property service centre'), [
  estate,
  complaintsAndFollowUps,
  keys,
  // DEV-04: an owner or a member of an owner's household calling (業主 of which unit).
  { forms: [], devices: { whoIsCalling: propertyCallers } },
])
