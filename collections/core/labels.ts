import { L } from '../../src/lib/i18n'

/** Admin navigation groups, one per module or desk. */
export const groups = {
  core: L('基礎資料', 'Organisation'),
  desk: L('前臺', 'Front desk'),
  workflow: L('工作任務', 'Tasks & approvals'),
  care: L('頤養家苑', 'Care home'),
  property: L('物業客戶中心', 'Property service centre'),
  office: L('公司前臺', 'Company reception'),
  system: L('系統', 'System'),
}
