/** The member desk's navigation group and the people who work its desk. */
import { L } from '../../src/lib/i18n'
import type { PositionSlug } from '../../src/seed/positions'

export const memberGroup = L('會員服務', 'Members')

/** The salon's and the gym's desk people (MEMBER-06: each acknowledges the scripts). */
export const memberDeskPositions: PositionSlug[] = ['front-desk', 'store-manager', 'beautician', 'coach', 'member-consultant']

export const sidebar = { position: 'sidebar' as const }
