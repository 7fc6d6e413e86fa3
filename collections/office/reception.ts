/** The reception: the phone log, visitors and interview candidates, parcels, meetings (OFFICE-01, 02, 04, 07). */
import type { DeskPart } from '../desk'

export const reception: DeskPart = { forms: [] }
