/** The office's affairs: travel with each leader's preferences, office supplies, the archive index (OFFICE-03, 05, 06). */
import type { DeskPart } from '../desk'

export const affairs: DeskPart = { forms: [] }
