/** Owner complaints, follow-up visits, their rates and the quarterly analysis (PROP-07 to PROP-11). */
import type { DeskPart } from '../desk'

export const complaintsAndFollowUps: DeskPart = {
  forms: [],
}
