/**
 * CARE-07 外出老人請假單 (more than a day) / 老人外出登記表 (back the same day). On save the three
 * positions get the work message of the procedure; the elder shows as out until the return is
 * recorded; an outing past its expected return is flagged (sweep).
 */
import { checkbox, datetime, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { stateOptions } from '../../../hooks/lifecycle'
import { outingBeforeChange, outingLifecycle } from './hooks'

export const outingKinds = {
  leave: L('外出老人請假單(一天以上)', 'Leave form (more than a day)'),
  'same-day': L('老人外出登記表(當日返回)', 'Outing register (back the same day)'),
}

const sidebar = { position: 'sidebar' as const }

export const Outings = defineForm({
  slug: 'outings',
  label: L('老人外出', 'Outing'),
  plural: L('老人外出登記', 'Outings'),
  group: groups.care,
  title: 'elderName',
  columns: ['leftAt', 'elder', 'kind', 'expectedReturn', 'returnedAt', 'status', 'overdue'],
  retention: { years: 2, dateField: 'leftAt' },
  indexes: [{ fields: ['status', 'overdue', 'expectedReturn'] }],
  hooks: { beforeChange: [outingBeforeChange] },
  lifecycle: outingLifecycle,
  print: { title: L('外出老人請假單', 'Leave form for an elder going out'), signatures: [L('老人/家屬簽字', 'Elder or family'), L('前臺經辦', 'Front desk')] },
  notify: [
    {
      on: 'create',
      message: ['health-mgmt-supervisor', 'life-care-supervisor', 'health-care-director'],
      subject: L('老人外出通知', 'Elder going out'),
      body: L(
        '{elderName}老人於{leftAtText}辦理外出,預計回院時間{returnText},請您知曉並做相應安排。',
        '{elderName} went out at {leftAtText}; expected back {returnText}. Please take note and arrange accordingly.',
        '{elderName}老人于{leftAtText}办理外出,预计回院时间{returnText},请您知晓并做相应安排。',
      ),
    },
  ],
  deadlines: [
    {
      name: 'return',
      rule: 'CARE-07',
      label: L('老人外出:逾期未歸標記', 'Outings: flag those past their expected return'),
      from: 'expectedReturn',
      while: { status: 'out' },
      then: {
        flag: 'overdue',
        message: {
          to: ['front-desk'],
          title: L('外出逾期未歸:{elderName}', 'Outing overdue: {elderName}'),
          body: L('{elderName}老人預計 {returnText} 回院,至今未登記回院。陪同人 {companion} {companionPhone}。', '{elderName} was due back at {returnText} and has not been recorded as back. Companion: {companion} {companionPhone}.'),
        },
      },
      // outingBeforeChange checks the times and the elder a person enters: nothing for the flag and the due column.
      batch: true,
      sentence: { due: L('{n} 位外出老人今天應返院', '{n} elders out are due back today'), overdue: L('{n} 位老人外出超過預計返回時間', '{n} elders are out past their expected return') },
    },
  ],
  fields: [
    rel('elder', L('老人', 'Elder'), 'elders', { required: true, index: true }),
    {
      type: 'row',
      fields: [
        datetime('leftAt', L('外出時間', 'Left at'), { required: true, defaultValue: () => new Date().toISOString() }),
        datetime('expectedReturn', L('預計回院時間', 'Expected back'), { required: true, index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('companion', L('陪同人', 'Accompanied by'), { required: true, maxLength: 50 }),
        text('relation', L('與老人關係', 'Relation'), { maxLength: 30 }),
        phone('companionPhone', L('聯繫電話', 'Phone'), { required: true }),
      ],
    },
    text('destination', L('外出去向', 'Destination'), { maxLength: 200 }),
    textarea('reason', L('外出事由', 'Reason'), { maxLength: 1000 }),
    checkbox('signed', L('老人或家屬已簽字', 'Signed by the elder or family')),
    datetime('returnedAt', L('實際回院時間', 'Back at')),
    serverOwned(select('kind', L('表單', 'Form'), outingKinds, { admin: sidebar })),
    select('status', L('狀態', 'Status'), stateOptions(outingLifecycle), { defaultValue: 'out', index: true, admin: sidebar }),
    serverOwned(checkbox('overdue', L('逾期未歸', 'Overdue'), { index: true, admin: sidebar })),
    serverOwned(text('elderName', L('老人姓名', "Elder's name"), { maxLength: 50, admin: { hidden: true } })),
    serverOwned(text('leftAtText', L('外出時間(文字)', 'Left at (text)'), { maxLength: 40, admin: { hidden: true } })),
    serverOwned(text('returnText', L('預計回院(文字)', 'Expected back (text)'), { maxLength: 40, admin: { hidden: true } })),
  ],
})
