/** OFFICE-04 rules of the parcel register: the desk signs (and pays postage) only with the employee's recorded consent. */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import type { LifecycleSpec, TransitionArgs } from '../../../hooks/lifecycle/types'

/** The employee's consent in force now at the site, if any. */
export async function consentOf(req: PayloadRequest, site: unknown, employee: unknown) {
  const who = idOf(employee)
  const at = idOf(site)
  if (who == null || at == null) return undefined
  const now = new Date().toISOString()
  const { docs } = await req.payload.find({
    collection: 'parcel-consents',
    where: { and: [{ site: { equals: at } }, { employee: { equals: who } }, { givenAt: { less_than_equal: now } }, { or: [{ endedAt: { exists: false } }, { endedAt: { greater_than: now } }] }] },
    sort: '-givenAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] as { id: number; postage?: boolean } | undefined
}

const noConsent = L(
  '{name} 沒有登記代收快遞同意書,前臺不能代簽:請電話通知本人到前臺領取,或先登記其同意',
  '{name} has no recorded consent for the desk to sign for their parcels: phone them to collect it, or record their consent first',
)

/** The desk signs for a parcel only with the employee's recorded consent (refused with the reason). */
async function mustHaveConsent({ req, doc }: TransitionArgs) {
  const consent = await consentOf(req, siteOf(doc), doc.recipient)
  if (!consent) refuse(req, noConsent, { name: doc.recipientName ?? '' }, 409)
  if (doc.postagePaid && !consent!.postage) refuse(req, L('{name} 的同意書不包括墊付郵費', "{name}'s consent does not cover paying the postage"), { name: doc.recipientName ?? '' }, 409)
}

/**
 * arrived (the employee is told to collect it) → signed by the desk (with consent) → collected. The
 * reminders run until it is collected.
 */
export const parcelLifecycle: LifecycleSpec = {
  states: {
    arrived: { label: L('待領取', 'To collect'), color: '#d97706' },
    held: { label: L('前臺代簽保管', 'Signed for, at the desk'), color: '#2563eb' },
    collected: { label: L('已領取', 'Collected'), color: '#16a34a' },
  },
  transitions: [
    {
      from: 'arrived',
      to: 'held',
      label: L('前臺代簽', 'Sign for it'),
      by: 'staff',
      when: 'signedAt',
      guard: mustHaveConsent,
      set: ({ doc, user }) => ({ signedAt: doc.signedAt ?? new Date().toISOString(), signedBy: idOf(doc.signedBy) ?? user?.id ?? null }),
    },
    {
      from: ['arrived', 'held'],
      to: 'collected',
      label: L('已領取', 'Collected'),
      by: 'staff',
      tone: 'primary',
      when: 'collectedAt',
      set: ({ doc }) => ({ collectedAt: doc.collectedAt ?? new Date().toISOString() }),
    },
  ],
}

/** The recipient's name for the messages; postage paid by the desk needs its amount and the desk's signature. */
export const parcelChecks: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const v = { ...(operation === 'update' ? originalDoc : {}), ...data }
  if (v.postagePaid && !(Number(v.postage) > 0)) refuse(req, L('前臺墊付郵費時請填寫金額', 'Give the amount of the postage the desk paid'))
  if (v.postagePaid && !v.signedAt) refuse(req, L('前臺只在代簽時墊付郵費(須員工同意)', 'The desk pays postage only when it signs for the parcel (with the employee’s consent)'))
  if (v.reimbursedAt && !v.postagePaid) refuse(req, L('沒有墊付的郵費,無需報銷', 'No postage was paid by the desk, so there is nothing to reimburse'))
  if (operation === 'create' || 'recipient' in data) {
    const who = idOf(v.recipient)
    const staff = who == null ? null : await req.payload.findByID({ collection: 'staff', id: who, depth: 0, overrideAccess: true, req, disableErrors: true })
    data.recipientName = (staff?.name as string | undefined) ?? null
  }
  // Postage paid later on a parcel already signed for: the same consent is needed.
  if (operation === 'update' && data.postagePaid && !originalDoc?.postagePaid && originalDoc?.status === 'held') {
    const consent = await consentOf(req, siteOf(v), v.recipient)
    if (!consent?.postage) refuse(req, L('{name} 的同意書不包括墊付郵費', "{name}'s consent does not cover paying the postage"), { name: v.recipientName ?? '' }, 409)
  }
  if (operation === 'create' && idOf(data.receivedBy) == null && req.user?.collection === 'staff') data.receivedBy = req.user.id
  return data
}
