/**
 * CARE-11 辦理入住: only once the preparation is fully confirmed (WF-03). The first health assessment
 * decides the contract class (B or C); the contract and its attachments are ticked off; an ID-style
 * photo of the elder; at least two contacts; the 收費確認單 for finance. Filing must be complete by the
 * end of that working day, or the admission is flagged (sweep).
 */
import { attachment, checkbox, datetime, group, list, money, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { contractClasses } from '../labels'
import { admissionAfterChange, admissionBeforeChange, admissionLifecycle } from './hooks'
import { stateOptions } from '../../../hooks/lifecycle'

/** The contract and its attachments (入住合同及附件), as listed in the procedure. */
export const contractDocuments = {
  contract: L('B類或C類合同', 'Contract (class B or C)'),
  roomFacilities: L('房間設施清單', 'Room facilities list'),
  riskNotice: L('老年人護理安全風險告知書', 'Care safety risk notice'),
  assessment: L('老人多維健康綜合評估問卷', 'Multidimensional health assessment questionnaire'),
  rules: L('入住規定', 'House rules'),
  proxy: L('授權委託書', 'Power of attorney'),
  escort: L('院外陪護人員協議書', 'Outside escort agreement'),
  guide: L('入住須知', 'Admission guide'),
  supplement: L('補充協議', 'Supplementary agreement'),
  idCopies: L('老人及送養人戶口本、身份證複印件', 'ID and household register copies (elder and sponsor)'),
  outingConsent: L('不限制外出知情同意書', 'Unrestricted outings consent'),
}

const sidebar = { position: 'sidebar' as const }

export const Admissions = defineForm({
  slug: 'admissions',
  label: L('辦理入住', 'Admission'),
  plural: L('辦理入住', 'Admissions'),
  group: groups.care,
  title: 'elderName',
  columns: ['admittedAt', 'elder', 'contractClass', 'feeTotal', 'status', 'filingLate'],
  retention: 'forever',
  indexes: [{ fields: ['status', 'filingLate', 'filingDueAt'] }],
  hooks: { beforeChange: [admissionBeforeChange], afterChange: [admissionAfterChange] },
  lifecycle: admissionLifecycle,
  deadlines: [
    { name: 'filing', rule: 'CARE-11', label: L('辦理入住:當天下班前未歸檔標記', 'Admissions: flag filing not done by the end of the day'), from: 'admittedAt', after: { days: 0 }, at: 'closes', while: { status: 'admitted' }, then: { flag: 'filingLate' },
      // admissionBeforeChange checks the admission and its fees a person enters, and admissionAfterChange acts on
      // the admission itself and on a certificate received: nothing for the flag and the due column.
      batch: true,
      sentence: { due: L('{n} 位老人今天入住,下班前須歸檔', '{n} admissions to file before closing today'), overdue: L('{n} 位老人入住當天未歸檔', '{n} admissions not filed on the day') } },
  ],
  gate: { after: ['prep'] },
  print: { title: L('收費確認單', 'Fee confirmation'), fields: ['elder', 'admittedAt', 'contractClass', 'fees', 'feeTotal'], signatures: [L('家屬簽字', 'Family'), L('前臺經辦', 'Front desk'), 'cashier'] },
  fields: [
    rel('prep', L('入住前準備', 'Admission preparation'), 'admission-preps', { required: true, unique: true }),
    datetime('admittedAt', L('入住時間', 'Admitted at'), { required: true, defaultValue: () => new Date().toISOString() }),
    textarea('assessment', L('首次健康評估結果', 'First health assessment'), { required: true, maxLength: 2000 }),
    select('contractClass', L('合同類別', 'Contract class'), contractClasses, {
      required: true,
      admin: { description: L('按首次健康評估結果選擇 B 類或 C 類合同', 'Class B or C, from the first health assessment') },
    }),
    group('docs', L('合同及附件', 'Contract and attachments'), Object.entries(contractDocuments).map(([name, label]) => checkbox(name, label))),
    attachment('photo', L('老人證件照(155mm×193mm)', "Elder's ID-style photo (155 mm × 193 mm)"), { required: true }),
    list(
      'contacts',
      L('聯繫人(至少兩位)', 'Contacts (at least two)'),
      [
        {
          type: 'row',
          fields: [
            text('name', L('姓名', 'Name'), { required: true, maxLength: 50 }),
            text('relation', L('關係', 'Relation'), { maxLength: 30 }),
            phone('phone', L('電話', 'Phone'), { required: true }),
            checkbox('sponsor', L('送養人/擔保人', 'Sponsor')),
          ],
        },
      ],
      { minRows: 2, maxRows: 10 },
    ),
    group('fees', L('收費確認單', 'Fee confirmation'), [
      {
        type: 'row',
        fields: [
          money('nursingFee', L('護理費(元/月)', 'Nursing fee (元/month)'), { required: true }),
          money('bedFee', L('床位費(元/月)', 'Bed fee (元/month)'), { defaultValue: 0 }),
          money('mealFee', L('餐費(元/月)', 'Meals (元/month)'), { defaultValue: 0 }),
        ],
      },
      {
        type: 'row',
        fields: [
          money('deposit', L('押金(元)', 'Deposit (元)'), { defaultValue: 0 }),
          money('other', L('其他(元)', 'Other (元)'), { defaultValue: 0 }),
          money('reservationDeposit', L('已付訂金抵扣(元)', 'Reservation deposit credited (元)'), { defaultValue: 0 }),
        ],
      },
    ]),
    checkbox('healthCertOriginalReceived', L('今日已收到體檢證明原件', 'Original health certificate received today')),
    checkbox('filingComplete', L('檔案已按日期歸檔', 'Filed in the archive')),
    serverOwned(money('feeTotal', L('應收合計(元)', 'Total due (元)'), { admin: { ...sidebar, step: 0.01 } })),
    select('status', L('狀態', 'Status'), stateOptions(admissionLifecycle), { required: true, defaultValue: 'admitted', index: true, admin: sidebar }),
    serverOwned(checkbox('filingLate', L('歸檔逾期', 'Filing late'), { index: true, admin: sidebar })),
    serverOwned(rel('elder', L('老人', 'Elder'), 'elders', { index: true, admin: sidebar })),
    serverOwned(text('elderName', L('老人姓名', "Elder's name"), { maxLength: 50, admin: { hidden: true } })),
  ],
})
