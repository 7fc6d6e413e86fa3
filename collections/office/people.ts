/** The people: access cards and the leaving checklist, the directory, attendance and leave, personnel files (OFFICE-08 to 11). */
import type { DeskPart } from '../desk'

export const people: DeskPart = { forms: [] }
