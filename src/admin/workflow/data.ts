/**
 * What the workflow views show, for one signed-in person (custom views are public by default: every
 * function starts from the user and their sites and positions).
 * WF-07: forms waiting for me; WF-02: my published tasks with who has not confirmed; WF-01: unread count.
 */
import type { Payload, Where } from 'payload'
import { approvalView, type CompareRow, type Row, type SignatureRow } from '../../../hooks/approval/summary'
import { abovePositions, departmentsHeadedBy, isApprover, stepOf, stepPosition, type ApproverCache } from '../../../hooks/approval/approvers'
import type { FormSpec } from '../../../hooks/form/types'
import { idOf } from '../../lib/hooks'
import { pick } from '../../lib/i18n'
import { pendingNamesOf } from '../../../hooks/notify/messages'

type User = { id: number; language?: string; positions?: unknown[]; sites?: { site: unknown }[] } | null | undefined

export type Waiting = { slug: string; form: string; id: number; title: string; round: number; step: number; position: string; submittedAt: string; rows: Row[]; compare: CompareRow[]; signatures: SignatureRow[] }

const approvalForms = (payload: Payload) =>
  payload.config.collections.flatMap((c) => {
    const form = (c.custom as { form?: FormSpec } | undefined)?.form
    return form?.approval ? [form] : []
  })

const siteIds = (user: NonNullable<User>) => (user.sites ?? []).map((s) => idOf(s.site)).filter((id) => id != null)

/**
 * WF-07: pending forms of my sites whose current step names me (hooks/approval/approvers.ts `isApprover`,
 * the rule the engine decides by): a plain step's position I hold, or the step of my department as its
 * head (OFFICE-10), or that step's position when the department has no head. The query only narrows the
 * candidates; each is kept only if `isApprover` names me. The home's "waiting for me" is this list.
 */
export async function waitingFor(payload: Payload, user: User, limit = 50, withSummary = true): Promise<Waiting[]> {
  if (!user) return []
  const positionIds = (user.positions ?? []).map(idOf).filter((id) => id != null)
  const { docs } = positionIds.length ? await payload.find({ collection: 'positions', where: { id: { in: positionIds } }, depth: 0, pagination: false, overrideAccess: true }) : { docs: [] }
  const mine = docs.map((p) => p.slug as string)
  const req = { payload }
  const headed = await departmentsHeadedBy(req, user.id, siteIds(user))
  if (!mine.length && !headed.length) return []
  const lang = user.language ?? 'zh'
  const result: Waiting[] = []
  const cache: ApproverCache = new Map()
  for (const form of approvalForms(payload)) {
    const spec = form.approval!
    // Candidates: a step whose position I hold; any step when I hold a position above it (the step goes
    // up when it would name only the record's own person); a department's step of a department I head.
    const above = abovePositions(spec).some((p) => mine.includes(p))
    const steps = spec.chain.flatMap((step, i): Where[] => {
      const any: Where[] = []
      if (above || mine.includes(stepPosition(step))) any.push({ approvalStep: { equals: i } })
      const of = stepOf(step)
      if (of && headed.length) any.push({ and: [{ approvalStep: { equals: i } }, { [of]: { in: headed } }] })
      return any
    })
    if (!steps.length) continue
    const named: Record<string, unknown>[] = []
    for (let page = 1; named.length < limit; page++) {
      const found = await payload.find({
        collection: form.slug as never,
        where: { and: [{ approvalStatus: { equals: 'pending' } }, { site: { in: siteIds(user) } }, { or: steps }] },
        sort: 'createdAt',
        depth: 0,
        limit: 100,
        page,
        overrideAccess: true,
      })
      for (const doc of found.docs as Record<string, unknown>[]) {
        if (named.length < limit && (await isApprover(req, spec, doc as never, user.id, cache))) named.push(doc)
      }
      if (!found.hasNextPage) break
    }
    for (const doc of named) {
      // Issue 11 item 4: the value now beside the value asked for, and every earlier signature with its comment.
      const { title, rows, compare, signatures } = withSummary
        ? await approvalView(payload, form.slug, doc.id as number, lang)
        : { title: `${pick(form.label, lang)} #${doc.id}`, rows: [], compare: [], signatures: [] }
      result.push({
        slug: form.slug,
        form: pick(form.label, lang),
        id: doc.id as number,
        title,
        round: Number(doc.approvalRound),
        step: Number(doc.approvalStep),
        position: String(doc.approvalPosition),
        submittedAt: String(doc.createdAt),
        rows,
        compare,
        signatures,
      })
    }
  }
  return result.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
}

export type Published = { id: number; title: string; createdAt: string; status: string; recipients: number; pending: string[] }

/** WF-02: the messages I sent, newest first, with who has not confirmed each. */
export async function publishedBy(payload: Payload, user: User, limit = 50): Promise<Published[]> {
  if (!user) return []
  // With the person's access: a message of a site they no longer work at is not listed.
  const { docs } = await payload.find({ collection: 'messages', where: { sender: { equals: user.id } }, select: { title: true, status: true, recipients: true, createdAt: true }, sort: '-createdAt', depth: 0, limit, overrideAccess: false, user: { ...user, collection: 'staff' } })
  const pending = await pendingNamesOf({ payload, user: { ...user, collection: 'staff' } } as never, docs.map((m) => m.id as number))
  return docs.map((m) => ({
    id: m.id as number,
    title: String(m.title),
    createdAt: String(m.createdAt),
    status: String(m.status),
    recipients: ((m.recipients as unknown[]) ?? []).length,
    pending: pending.get(m.id as number) ?? [],
  }))
}

/** WF-01: how many of my messages I have not read yet. */
export async function unreadCount(payload: Payload, user: User): Promise<number> {
  if (!user) return 0
  const { totalDocs } = await payload.count({ collection: 'message-receipts', where: { and: [{ recipient: { equals: user.id } }, { state: { equals: 'unread' } }] }, overrideAccess: false, user: { ...user, collection: 'staff' } })
  return totalDocs
}
