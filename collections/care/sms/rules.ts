/** CARE-18 rules: the desk writes route texts directly; notices and greetings only through approval. */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { isServerCall } from '../../../hooks/access'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { queueTexts } from '../../../hooks/notify/outbox'
import { siteOf } from '../../../src/lib/hooks'

const PHONE = /^[0-9+\-() ]{3,32}$/

export const smsBeforeChange: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && !isServerCall(req) && data.kind !== 'route') {
    refuse(req, L('通告和節日慰問短信須經綜合行政部主任審批,請填寫「短信通告」', 'Notices and greetings need the admin director’s approval: use “SMS notice”'), {}, 403)
  }
  return data
}

export const numbersOf = (text: string) =>
  [...new Set(String(text ?? '').split(/[\s,;,;、]+/).map((n) => n.trim()).filter(Boolean))]

export const smsNoticeBeforeChange: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const numbers = numbersOf(data.numbers ?? originalDoc?.numbers)
  if (!numbers.length) refuse(req, L('請至少填寫一個手機號', 'Give at least one mobile number'))
  const bad = numbers.filter((n) => !PHONE.test(n))
  if (bad.length) refuse(req, L('這些手機號格式不對:{bad}', 'These numbers are not valid: {bad}'), { bad: bad.join('、') })
  if (numbers.length > 2000) refuse(req, L('一次最多發送 2000 個號碼', 'At most 2000 numbers at a time'))
  return data
}

/** On the admin director's approval, every number gets the text in the outbox. */
export async function sendApprovedNotice({ req, doc }: { req: PayloadRequest; doc: Record<string, any> }) {
  await queueTexts(req, numbersOf(doc.numbers).map((to) => ({ site: siteOf(doc)!, to, text: doc.text, kind: doc.kind, notice: doc.id })))
}
