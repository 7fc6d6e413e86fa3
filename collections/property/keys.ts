/**
 * Keys (PROP-12 to PROP-16): the register and the key cabinet view, acceptance from contractors
 * (鑰匙驗收記錄表), keys entrusted by the developer (移交鑰匙登記表), handover to owners on ID
 * (業主領取鑰匙登記表), lending and return (借鑰匙登記表) with the 借匙催還單 after a week, lost or
 * damaged keys (鑰匙管理備忘錄), and the monthly count on the 25th with the label check.
 * Every state and due moment is declared on the forms (lifecycles, deadlines, notifications).
 */
import type { DeskPart } from '../desk'
import { L } from '../../src/lib/i18n'
import { Keys } from './keys/index'
import { KeyAcceptances } from './key-acceptances'
import { KeyEntrustments } from './key-entrustments'
import { KeyHandovers } from './key-handovers'
import { KeyLoans } from './key-loans'
import { KeyReminders } from './key-reminders'
import { KeyMemos } from './key-memos'
import { KeyCounts } from './key-counts'
import { seedKeys } from './keys/seed'

export const keys: DeskPart = {
  forms: [Keys, KeyAcceptances, KeyEntrustments, KeyHandovers, KeyLoans, KeyReminders, KeyMemos, KeyCounts],
  admin: {
    views: {
      // PROP-12 the key cabinet, like the care desk's bed map.
      keyCabinet: { Component: '/src/admin/property/KeyCabinetView#KeyCabinetView', path: '/key-cabinet' },
    },
    navLinks: ['/src/admin/property/KeyCabinetNavLinks#KeyCabinetNavLinks'],
  },
  // The desk home's daily actions for keys.
  quickActions: [
    { label: L('鑰匙櫃', 'Key cabinet'), path: '/key-cabinet' },
    { label: L('借鑰匙登記', 'Lend a key'), collection: 'key-loans' },
  ],
  seed: seedKeys,
}
