/** Keys: the register and the key cabinet, acceptance, handover to owners, lending and return, lost keys, the monthly count (PROP-12 to PROP-16). */
import type { DeskPart } from '../desk'

export const keys: DeskPart = {
  forms: [],
}
