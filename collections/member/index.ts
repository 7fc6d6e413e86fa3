/** 會員服務 — the salon's and the gym's desk (MEMBER-01 to MEMBER-06). */
import { defineDesk } from '../desk'
import { L } from '../../src/lib/i18n'

export const memberDesk = defineDesk({
  slug: 'member',
  label: L('會員服務', 'Members'),
  forms: [],
})
