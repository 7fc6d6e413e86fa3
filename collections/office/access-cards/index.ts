/**
 * OFFICE-08 門禁卡及電梯卡登記: a card issued to a new employee, who signs for it (on screen, or a scan of
 * the signed page); taken back when they leave (登記收回, on the 離職流程單) or recorded lost by HR or the
 * admin director. A card still out after its holder has left is flagged (the `leaver` deadline).
 */
import { attachment, checkbox, datetime, rel, select, signaturePad, text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { nobody } from '../../../hooks/access'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { officeGroup } from '../people-labels'
import { cardBeforeChange, cardLifecycle } from './hooks'

export const cardKinds = {
  access: L('門禁卡', 'Access card'),
  elevator: L('電梯卡', 'Elevator card'),
  both: L('門禁電梯一體卡', 'Access and elevator card'),
}

const sidebar = { position: 'sidebar' as const }

export const AccessCards = defineForm({
  slug: 'access-cards',
  label: L('門禁卡/電梯卡', 'Access card'),
  plural: L('門禁卡及電梯卡登記', 'Access and elevator cards'),
  group: officeGroup,
  title: 'cardNumber',
  columns: ['cardNumber', 'kind', 'holder', 'department', 'issuedAt', 'status', 'returnedAt', 'leaverOutstanding'],
  retention: 'forever',
  // Who held which card stays on record: nobody deletes it (a card is returned or recorded as lost).
  access: { delete: nobody },
  indexes: [{ fields: ['site', 'status'] }, { fields: ['site', 'cardNumber'] }],
  hooks: { beforeChange: [cardBeforeChange] },
  lifecycle: cardLifecycle,
  print: {
    title: L('門禁卡/電梯卡領用登記', 'Access card issue record'),
    fields: ['cardNumber', 'kind', 'holder', 'department', 'issuedAt', 'returnedAt', 'receivedBy', 'note'],
    signatures: [L('領卡人簽名', 'Received by (employee)'), L('發卡人簽名', 'Issued by'), L('收回人簽名', 'Recovered by')],
  },
  deadlines: [
    {
      name: 'leaver',
      rule: 'OFFICE-08',
      label: L('門禁卡:員工已離職,卡未交回', 'Access cards: the holder has left and the card is not back'),
      sentence: {
        due: L('{n} 張門禁卡/電梯卡的持卡人今天離職', '{n} cards whose holders leave today'),
        overdue: L('{n} 張門禁卡/電梯卡的持卡人已離職,卡未交回', '{n} cards still out although their holders have left'),
      },
      from: 'leftAt',
      while: { status: 'issued' },
      then: { flag: 'leaverOutstanding', unflag: true },
      // cardBeforeChange refuses only a change of the card's fixed fields on an update: not these.
      batch: true,
    },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        text('cardNumber', L('卡號', 'Card number'), { required: true, maxLength: 40 }),
        select('kind', L('卡類', 'Kind'), cardKinds, { required: true, defaultValue: 'access' }),
      ],
    },
    {
      type: 'row',
      fields: [
        rel('holder', L('領卡員工', 'Issued to'), 'staff', { required: true, index: true }),
        datetime('issuedAt', L('發卡時間', 'Issued at'), { required: true, defaultValue: () => new Date().toISOString() }),
      ],
    },
    // Signed on screen (the pad uploads the drawing into 「簽名」 and ticks the box), or on paper (a scan).
    signaturePad({ target: 'signature', tick: 'holderSigned', title: L('員工在屏幕上簽字領卡', 'The employee signs on screen'), file: L('領卡簽名', 'Card signature') }),
    {
      type: 'row',
      fields: [
        checkbox('holderSigned', L('員工已簽字登記', 'The employee signed for it')),
        attachment('signature', L('簽名(圖片或簽字頁掃描件)', 'Signature (image or scan of the signed page)')),
      ],
    },
    text('note', L('備註', 'Note'), { maxLength: 200 }),
    {
      type: 'row',
      fields: [
        datetime('returnedAt', L('收回時間', 'Returned at')),
        serverOwned(rel('receivedBy', L('收回人', 'Recovered by'), 'staff')),
      ],
    },
    select('status', L('狀態', 'State'), stateOptions(cardLifecycle), { defaultValue: 'issued', index: true, admin: sidebar }),
    serverOwned(rel('department', L('部門', 'Department'), 'departments', { index: true, admin: sidebar })),
    serverOwned(datetime('leftAt', L('持卡人離職時間', 'Holder left at'), { index: true, admin: sidebar })),
    serverOwned(checkbox('leaverOutstanding', L('已離職未交卡', 'Left without returning it'), { index: true, admin: sidebar })),
  ],
})
