/**
 * JOB-01, WF-01, issue 15 item 4: a deadline that sends a work message about each due record sends the
 * batch's messages set-wise (hooks/notify/messages.ts `sendMessages`: the messages, their recipients,
 * the receipts and the audit rows each in one INSERT; the holders of a position at a site looked up
 * once). Proved on OFFICE-02's closing deadline (visitors still signed in at closing: a flag and a
 * message to the front desk in each recipient's language): the statements of a sweep do not grow with
 * the number of due records, and every message, recipient row, receipt and audit row is the one
 * Payload's own create writes for a record swept alone (a site with one due record is swept a record
 * at a time, through `sendMessage`).
 */
import { describe, expect, it } from 'vitest'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { sendMessage, sendMessages, type MessageInput } from '../../hooks/notify/messages'
import { L } from '../../src/lib/i18n'
import { lastAuditId, messagesOf, messagesWrittenAbout, sweepCounted } from '../helpers/statements'
import { useWorld } from '../helpers/world'

const w = useWorld({ sites: [{ type: 'office' }], holders: ['front-desk'] })

type Row = Record<string, any>
const db = () => (w.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle
const rows = async (query: ReturnType<typeof sql>) => (await db().execute(query)).rows

// 20:00 in Shanghai, after the site's closing time (17:30) of the day the visitors came in (09:00).
const now = new Date('2026-03-02T12:00:00Z')
const timeIn = '2026-03-02T01:00:00.000Z'

/** An office site with two holders of the front desk: one reads Chinese, one English. */
async function officeWithDesk() {
  const fresh = await w.freshSite({ type: 'office' })
  const zh = await fresh.holder('front-desk')
  const en = await w.hire({ sites: [fresh.site], positions: ['front-desk'], language: 'en', name: '前台英文员工' })
  return { site: fresh.site, zh, en }
}

/** `n` visitors signed in at `site` since 09:00, still there at closing. */
async function visitorsIn(site: number, host: number, n: number): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    const doc = await w.payload.create({
      collection: 'visitor-log',
      data: { site, visitorName: `访客${i}`, company: '华东设计院', host, status: 'in', timeIn } as never,
      overrideAccess: true,
      depth: 0,
    })
    ids.push(Number(doc.id))
  }
  return ids
}

const sweep = (site: number) => sweepCounted(w.payload, 'visitor-log', 'closing', now, site)

const writtenAbout = (visitor: number, since: number, people: Record<number, string>, collection = 'visitor-log') =>
  messagesWrittenAbout(w.payload, collection, visitor, since, people)

describe('JOB-01 WF-01 a deadline’s work messages are sent set-wise', () => {
  it('JOB-01 WF-01 OFFICE-02 a batch of visitors still in at closing gets its messages in a number of statements that does not grow with the batch, each message, recipient, receipt and audit row as Payload writes it for a visitor swept alone', async () => {
    const one = await officeWithDesk()
    const four = await officeWithDesk()
    const twelve = await officeWithDesk()
    const [alone] = await visitorsIn(one.site, one.zh.id, 1)
    const few = await visitorsIn(four.site, four.zh.id, 4)
    const many = await visitorsIn(twelve.site, twelve.zh.id, 12)
    const since = await lastAuditId(w.payload)

    const a = await sweep(one.site) // one due: a record at a time, through Payload's create of each message and receipt
    const b = await sweep(four.site)
    const c = await sweep(twelve.site)
    expect([a.acted, b.acted, c.acted, a.failed + b.failed + c.failed]).toEqual([1, 4, 12, 0])
    // The batch's statements are the same for 4 and for 12 due.
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThanOrEqual(20)
    expect(a.statements).toBeGreaterThan(c.statements) // the record at a time pays per message, receipt and row

    const reference = await writtenAbout(alone, since, { [one.zh.id]: 'zh', [one.en.id]: 'en' })
    // Two messages (one per language), each to its reader, each with its receipt and their trail.
    expect(reference.map((m) => [m.message.title, m.recipients.map((r: Row) => r.staff_id)]).sort()).toEqual([
      ['Still signed in at closing: 访客0', ['en']],
      ['下班时访客仍未签退:访客0', ['zh']],
    ])
    expect(reference.every((m) => m.receipts.length === 1 && m.trail.length === 2)).toBe(true)
    for (const [site, visitors] of [[four, few], [twelve, many]] as const) {
      for (const [i, id] of visitors.entries()) {
        const written = await writtenAbout(id, since, { [site.zh.id]: 'zh', [site.en.id]: 'en' })
        const expected = JSON.parse(JSON.stringify(reference).replaceAll('访客0', `访客${i}`))
        expect(written).toEqual(expected)
      }
    }
    expect(await sweep(twelve.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })

  it('JOB-01 WF-01 OFFICE-02 a batch whose message has nobody to go to is rolled back whole: no visitor flagged, no message, each visitor left due and logged as failed', async () => {
    const fresh = await w.freshSite({ type: 'office' })
    // Nobody holds the front desk there any more: its one holder has left.
    await w.payload.update({ collection: 'staff', id: (await fresh.holder('front-desk')).id, data: { active: false } as never, overrideAccess: true, depth: 0 })
    const host = await w.hire({ sites: [fresh.site] })
    const visitors = await visitorsIn(fresh.site, host.id, 3)
    expect(await sweep(fresh.site)).toMatchObject({ acted: 0, read: 3, failed: 3 })
    for (const id of visitors) {
      const doc = (await w.payload.findByID({ collection: 'visitor-log', id, depth: 0, overrideAccess: true })) as Row
      expect({ stillIn: doc.stillIn, due: doc.closingDueAt !== null }).toEqual({ stillIn: false, due: true })
    }
    expect(await rows(sql`SELECT id FROM messages WHERE related_collection = 'visitor-log' AND related_id IN (${sql.join(visitors.map(String), sql`, `)})`)).toEqual([])
    // The refusal names the position as the desk calls it, in the reader's language, never its slug.
    const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
    await expect(sendMessages(req, [{ site: fresh.site, title: '测试', to: ['front-desk'] }])).rejects.toThrow('这条消息没有收件人:前台 在本站点目前没有人担任')
  })

  it('JOB-01 WF-01 MEMBER-06 messages each to the person its record names: the staff of a batch are looked up together, and each message, receipt and audit row is the one sendMessage writes alone', async () => {
    const { site } = await officeWithDesk()
    const people = await Promise.all(Array.from({ length: 13 }, (_, i) => w.hire({ sites: [site], name: `员工${i}`, language: i % 2 ? 'en' : 'zh' })))
    const title = L('請閱讀並確認新版「{scriptTitle}」', 'Please read and acknowledge “{scriptTitle}”')
    const input = (n: number): MessageInput => {
      const record = { id: 900_000 + n, site, staff: people[n].id, scriptTitle: `服务忌语 ${n}` }
      return { site, title, to: [{ field: 'staff' }], related: { collection: 'acknowledgements', id: record.id }, record, values: record }
    }
    const since = await lastAuditId(w.payload)
    const send = async (inputs: MessageInput[]) => {
      const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
      expect(await initTransaction(req)).toBe(true)
      let sent: Awaited<ReturnType<typeof sendMessages>>
      const statements = await messagesOf(async () => {
        sent = inputs.length === 1 ? [await sendMessage(w.payload, inputs[0], req)] : await sendMessages(req, inputs)
        await commitTransaction(req)
      })
      return { sent: sent!, statements: statements.length }
    }
    const alone = [await send([input(0)]), await send([input(1)])]
    const four = await send([2, 3, 4, 5].map(input))
    const seven = await send([6, 7, 8, 9, 10, 11, 12].map(input))
    // A batch costs the same statements for 4 messages as for 7, fewer than one message sent alone.
    expect(seven.statements).toBe(four.statements)
    expect(four.statements).toBeLessThan(Math.min(...alone.map((a) => a.statements)))
    expect(four.sent!.map((s) => s.recipients.map((p) => p.id))).toEqual([2, 3, 4, 5].map((n) => [people[n].id]))
    const name = Object.fromEntries(people.map((p, i) => [p.id, i % 2 ? 'en' : 'zh']))
    const reference = [await writtenAbout(900_000, since, name, 'acknowledgements'), await writtenAbout(900_001, since, name, 'acknowledgements')]
    expect(reference.map((r) => r.map((m) => m.message.title))).toEqual([['请阅读并确认新版「服务忌语 0」'], ['Please read and acknowledge “服务忌语 1”']])
    for (let n = 2; n < 13; n++) {
      const expected = JSON.parse(JSON.stringify(reference[n % 2]).replaceAll(`服务忌语 ${n % 2}`, `服务忌语 ${n}`))
      expect(await writtenAbout(900_000 + n, since, name, 'acknowledgements')).toEqual(expected)
    }
  })

  it('JOB-01 WF-03 a gated message is never sent set-wise (its receipts are chased from their creation): nothing is written and the caller sends it record by record', async () => {
    const { site } = await officeWithDesk()
    const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
    const before = await rows(sql`SELECT count(*)::int AS n FROM messages`)
    expect(await sendMessages(req, [{ site, title: '门禁确认', to: ['front-desk'], gate: true }])).toBeUndefined()
    expect(await rows(sql`SELECT count(*)::int AS n FROM messages`)).toEqual(before)
  })
})
