/**
 * CARE-15 辦理出院: the family gives 3 days' notice (shorter is accepted but flagged); the same day a
 * work message to 健康照料部主管, 物業, 餐飲主管, 財務出納; the day before, unpaid fees are checked with
 * the two health-care supervisors and the admin specialist; the 出院費用單 is signed by 院長, 綜合行政部主任,
 * 健康照料部主管, 財務出納 (the approval chain); on the discharge day the bed is freed.
 */
import { checkbox, datetime, day, list, money, phone, rel, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { select } from '../../../src/lib/fields'
import { stateOptions } from '../../../hooks/lifecycle'
import { dischargeApproved, dischargeBeforeChange, dischargeLifecycle } from './hooks'

const sidebar = { position: 'sidebar' as const }

export const Discharges = defineForm({
  slug: 'discharges',
  label: L('辦理出院', 'Discharge'),
  plural: L('辦理出院', 'Discharges'),
  group: groups.care,
  title: 'elderName',
  columns: ['noticeAt', 'elder', 'dischargeDate', 'shortNotice', 'feeTotal', 'approvalStatus', 'status'],
  retention: 'forever',
  indexes: [{ fields: ['status', 'dischargeDate'] }],
  hooks: { beforeChange: [dischargeBeforeChange] },
  lifecycle: dischargeLifecycle,
  deadlines: [
    { name: 'leave', rule: 'CARE-15', label: L('辦理出院:出院日釋放床位', 'Discharges: free the bed on the day'), from: 'dischargeDate', after: { days: 0 }, at: '00:00', while: { status: 'approved' }, then: { to: 'done' },
      sentence: { due: L('{n} 位老人今天出院', '{n} elders leave today') } },
    {
      name: 'feesCheck',
      rule: 'CARE-15',
      label: L('辦理出院:出院前一天核實未收費用', 'Discharges: check unpaid fees the day before'),
      from: 'dischargeDate',
      after: { days: -1 },
      at: 'opens',
      while: { feesChecked: false, status: ['notice', 'approved'] },
      then: { flag: 'feesCheckDue', unflag: true, notify: true },
      // dischargeBeforeChange derives the short notice and the total from the notice, the day and the fees: not from the flag.
      batch: true,
      sentence: { overdue: L('{n} 位老人即將出院,未收費用尚未核實', '{n} discharges with unpaid fees not yet checked') },
    },
  ],
  print: { title: L('出院費用單', 'Discharge fee sheet'), fields: ['elder', 'dischargeDate', 'familyName', 'familyPhone', 'feesChecked', 'fees', 'feeTotal', 'notes'] },
  approval: {
    chain: ['dean', 'admin-director', 'health-care-supervisor', 'cashier'],
    onApproved: dischargeApproved,
    summary: ['elderName', 'dischargeDate', 'feeTotal', 'shortNotice'],
  },
  notify: [
    {
      on: 'create',
      message: ['health-care-supervisor', 'property-staff', 'catering-supervisor', 'cashier'],
      subject: L('老人出院通知:{elderName}', 'Discharge: {elderName}'),
      body: L(
        '{elderName}老人({bedCode})將於 {dischargeDate} 出院,請做好相應安排。',
        '{elderName} ({bedCode}) leaves on {dischargeDate}. Please arrange accordingly.',
        '{elderName}老人({bedCode})将于 {dischargeDate} 出院,请做好相应安排。',
      ),
    },
    {
      on: { deadline: 'feesCheck' },
      message: ['health-care-supervisor', 'admin-specialist'],
      subject: L('出院前核實未收費用:{elderName}', 'Check unpaid fees before discharge: {elderName}'),
      body: L(
        '{elderName}老人({bedCode})將於 {dischargeDate} 出院,請今天核實未收費用,核實後在出院單勾選「已核實未收費用」。',
        '{elderName} ({bedCode}) leaves on {dischargeDate}. Please check the unpaid fees today, then tick "unpaid fees checked" on the discharge.',
        '{elderName}老人({bedCode})将于 {dischargeDate} 出院,请今天核实未收费用,核实后在出院单勾选「已核实未收费用」。',
      ),
    },
  ],
  fields: [
    rel('elder', L('老人', 'Elder'), 'elders', { required: true, index: true }),
    {
      type: 'row',
      fields: [
        datetime('noticeAt', L('家屬告知時間', 'Notice given at'), { required: true, defaultValue: () => new Date().toISOString() }),
        day('dischargeDate', L('出院日期', 'Discharge date'), { required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('familyName', L('辦理家屬', 'Family member'), { required: true, maxLength: 50 }),
        phone('familyPhone', L('聯繫電話', 'Phone'), { required: true }),
      ],
    },
    textarea('reason', L('出院原因', 'Reason'), { maxLength: 1000 }),
    checkbox('feesChecked', L('出院前一天已與兩位健康照料部主管及行政專員核實未收費用', 'Unpaid fees checked the day before with both health-care supervisors and the admin specialist'), {
      admin: { description: L('審批中也可按「已核實未收費用」記錄', 'While the fee sheet is being signed, use "Unpaid fees checked" above') },
    }),
    serverOwned(checkbox('feesCheckDue', L('未收費用待核實', 'Unpaid fees to check'), { index: true, admin: sidebar })),
    list(
      'fees',
      L('出院費用單', 'Discharge fee sheet'),
      [
        {
          type: 'row',
          fields: [
            text('item', L('費用項目', 'Item'), { required: true, maxLength: 60 }),
            money('amount', L('金額(元,退費填負數)', 'Amount (元, refunds negative)'), { required: true, min: -1_000_000 }),
          ],
        },
      ],
      { maxRows: 40 },
    ),
    textarea('notes', L('備註', 'Notes'), { maxLength: 2000 }),
    serverOwned(money('feeTotal', L('合計(元)', 'Total (元)'), { min: -1_000_000_000, admin: { ...sidebar, step: 0.01 } })),
    serverOwned(checkbox('shortNotice', L('提前不足3天', "Less than 3 days' notice"), { index: true, admin: sidebar })),
    select('status', L('狀態', 'Status'), stateOptions(dischargeLifecycle), { defaultValue: 'notice', index: true, admin: sidebar }),
    serverOwned(datetime('dischargedAt', L('出院完成時間', 'Discharged at'), { admin: sidebar })),
    serverOwned(text('elderName', L('老人姓名', "Elder's name"), { maxLength: 50, admin: { hidden: true } })),
    serverOwned(text('bedCode', L('床位', 'Bed'), { maxLength: 100, admin: { hidden: true } })),
  ],
})
