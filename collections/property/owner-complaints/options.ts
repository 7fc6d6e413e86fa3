/** PROP-07 業主投訴意見表: the choices on the paper form. */
import { L } from '../../../src/lib/i18n'

export const complaintChannels = {
  phone: L('電話', 'Phone'),
  visit: L('來訪', 'Visit'),
  letter: L('信函', 'Letter'),
  other: L('其他', 'Other'),
}

export const complaintCategories = {
  repair: L('維修工程', 'Repairs and engineering'),
  security: L('秩序維護', 'Security and order'),
  cleaning: L('環境衛生', 'Cleaning'),
  landscape: L('綠化', 'Landscaping'),
  fees: L('收費', 'Fees'),
  attitude: L('服務態度', 'Staff attitude'),
  neighbours: L('鄰里噪音', 'Neighbours and noise'),
  parking: L('停車', 'Parking'),
  other: L('其他', 'Other'),
}

/** 重大 / 重要 complaints also go to the 管理處主任 (PROP-07). */
export const severities = {
  major: L('重大投訴', 'Major'),
  important: L('重要投訴', 'Important'),
  ordinary: L('一般投訴', 'Ordinary'),
}

export const toldHow = {
  phone: L('電話通知', 'By phone'),
  visit: L('上門告知', 'In person'),
}
