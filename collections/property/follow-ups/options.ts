/** PROP-08 to PROP-10 回訪記錄表: kinds of follow-up, their rules and the answers on the form. */
import { L } from '../../../src/lib/i18n'

export const followUpKinds = {
  complaint: L('投訴事件', 'Complaint'),
  repair: L('報修/維修工程', 'Repair'),
  special: L('特約工程', 'Special contract work'),
  emergency: L('急救病人', 'Emergency patient'),
  publication: L('報刊/文體活動', 'Publication or event'),
  help: L('求助及其他服務', 'Help and other services'),
}

export type FollowUpKind = keyof typeof followUpKinds

/** PROP-10: the rate each kind must reach (%); publications and events are set by the CS supervisor. */
export const defaultTargets: Record<string, number> = { complaint: 100, repair: 95, special: 95, emergency: 95, publication: 90, help: 95 }

export const stages = {
  mid: L('合同中期', 'Mid-term'),
  end: L('合同結束後', 'After the end'),
}

export const methods = {
  visit: L('上門面談', 'Visit'),
  site: L('現場查看', 'On site'),
  phone: L('電話回訪', 'Phone'),
}

export const ratings = {
  good: L('好', 'Good'),
  fair: L('一般', 'Fair'),
  poor: L('差', 'Poor'),
}

export const satisfactions = {
  'very-satisfied': L('非常滿意', 'Very satisfied'),
  satisfied: L('滿意', 'Satisfied'),
  basic: L('基本滿意', 'Fairly satisfied'),
  unsatisfied: L('不滿意', 'Unsatisfied'),
}
