/**
 * OFFICE-08 門禁卡/電梯卡: issued only to an active employee of the site who signs for it; the card, its
 * holder and its issue time never change afterwards (a wrong entry is returned and issued again); the
 * return is recorded by whoever takes the card back; only HR or the admin director records a card lost.
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { perPage } from '../../../src/lib/perPage'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { SiteCalendar, dayOf, shiftDay } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'

export const cardTexts = {
  notSigned: L('請員工在領卡登記上簽字(勾選「員工已簽字登記」)', 'The employee signs for the card first ("The employee signed for it")'),
  noHolder: L('員工不存在', 'No such staff member'),
  inactive: L('{name} 已離職,不能發放門禁卡', '{name} has left; no card can be issued'),
  duplicate: L('卡號 {cardNumber} 已發給 {name},尚未收回', 'Card {cardNumber} is already out with {name}'),
  fixed: L('發卡後不能更改卡號、卡類、領卡員工或發卡時間;如有錯誤請先登記收回再重新發卡', 'The card, its kind, holder and issue time cannot change once issued; record its return and issue it again'),
  backBefore: L('收回時間不能早於發卡時間', 'The return cannot be before the issue'),
  future: L('時間不能晚於現在', 'The time cannot be in the future'),
}

/** OFFICE-08: issued → returned (the card is back) or lost (recorded by HR or the admin director, with a note). */
export const cardLifecycle: LifecycleSpec = {
  states: {
    issued: { label: L('使用中', 'Issued'), color: '#2563eb' },
    returned: { label: L('已收回', 'Returned'), color: '#16a34a' },
    lost: { label: L('已掛失', 'Lost'), color: '#6b7280' },
  },
  transitions: [
    {
      from: 'issued',
      to: 'returned',
      label: L('登記收回', 'Record the return'),
      by: ['front-desk', 'hr', 'admin-director'],
      tone: 'primary',
      when: 'returnedAt',
      guard: ({ req, doc }) => {
        if (doc.returnedAt && new Date(doc.returnedAt) < new Date(doc.issuedAt)) refuse(req, cardTexts.backBefore)
        if (doc.returnedAt && new Date(doc.returnedAt).getTime() > Date.now() + 60_000) refuse(req, cardTexts.future)
      },
      set: ({ doc, user }) => ({ returnedAt: doc.returnedAt ?? new Date().toISOString(), receivedBy: user?.id ?? doc.receivedBy ?? null, leaverOutstanding: false }),
    },
    { from: 'issued', to: 'lost', label: L('登記掛失', 'Record as lost'), by: ['hr', 'admin-director'], note: 'required', tone: 'danger', set: () => ({ leaverOutstanding: false }) },
  ],
}

const FIXED = ['cardNumber', 'kind', 'holder', 'issuedAt']

const same = (field: string, a: unknown, b: unknown) =>
  field === 'issuedAt' ? new Date(String(a)).getTime() === new Date(String(b)).getTime() : String(idOf(a) ?? a ?? '') === String(idOf(b) ?? b ?? '')

export const cardBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site) return data
  if (operation === 'update') {
    if (FIXED.some((f) => data[f] !== undefined && !same(f, data[f], originalDoc?.[f]))) refuse(req, cardTexts.fixed, {}, 409)
    return data
  }
  const person = await staffOnSite(req, o.holder, site)
  if (!person) refuse(req, cardTexts.noHolder, {}, 404)
  if (person!.active === false) refuse(req, cardTexts.inactive, { name: person!.name }, 409)
  if (!o.holderSigned) refuse(req, cardTexts.notSigned)
  if (o.issuedAt && new Date(o.issuedAt).getTime() > Date.now() + 60_000) refuse(req, cardTexts.future)
  const number = String(o.cardNumber ?? '').trim()
  const { docs } = await req.payload.find({
    collection: 'access-cards',
    where: { and: [{ site: { equals: site } }, { cardNumber: { equals: number } }, { status: { equals: 'issued' } }] },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (docs[0]) refuse(req, cardTexts.duplicate, { cardNumber: number, name: (docs[0].holder as { name?: string } | null)?.name ?? '' }, 409)
  data.cardNumber = number
  data.department = idOf(person!.department) ?? null
  // Issued to someone with an open leaving checklist: the card is marked with their leaving moment too.
  const open = await req.payload.find({
    collection: 'leaving-checklists',
    where: { and: [{ site: { equals: site } }, { person: { equals: person!.id } }, { status: { equals: 'open' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (open.docs[0]) data.leftAt = await leftAtOf(req, site, open.docs[0].leavingDate)
  return data
}

/** The moment a person has left: the end of their leaving day in the site's zone. */
export async function leftAtOf(req: Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>, site: number, leavingDate: unknown): Promise<string | null> {
  if (!leavingDate) return null
  const { timeZone } = await siteInfo(req.payload, site, req)
  const calendar = new SiteCalendar(req.payload, site, timeZone)
  return calendar.at(shiftDay(dayOf(leavingDate as string, timeZone), 1), '00:00').toISOString()
}

/** A staff member of the site (staff belong to sites through their `sites` list), or null. */
export async function staffOnSite(req: Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>, value: unknown, site: number) {
  const id = idOf(value)
  if (!id || !Number.isSafeInteger(id) || id <= 0) return null
  const doc = (await req.payload.findByID({ collection: 'staff', id, depth: 0, overrideAccess: true, req: req as PayloadRequest, disableErrors: true })) as
    | { id: number; name: string; email: string; active?: boolean | null; department?: unknown; positions?: unknown[]; sites?: { site?: unknown }[]; workPhone?: string; mobile?: string; language?: string }
    | null
  if (!doc || !(doc.sites ?? []).some((s) => idOf(s.site) === site)) return null
  return doc
}

type Held = { id: number; cardNumber: string; kind: string; issuedAt: string; leftAt?: string | null }

/** The cards a person holds at a site now (issued, not returned); the rows of a list ask together (src/lib/perPage.ts). */
export async function cardsHeld(req: Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>, site: number, person: number): Promise<Held[]> {
  return (await perPage(req, 'access-cards.held', `${site}:${person}`, (keys: string[]) => cardsHeldBy(req, keys))) ?? []
}

/** For each `site:person` key, the cards held: one read. */
async function cardsHeldBy(req: Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>, keys: string[]): Promise<Map<string, Held[]>> {
  const pairs = keys.map((k) => k.split(':').map(Number))
  const { docs } = await req.payload.find({
    collection: 'access-cards',
    where: { and: [{ site: { in: [...new Set(pairs.map(([s]) => s))] } }, { holder: { in: [...new Set(pairs.map(([, p]) => p))] } }, { status: { equals: 'issued' } }] },
    depth: 0,
    pagination: false,
    sort: 'issuedAt',
    overrideAccess: true,
    req: req as PayloadRequest,
  })
  const held = new Map<string, Held[]>(keys.map((k) => [k, []]))
  for (const card of docs as unknown as (Held & { site: unknown; holder: unknown })[]) held.get(`${idOf(card.site)}:${idOf(card.holder)}`)?.push(card)
  return held
}
