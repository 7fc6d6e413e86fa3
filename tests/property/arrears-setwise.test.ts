/**
 * PROP-04 / JOB-01, issue 15 item 4: the arrears' `followUp` deadline for a batch of owners in arrears is
 * set-wise — flagged, moved on 15 days and their titles refreshed in one UPDATE, the audit rows in one
 * INSERT, the customer-service assistants told in one go — with what the form's own hook does on that
 * write done for the batch (`arrearsUpkeepMany`): the unit's current owner filled in when none is named,
 * the title showing the owner's name as it is now. A sweep's statements do not grow with the batch, and
 * every arrears row, audit row and message is the one written for arrears swept alone (a site with one
 * due is swept a record at a time, through the hook).
 */
import { describe, expect, it } from 'vitest'
import { sql } from '@payloadcms/db-postgres'
import { lastAuditId, messagesWrittenAbout, sweepCounted, trailSince } from '../helpers/statements'
import { useWorld } from '../helpers/world'

const w = useWorld({ sites: [{ type: 'property' }] })

type Row = Record<string, any>
const rows = async (query: ReturnType<typeof sql>) => (await (w.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle.execute(query)).rows

// Owed since 1 September 2026: the first follow-up is due a month on, 1 October at 08:30 in Shanghai (00:30 UTC).
const SINCE = '2026-09-01'

type Office = { site: number; people: Record<number, string>; arrears: number[]; owners: number[]; prefix: string }

/**
 * A fresh property site with a customer-service assistant and `n` units in arrears, entered before the
 * unit had a current owner on file (no owner named, the title the unit's code alone); each unit's owner
 * 李四 recorded afterwards.
 */
async function office(n: number, prefix: string): Promise<Office> {
  const fresh = await w.freshSite({ type: 'property' })
  const assistant = await fresh.holder('cs-assistant')
  const building = await w.payload.create({ collection: 'estate-buildings', data: { name: `${prefix}号楼`, floors: 18, site: fresh.site } as never, overrideAccess: true })
  const arrears: number[] = []
  const owners: number[] = []
  for (let i = 0; i < n; i++) {
    const unit = await w.payload.create({ collection: 'units', data: { building: building.id, code: `${prefix}-1-${301 + i}`, floor: 3, area: 98.5, occupied: true, site: fresh.site } as never, overrideAccess: true })
    const owed = await w.payload.create({ collection: 'arrears', data: { site: fresh.site, unit: unit.id, feeType: 'management', amount: 1260, since: SINCE, source: '财务部10月欠费清单' } as never, overrideAccess: true, depth: 0 })
    const owner = await w.payload.create({ collection: 'owners', data: { unit: unit.id, name: '李四', phone: '139 1000 2000', idNumber: '110101198001011234', site: fresh.site } as never, overrideAccess: true })
    arrears.push(Number(owed.id))
    owners.push(Number(owner.id))
  }
  return { site: fresh.site, people: { [assistant.id]: 'assistant' }, arrears, owners, prefix }
}

/** A record's own words made alike across sites: its unit's code. */
const alike = (value: unknown, o: Office, i: number) => JSON.parse(JSON.stringify(value).replaceAll(`${o.prefix}-1-${301 + i}`, 'UNIT'))

/** What a sweep wrote about arrears `i` of an office: the row as stored, its trail and the messages about it. */
async function wrote(o: Office, i: number, since: number) {
  const stored = (await rows(sql`SELECT * FROM arrears WHERE id = ${o.arrears[i]}`))[0]
  return alike(
    {
      arrears: { ...stored, id: 'A', site_id: 'S', unit_id: 'U', owner_id: stored.owner_id === o.owners[i] ? 'its owner' : stored.owner_id, updated_at: undefined, created_at: undefined },
      trail: (await trailSince(w.payload, 'arrears', o.arrears[i], since, (c) => ({ ...c, owner: c?.owner && { ...c.owner, to: c.owner.to === o.owners[i] ? 'its owner' : c.owner.to }, updatedAt: undefined }))).map((r) => ({ ...r, site: 'S' })),
      messages: (await messagesWrittenAbout(w.payload, 'arrears', o.arrears[i], since, o.people)).map((m) => ({ ...m, trail: m.trail.map((t: Row) => ({ ...t, occurred_at: undefined })) })),
    },
    o,
    i,
  )
}

describe('PROP-04 JOB-01 arrears are followed up set-wise', () => {
  it('PROP-04 JOB-01 a batch of arrears due a follow-up is flagged, moved on 15 days and told, its owners filled in and titles refreshed, in statements that do not grow with the batch, each as for arrears swept alone', async () => {
    const one = await office(1, 'QA')
    const four = await office(4, 'QB')
    const twelve = await office(12, 'QC')
    const offices = [one, four, twelve]
    expect((await rows(sql`SELECT title, owner_id FROM arrears WHERE id = ${one.arrears[0]}`))[0]).toEqual({ title: 'QA-1-301', owner_id: null })

    for (const [day, now, name] of [
      ['first', new Date('2026-10-01T01:00:00.000Z'), '李四'],
      ['second', new Date('2026-10-17T01:00:00.000Z'), '李思'],
    ] as const) {
      if (day === 'second') for (const o of offices) for (const owner of o.owners) await w.payload.update({ collection: 'owners', id: owner, data: { name } as never, overrideAccess: true })
      const since = await lastAuditId(w.payload)
      const a = await sweepCounted(w.payload, 'arrears', 'followUp', now, one.site)
      const b = await sweepCounted(w.payload, 'arrears', 'followUp', now, four.site)
      const c = await sweepCounted(w.payload, 'arrears', 'followUp', now, twelve.site)
      expect([a, b, c].map((r) => [r.acted, r.read, r.failed]), day).toEqual([[1, 1, 0], [4, 4, 0], [12, 12, 0]])
      expect(c.statements, day).toBe(b.statements)
      expect(c.statements, day).toBeLessThanOrEqual(30)

      const reference = await wrote(one, 0, since)
      expect(reference.arrears, day).toMatchObject({ title: `UNIT ${name}`, owner_id: 'its owner', follow_up_overdue: true, since_text: SINCE })
      // Due again 15 days on, at the same time of day (1 Oct → 16 Oct → 31 Oct, 08:30 in Shanghai).
      expect(new Date(reference.arrears.follow_up_due_at).toISOString(), day).toBe(day === 'first' ? '2026-10-16T00:30:00.000Z' : '2026-10-31T00:30:00.000Z')
      expect(reference.trail.map((r: Row) => [r.action, Object.keys(r.changes).sort()]), day).toEqual([
        ['update', day === 'first' ? ['followUpDueAt', 'followUpOverdue', 'owner', 'title'] : ['followUpDueAt', 'title']],
      ])
      expect(reference.messages.map((m: Row) => [m.message.title, m.receipts.map((r: Row) => r.recipient_id)]), day).toEqual([[`欠费跟踪:UNIT ${name} 已到期未跟踪`, ['assistant']]])
      for (const o of offices.slice(1)) for (const i of o.arrears.keys()) expect(await wrote(o, i, since), `${day} ${o.prefix} ${i}`).toEqual(reference)
    }
    expect(await sweepCounted(w.payload, 'arrears', 'followUp', new Date('2026-10-17T01:05:00.000Z'), twelve.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })

  it('PROP-04 arrears pointing at another site’s unit take nothing of it when swept set-wise: no title from it, no owner looked up for it', async () => {
    const mine = await office(2, 'QD')
    const theirs = await office(1, 'QE')
    // Arrears pointing at another site's unit (no door lets anyone write this; only the database could): the title shows nothing of it.
    await rows(sql`UPDATE arrears SET unit_id = (SELECT unit_id FROM arrears WHERE id = ${theirs.arrears[0]}) WHERE id = ${mine.arrears[1]}`)
    const swept = await sweepCounted(w.payload, 'arrears', 'followUp', new Date('2026-10-01T01:00:00.000Z'), mine.site)
    expect([swept.acted, swept.failed]).toEqual([2, 0])
    const titles = await rows(sql`SELECT id, title, owner_id FROM arrears WHERE id IN (${mine.arrears[0]}, ${mine.arrears[1]}) ORDER BY id`)
    expect(titles[0]).toMatchObject({ title: 'QD-1-301 李四', owner_id: mine.owners[0] })
    expect(titles[1]).toMatchObject({ title: '', owner_id: null })
  })
})
