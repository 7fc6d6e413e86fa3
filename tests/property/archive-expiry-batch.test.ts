/**
 * PROP-03 / JOB-01, issue 15 item 4: the `expiry` deadline of reading grants moves its due grants to
 * `expired` set-wise (hooks/lifecycle/batch.ts `transitionMany`: the form declares `lifecycle.batch`,
 * its only notify rule fires on approval, the transition has no effects). The statements of a sweep do
 * not grow with the number of due grants, and a batch leaves each grant exactly as a grant expired
 * alone (a sweep with one due grant goes a record at a time): the same fields, the same audit rows.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { createLocalReq } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { useWorld } from '../helpers/world'
import { makeEstate, makeOwner } from './estate-fixture'
import { declaredDeadline, runDeadline } from '../../hooks/deadlines'

const w = useWorld({ sites: [{ type: 'property' }] })
let archive: number

type Row = Record<string, any>
const db = () => (w.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle

// Every statement the app sends goes through pg's Client.
let statements = 0
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++
  return query.apply(this, args)
} as never

/** A grant asked by the desk, approved by the director and registered by the archive keeper. */
async function registered(): Promise<number> {
  const asked = await w.desk.post('/api/archive-grants', { site: w.site, archive, reason: '业主委托办理过户,需核对授权书', workingDays: 1 })
  expect(asked.status).toBe(201)
  const id = asked.body.doc.id as number
  expect((await (await w.as('office-director')).post(`/api/archive-grants/${id}/decide`, { decision: 'approved', comment: '同意查阅' })).status).toBe(200)
  expect((await (await w.as('archive-keeper')).post(`/api/archive-grants/${id}/transition`, { to: 'registered' })).status).toBe(200)
  return id
}

/** The grants pass their end (through Payload: the due column follows). */
async function pass(ids: number[]) {
  for (const id of ids) await w.payload.update({ collection: 'archive-grants', id, data: { validUntil: new Date(Date.now() - 60_000).toISOString() } as never, overrideAccess: true })
}

const sweep = async () => {
  const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
  const before = statements
  const run = await runDeadline({ payload: w.payload, req, now: new Date() }, 'archive-grants', declaredDeadline(w.payload, 'archive-grants', 'expiry'))
  return { ...run, statements: statements - before }
}

const grant = (id: number) => w.payload.findByID({ collection: 'archive-grants', id, depth: 0, overrideAccess: true }) as Promise<Row>
const lastAuditId = async () => Number((await db().execute(sql`SELECT coalesce(max(id), 0) AS id FROM audit_log`)).rows[0].id)

async function trail(id: number, since: number) {
  const { docs } = await w.payload.find({
    collection: 'audit-log',
    where: { and: [{ collection: { equals: 'archive-grants' } }, { recordId: { equals: String(id) } }, { id: { greater_than: since } }] },
    sort: 'id', depth: 0, limit: 20, overrideAccess: true,
  })
  return (docs as Row[]).map((r) => ({ action: r.action, from: r.from ?? null, to: r.to ?? null, note: r.note ?? null, channel: r.channel, actor: r.actor ?? null, backEntry: r.backEntry, site: r.site, changes: dueAsKind(r.changes) }))
}

/** Each grant's own due moment (the `from` of its due column's change) replaced by its kind. */
const dueAsKind = (changes: Row | null) =>
  changes?.expiryDueAt ? { ...changes, expiryDueAt: { from: typeof changes.expiryDueAt.from, to: changes.expiryDueAt.to } } : (changes ?? null)

beforeAll(async () => {
  const { units } = await makeEstate(w.payload, w.site)
  const owner = await makeOwner(w.payload, w.site, units[0]!)
  const res = await (await w.as('archive-keeper')).post('/api/owner-files', { site: w.site, unit: units[0], owner, items: [{ document: 'sign-off', present: true }] })
  expect(res.status).toBe(201)
  archive = res.body.doc.id
})

describe('PROP-03 reading grants expire set-wise', () => {
  it('PROP-03 JOB-01 a batch of expired grants is moved in a number of statements that does not grow with the batch, each left as a grant expired alone (fields, audit rows)', async () => {
    const alone = await registered()
    const three = [await registered(), await registered(), await registered()]
    const seven: number[] = []
    for (let i = 0; i < 7; i++) seven.push(await registered())

    await pass([alone])
    let since = await lastAuditId()
    const a = await sweep() // one due: a record at a time
    expect(a).toMatchObject({ acted: 1, failed: 0 })
    const reference = await grant(alone)
    const referenceTrail = await trail(alone, since)

    await pass(three)
    since = await lastAuditId()
    const b = await sweep()
    const threeTrails = await Promise.all(three.map((id) => trail(id, since)))
    await pass(seven)
    const since7 = await lastAuditId()
    const c = await sweep()
    expect([b.acted, c.acted, b.failed + c.failed]).toEqual([3, 7, 0])
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThan(a.statements * 3)

    expect(reference.status).toBe('expired')
    expect(reference.expiryDueAt).toBeNull()
    expect(referenceTrail.map((r) => r.action)).toEqual(['update', 'transition'])
    const same = (doc: Row) => ({ status: doc.status, expiryDueAt: doc.expiryDueAt, approvalVersion: doc.approvalVersion, approvalStatus: doc.approvalStatus, archiveTitle: doc.archiveTitle })
    for (const [i, id] of [...three, ...seven].entries()) {
      expect(same(await grant(id))).toEqual(same(reference))
      const rows = i < 3 ? threeTrails[i] : await trail(id, since7)
      expect(rows).toEqual(referenceTrail)
    }
    expect(await sweep()).toMatchObject({ acted: 0, read: 0 })
  })
})
