/**
 * What the workflow views show, for one signed-in person (custom views are public by default: every
 * function starts from the user and their sites and positions).
 * WF-07: forms waiting for me; WF-02: my published tasks with who has not confirmed; WF-01: unread count.
 */
import type { Payload } from 'payload'
import { approvalView, type CompareRow, type Row, type SignatureRow } from '../../../hooks/approval/summary'
import type { FormSpec } from '../../../hooks/form/types'
import { idOf } from '../../lib/hooks'
import { pick } from '../../lib/i18n'
import { unconfirmed, visibleNames } from '../../../hooks/notify/messages'

type User = { id: number; language?: string; positions?: unknown[]; sites?: { site: unknown }[] } | null | undefined

export type Waiting = { slug: string; form: string; id: number; title: string; round: number; step: number; position: string; submittedAt: string; rows: Row[]; compare: CompareRow[]; signatures: SignatureRow[] }

const approvalForms = (payload: Payload) =>
  payload.config.collections.flatMap((c) => {
    const form = (c.custom as { form?: FormSpec } | undefined)?.form
    return form?.approval ? [form] : []
  })

const siteIds = (user: NonNullable<User>) => (user.sites ?? []).map((s) => idOf(s.site)).filter((id) => id != null)

/** WF-07: pending forms whose current position I hold, at my sites. */
export async function waitingFor(payload: Payload, user: User, limit = 50, withSummary = true): Promise<Waiting[]> {
  if (!user) return []
  const positionIds = (user.positions ?? []).map(idOf).filter((id) => id != null)
  if (!positionIds.length) return []
  const { docs } = await payload.find({ collection: 'positions', where: { id: { in: positionIds } }, depth: 0, overrideAccess: true })
  const mine = docs.map((p) => p.slug as string)
  const lang = user.language ?? 'zh'
  const result: Waiting[] = []
  for (const form of approvalForms(payload)) {
    const found = await payload.find({
      collection: form.slug as never,
      where: { and: [{ approvalStatus: { equals: 'pending' } }, { approvalPosition: { in: mine } }, { site: { in: siteIds(user) } }] },
      sort: 'createdAt',
      depth: 0,
      limit,
      overrideAccess: true,
    })
    for (const doc of found.docs as Record<string, unknown>[]) {
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
  const { docs } = await payload.find({ collection: 'messages', where: { sender: { equals: user.id } }, sort: '-createdAt', depth: 0, limit, overrideAccess: false, user: { ...user, collection: 'staff' } })
  const req = { payload } as never
  return Promise.all(
    docs.map(async (m) => ({
      id: m.id as number,
      title: String(m.title),
      createdAt: String(m.createdAt),
      status: String(m.status),
      recipients: ((m.recipients as unknown[]) ?? []).length,
      pending: await visibleNames(payload, { ...user, collection: 'staff' }, await unconfirmed(req, { message: m.id as number })),
    })),
  )
}

/** WF-01: how many of my messages I have not read yet. */
export async function unreadCount(payload: Payload, user: User): Promise<number> {
  if (!user) return 0
  const { totalDocs } = await payload.count({ collection: 'message-receipts', where: { and: [{ recipient: { equals: user.id } }, { state: { equals: 'unread' } }] }, overrideAccess: false, user: { ...user, collection: 'staff' } })
  return totalDocs
}
