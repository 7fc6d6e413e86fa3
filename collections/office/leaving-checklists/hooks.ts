/**
 * OFFICE-08 離職流程單: what the leaver still holds is read from the records (their cards not returned)
 * and the rows of the checklist; completing it is refused while anything is outstanding, by any door (the
 * transition endpoint, a PATCH of the state, GraphQL: the state is the lifecycle's and the check reads the
 * cards live); a row not returned is never removed; the leaving day marks the person's cards so that one
 * still out after it is flagged (access-cards' `leaver`).
 */
import type { CollectionAfterChangeHook, CollectionAfterReadHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { langOf, refuse } from '../../../src/lib/errors'
import { L, pick } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { isServerCall } from '../../../hooks/access'
import { asServer } from '../../../src/lib/serverReq'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { cardsHeld, leftAtOf, staffOnSite } from '../access-cards/hooks'

type Item = { id?: string; kind?: string; description?: string; returned?: boolean | null; returnedAt?: string | null }
type Req = Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>

export const checklistTexts = {
  outstanding: L('以下物品尚未交回,不能辦結離職流程單:{list}', 'The checklist cannot be completed while these are not returned: {list}'),
  notSigned: L('請離職員工在流程單上簽字後再辦結', 'The leaver signs the checklist before it is completed'),
  open: L('{name} 已有一份未辦結的離職流程單', '{name} already has an open leaving checklist'),
  closed: L('離職流程單已辦結或已取消,不能再修改', 'This checklist is completed or cancelled and can no longer be changed'),
  person: L('離職員工不能更改;如有錯誤請取消後重新填寫', 'The employee cannot change; cancel the checklist and start another'),
  removed: L('「{item}」尚未交回,不能從流程單上刪除', '"{item}" is not returned and cannot be removed from the checklist'),
  unreturn: L('「{item}」已登記交回,不能改回未交回', '"{item}" was recorded as returned and cannot be un-returned'),
  noPerson: L('員工不存在', 'No such staff member'),
  nothing: L('無', 'Nothing'),
  card: L('{kind} {cardNumber}', '{kind} {cardNumber}'),
}

const kindWords: Record<string, ReturnType<typeof L>> = {
  access: L('門禁卡', 'Access card'),
  elevator: L('電梯卡', 'Elevator card'),
  both: L('門禁電梯一體卡', 'Access and elevator card'),
}

/** Everything the person still holds, as readable lines: their cards not returned, then the rows not returned. */
export async function outstandingOf(req: Req, doc: { site?: unknown; person?: unknown; items?: Item[] | null }, lang: string): Promise<string[]> {
  const site = siteOf(doc)
  const person = idOf(doc.person)
  const lines: string[] = []
  if (site && person) {
    for (const c of await cardsHeld(req, site, person)) lines.push(`${pick(kindWords[c.kind] ?? kindWords.access, lang)} ${c.cardNumber}`)
  }
  for (const item of doc.items ?? []) if (!item.returned) lines.push(String(item.description ?? ''))
  return lines
}

export const checklistLifecycle: LifecycleSpec = {
  states: {
    open: { label: L('辦理中', 'Open'), color: '#d97706' },
    completed: { label: L('已辦結', 'Completed'), color: '#16a34a' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#6b7280' },
  },
  transitions: [
    {
      from: 'open',
      to: 'completed',
      label: L('辦結', 'Complete'),
      by: ['front-desk', 'hr', 'admin-director'],
      tone: 'primary',
      guard: async ({ req, doc }) => {
        // Read live: the cards as they are now, the rows as stored (not what a client says).
        const lines = await outstandingOf(req, doc, langOf(req))
        if (lines.length) refuse(req, checklistTexts.outstanding, { list: lines.join('、') }, 409)
        if (!doc.leaverSigned) refuse(req, checklistTexts.notSigned, {}, 409)
      },
      set: ({ user }) => ({ completedAt: new Date().toISOString(), completedBy: user?.id ?? null }),
    },
    {
      from: 'open',
      to: 'cancelled',
      label: L('取消(員工不離職)', 'Cancel (not leaving)'),
      by: ['hr', 'admin-director'],
      note: 'required',
      tone: 'danger',
      effects: [async ({ req, doc }) => markCards(req, doc, null)],
    },
  ],
}

/** Mark the person's cards still out with the moment they left (null: they are not leaving after all, unless deactivated). */
async function markCards(req: PayloadRequest, doc: Record<string, unknown>, leftAt: string | null) {
  const site = siteOf(doc)
  const person = idOf(doc.person)
  if (!site || !person) return
  const staff = await staffOnSite(req, person, site)
  const at = leftAt ?? (staff?.active === false ? new Date().toISOString() : null)
  for (const card of await cardsHeld(req, site, person)) {
    if ((card.leftAt ?? null) === at) continue
    await req.payload.update({ collection: 'access-cards', id: card.id, data: { leftAt: at, ...(at ? {} : { leaverOutstanding: false }) }, overrideAccess: true, req: asServer(req), depth: 0 })
  }
}

const sameItem = (a: Item, b: Item) => (a.id && b.id ? a.id === b.id : a.kind === b.kind && a.description === b.description)

export const checklistBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site) return data
  const server = isServerCall(req)
  if (operation === 'update') {
    if (!server && originalDoc?.status !== 'open' && !req.context?.lifecycleTransition) refuse(req, checklistTexts.closed, {}, 409)
    if (data.person !== undefined && idOf(data.person) !== idOf(originalDoc?.person)) refuse(req, checklistTexts.person, {}, 409)
  } else {
    const person = await staffOnSite(req, o.person, site)
    if (!person) refuse(req, checklistTexts.noPerson, {}, 404)
    const open = await req.payload.count({
      collection: 'leaving-checklists',
      where: { and: [{ site: { equals: site } }, { person: { equals: person!.id } }, { status: { equals: 'open' } }] },
      overrideAccess: true,
      req,
    })
    if (open.totalDocs) refuse(req, checklistTexts.open, { name: person!.name }, 409)
    data.personName = person!.name
    data.department = idOf(person!.department) ?? null
  }
  if (Array.isArray(data.items)) {
    const before = ((operation === 'update' ? originalDoc?.items : []) ?? []) as Item[]
    const after = data.items as Item[]
    for (const old of before) {
      const now = after.find((row) => sameItem(old, row))
      if (!old.returned && !now && !server) refuse(req, checklistTexts.removed, { item: old.description }, 409)
      if (old.returned && now && !now.returned && !server) refuse(req, checklistTexts.unreturn, { item: old.description }, 409)
    }
    const at = new Date().toISOString()
    data.items = after.map((row) => {
      const old = before.find((b) => sameItem(b, row))
      return { ...row, returnedAt: row.returned ? (old?.returned ? old.returnedAt : at) : null }
    })
  }
  return data
}

export const checklistAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create') {
    // The person's personnel file (HR's, read by HR only), linked by the server: the desk never sees it.
    const file = await req.payload.find({ collection: 'personnel-files', where: { and: [{ site: { equals: siteOf(doc) } }, { person: { equals: idOf(doc.person) } }] }, depth: 0, limit: 1, overrideAccess: true, req })
    if (file.docs[0]) {
      await req.payload.update({ collection: 'leaving-checklists', id: doc.id, data: { personnelFile: file.docs[0].id }, overrideAccess: true, req: asServer(req), depth: 0 })
    }
  }
  if (doc.status === 'cancelled') return doc
  const moved = operation === 'create' || String(doc.leavingDate ?? '') !== String(previousDoc?.leavingDate ?? '')
  if (moved) await markCards(req, doc, await leftAtOf(req, siteOf(doc)!, doc.leavingDate))
  return doc
}

/** The `outstanding` virtual field, read live for a person (never stored, never typed). */
export const checklistAfterRead: CollectionAfterReadHook = async ({ doc, req, overrideAccess }) => {
  if (overrideAccess || !doc?.id || !siteOf(doc)) return doc
  const lines = await outstandingOf(req, doc, langOf(req))
  doc.outstanding = lines.length ? lines.join('\n') : pick(checklistTexts.nothing, langOf(req))
  return doc
}
