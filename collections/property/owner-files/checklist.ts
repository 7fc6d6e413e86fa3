/** PROP-01 業主檔案內容: the documents an owner's archive holds, as the procedure lists them (第一篇 B.1). */
import { L } from '../../../src/lib/i18n'

export const archiveDocuments = {
  'sign-off': L('業主辦理入住資料簽收確認單', 'Move-in documents sign-off'),
  'fire-safety': L('業主/住戶消防安全責任書', 'Fire-safety responsibility letter'),
  'owner-info': L('業主基本情況登記表', 'Owner registration form'),
  'unit-info': L('業主單元物業基本情況表', 'Unit property form'),
  household: L('業主家庭成員登記表', 'Household members form'),
  'management-agreement': L('前期物業管理協議', 'Preliminary property-management agreement'),
  undertaking: L('承諾書', 'Letter of undertaking'),
  handover: L('單元物業交接表', 'Unit handover form'),
  'repair-records': L('返修情況登記表及記錄', 'Rework records'),
  'renovation-application': L('裝修申請審批表(含圖紙及施工隊資料)', 'Renovation application (with drawings and contractor)'),
  'renovation-agreement': L('裝修協議', 'Renovation agreement'),
  'air-conditioning': L('空調安裝管理規定', 'Air-conditioner installation rules'),
  'duplex-terrace': L('復式平臺裝修管理規定', 'Duplex terrace renovation rules'),
  'rectification': L('違章整改通知單及處理結果', 'Rectification notice and outcome'),
  'id-copies': L('業主證件復印件', "Copies of the owner's ID"),
  authorisation: L('委託辦理入住授權書', 'Authorisation to move in on behalf'),
  transfer: L('過戶轉讓記錄', 'Transfer records'),
  'maintenance-log': L('報修/維修情況記錄', 'Repair and maintenance records'),
  other: L('其他應保存的資料', 'Other documents to keep'),
}

export type ArchiveDocument = keyof typeof archiveDocuments

/** The checklist every new archive starts with (each item missing until its paper is filed). */
export const requiredDocuments: ArchiveDocument[] = [
  'sign-off', 'fire-safety', 'owner-info', 'unit-info', 'household', 'management-agreement', 'undertaking', 'handover',
  'renovation-application', 'renovation-agreement', 'air-conditioning', 'duplex-terrace', 'rectification', 'id-copies', 'authorisation',
  'transfer', 'maintenance-log',
]
