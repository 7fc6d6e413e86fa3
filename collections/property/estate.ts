/** The estate: buildings, units, owners and their history, owner archives and reading grants, arrears and census (PROP-01 to PROP-06). */
import type { DeskPart } from '../desk'

export const estate: DeskPart = {
  forms: [],
}
