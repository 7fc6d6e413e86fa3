/**
 * PROP-14 / JOB-01, issue 15 item 4: the key loans' `due` deadline for a batch of loans out for more than
 * a week is set-wise — the 借匙催還單 in one INSERT, the loans moved to overdue and the keys shown
 * overdue in one transition each, the borrowing departments' heads told by `tellMany` — on the first
 * day (the loans move) and on every day after (they are overdue already: only the bookkeeping and a
 * new notice). A sweep's statements do not grow with the batch, and every notice, key, loan, message
 * and audit row is the one written for a loan swept alone (a site with one loan due is swept a record
 * at a time); the notices are the rows Payload's create writes.
 */
import { describe, expect, it } from 'vitest'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'
import { createAudited } from '../../hooks/lifecycle/batch'
import { lastAuditId, messagesWrittenAbout, sweepCounted, trailSince } from '../helpers/statements'
import { useWorld } from '../helpers/world'
import { keyPlace, putKey, type KeyPlace } from './keys-fixture'

const w = useWorld({ sites: [{ type: 'property' }] })

type Row = Record<string, any>
const rows = async (query: ReturnType<typeof sql>) => (await (w.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle.execute(query)).rows

// Lent on Monday 2 November 2026 at 23:30 in Shanghai (15:30 UTC): due on 9 November at 23:30 there.
const LENT = '2026-11-02T15:30:00.000Z'

type Office = { site: number; place: KeyPlace; people: Record<number, string>; loans: number[]; keys: number[] }

/** A fresh property site with a department head, and `n` keys lent to its engineering department. */
async function office(n: number, prefix: string): Promise<Office> {
  const fresh = await w.freshSite({ type: 'property' })
  const head = await fresh.holder('department-head')
  const place = await keyPlace(w.payload, w.positions, fresh.site, prefix)
  const loans: number[] = []
  const keys: number[] = []
  for (let i = 0; i < n; i++) {
    const key = await putKey(w.payload, fresh.site, place.units[i % 7], `${prefix}-${100 + i}`, `A-${i}`, 2)
    const loan = await w.payload.create({
      collection: 'key-loans',
      data: { site: fresh.site, key: key.id, quantity: 2, lentAt: LENT, borrowerKind: 'staff', borrowerName: '王师傅', workId: 'GC-3307', department: place.departments.engineering, borrowerSigned: true } as never,
      overrideAccess: true,
      depth: 0,
    })
    loans.push(Number(loan.id))
    keys.push(key.id)
  }
  return { site: fresh.site, place, people: { [head.id]: 'head' }, loans, keys }
}

/** A record's own words made alike across sites: its key number and unit, its notice's id. */
const alike = (value: unknown, from: Record<string, string>) => {
  let json = JSON.stringify(value)
  for (const [a, b] of Object.entries(from)) json = json.replaceAll(a, b)
  return JSON.parse(json.replace(/key-reminders\/\d+\/print/g, 'key-reminders/N/print'))
}

/** What a day's sweep wrote about loan `i` of an office: the loan's and the key's trail, its notices (as stored) and the messages about them. */
async function wrote(o: Office, i: number, since: number, prefix: string) {
  const notices = await rows(sql`SELECT * FROM key_reminders WHERE loan_id = ${o.loans[i]} AND id IN (SELECT record_id::int FROM audit_log WHERE collection = 'key-reminders' AND id > ${since}) ORDER BY id`)
  const messages = []
  for (const n of notices) messages.push(...(await messagesWrittenAbout(w.payload, 'key-reminders', n.id, since, o.people)))
  const noticeTrail = []
  for (const n of notices) noticeTrail.push(...(await trailSince(w.payload, 'key-reminders', n.id, since, (c) => ({ ...c, id: 'N', site: 'S', loan: 'L', department: 'D', createdAt: undefined, updatedAt: undefined }))))
  const loan = (await rows(sql`SELECT * FROM key_loans WHERE id = ${o.loans[i]}`))[0]
  const key = (await rows(sql`SELECT status FROM keys WHERE id = ${o.keys[i]}`))[0]
  return alike(
    {
      loan: { ...loan, id: 'L', site_id: 'S', key_id: 'K', department_id: 'D', updated_at: undefined, created_at: undefined },
      loanTrail: (await trailSince(w.payload, 'key-loans', o.loans[i], since, (c) => ({ ...c, updatedAt: undefined }))).map((r) => ({ ...r, site: 'S' })),
      key,
      keyTrail: (await trailSince(w.payload, 'keys', o.keys[i], since, (c) => ({ ...c, updatedAt: undefined }))).map((r) => ({ ...r, site: 'S' })),
      notices: notices.map((n) => ({ ...n, id: 'N', loan_id: 'L', site_id: 'S', department_id: 'D', created_at: undefined, updated_at: undefined })),
      noticeTrail: noticeTrail.map((r) => ({ ...r, site: 'S' })),
      messages: messages.map((m) => ({ ...m, trail: m.trail.map((t: Row) => ({ ...t, occurred_at: undefined })) })),
    },
    { [`${prefix}-${100 + i}`]: 'KEY', [`${prefix}1-1-${301 + (i % 7)}`]: 'UNIT' },
  )
}

describe('PROP-14 JOB-01 overdue key loans are reminded set-wise', () => {
  it('PROP-14 JOB-01 a batch of loans out for more than a week is moved to overdue, noticed and told in a number of statements that does not grow with the batch, on the first day and every day after, each as for a loan swept alone', async () => {
    const one = await office(1, 'KA')
    const four = await office(4, 'KB')
    const twelve = await office(12, 'KC')
    const offices: [Office, string][] = [
      [one, 'KA'],
      [four, 'KB'],
      [twelve, 'KC'],
    ]

    for (const [day, now] of [
      ['first', new Date('2026-11-09T15:40:00.000Z')],
      ['second', new Date('2026-11-10T15:40:00.000Z')],
    ] as const) {
      const since = await lastAuditId(w.payload)
      const sweep = (site: number) => sweepCounted(w.payload, 'key-loans', 'due', now, site)
      const a = await sweep(one.site)
      const b = await sweep(four.site)
      const c = await sweep(twelve.site)
      expect([a, b, c].map((r) => [r.acted, r.read, r.failed]), day).toEqual([[1, 1, 0], [4, 4, 0], [12, 12, 0]])
      expect(c.statements, day).toBe(b.statements)
      expect(c.statements, day).toBeLessThanOrEqual(40)

      const reference = await wrote(one, 0, since, 'KA')
      expect(reference.loan, day).toMatchObject({ status: 'overdue', overdue: true })
      expect(reference.key, day).toEqual({ status: 'overdue' })
      expect(reference.notices, day).toHaveLength(1)
      expect(reference.notices[0], day).toMatchObject({ round: day === 'first' ? '1' : '2', days_out: day === 'first' ? '7' : '8', key_number: 'KEY', department_name: '工程部', borrower_name: '王师傅' })
      expect(reference.messages.map((m: Row) => [m.message.title, m.recipients.map((r: Row) => r.staff_id)]), day).toEqual([[`借匙催还单:钥匙 KEY 借出已 ${day === 'first' ? 7 : 8} 天`, ['head']]])
      expect(reference.messages[0].message.body, day).toContain('2026-11-02 23:30') // the loan's moment in Shanghai
      expect(reference.loanTrail.map((r: Row) => [r.action, r.to, r.note]), day).toEqual(
        day === 'first' ? [['update', null, null], ['transition', 'overdue', 'deadline:due']] : [['update', null, null]],
      )
      expect(reference.keyTrail.map((r: Row) => [r.action, r.to]), day).toEqual(day === 'first' ? [['update', null], ['transition', 'overdue']] : [])
      for (const [o, prefix] of offices.slice(1)) for (const i of o.loans.keys()) expect(await wrote(o, i, since, prefix), `${day} ${prefix} ${i}`).toEqual(reference)
    }
    expect(await sweepCounted(w.payload, 'key-loans', 'due', new Date('2026-11-10T15:45:00.000Z'), twelve.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })

  it('PROP-14 JOB-01 the notices written set-wise are the rows and audit rows Payload’s create of each writes', async () => {
    const o = await office(1, 'KD')
    const data = {
      site: o.site,
      loan: o.loans[0],
      round: 3,
      issuedAt: '2026-11-11T15:40:00.000Z',
      keyNumber: 'KD-100',
      unitCode: 'KD1-1-301',
      quantity: 2,
      borrowerName: '王师傅',
      workId: 'GC-3307',
      department: o.place.departments.engineering,
      departmentName: '工程部',
      lentAt: LENT,
      daysOut: 9,
    }
    const since = await lastAuditId(w.payload)
    const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
    const [setWise] = await createAudited(req, 'key-reminders', [data])
    const viaPayload = await w.payload.create({ collection: 'key-reminders', data: data as never, overrideAccess: true, depth: 0, req })
    const stored = async (id: unknown) => ({ ...(await rows(sql`SELECT * FROM key_reminders WHERE id = ${Number(id)}`))[0], id: undefined, created_at: undefined, updated_at: undefined })
    expect(await stored(setWise.id)).toEqual(await stored(viaPayload.id))
    const trail = async (id: unknown) => trailSince(w.payload, 'key-reminders', Number(id), since, (c) => ({ ...c, id: undefined, createdAt: undefined, updatedAt: undefined }))
    expect(await trail(setWise.id)).toEqual(await trail(viaPayload.id))
    expect(await trail(setWise.id)).toHaveLength(1)
    // A value the form refuses is refused through Payload, not written.
    await expect(createAudited(req, 'key-reminders', [{ ...data, keyNumber: 'K'.repeat(41) }])).rejects.toThrow()
    expect((await rows(sql`SELECT count(*)::int AS n FROM key_reminders WHERE key_number = ${'K'.repeat(41)}`))[0].n).toBe(0)
  })
})
