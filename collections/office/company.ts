/** The company itself: its departments and people for the demo (the other sections' seeds find them by e-mail). */
import type { DeskPart } from '../desk'
import { seedCompany } from './company-seed'

export const company: DeskPart = { forms: [], seed: seedCompany }
