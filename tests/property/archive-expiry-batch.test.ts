/**
 * PROP-03 / JOB-01, issue 15 item 4: the `expiry` deadline of reading grants moves its due grants to
 * `expired` set-wise (hooks/lifecycle/batch.ts `transitionMany`: the form declares `lifecycle.batch`,
 * its only notify rule fires on approval, the transition has no effects). The statements of a sweep do
 * not grow with the number of due grants, and a batch leaves each grant exactly as a grant expired
 * alone (a sweep with one due grant goes a record at a time): the same fields, the same audit rows.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq } from 'payload'
import { useWorld } from '../helpers/world'
import { lastAuditId, messagesOf, trailSince } from '../helpers/statements'
import { makeEstate, makeOwner } from './estate-fixture'
import { declaredDeadline, runDeadline } from '../../hooks/deadlines'

const w = useWorld({ sites: [{ type: 'property' }] })
let archive: number

type Row = Record<string, any>

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
  let run: Awaited<ReturnType<typeof runDeadline>> | undefined
  const sent = await messagesOf(async () => (run = await runDeadline({ payload: w.payload, req, now: new Date() }, 'archive-grants', declaredDeadline(w.payload, 'archive-grants', 'expiry'))))
  return { ...run!, statements: sent.length }
}

const grant = (id: number) => w.payload.findByID({ collection: 'archive-grants', id, depth: 0, overrideAccess: true }) as Promise<Row>

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
    let since = await lastAuditId(w.payload)
    const a = await sweep() // one due: a record at a time
    expect(a).toMatchObject({ acted: 1, failed: 0 })
    const reference = await grant(alone)
    const referenceTrail = await trailSince(w.payload, 'archive-grants', alone, since, dueAsKind)

    await pass(three)
    since = await lastAuditId(w.payload)
    const b = await sweep()
    const threeTrails = await Promise.all(three.map((id) => trailSince(w.payload, 'archive-grants', id, since, dueAsKind)))
    await pass(seven)
    const since7 = await lastAuditId(w.payload)
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
      const rows = i < 3 ? threeTrails[i] : await trailSince(w.payload, 'archive-grants', id, since7, dueAsKind)
      expect(rows).toEqual(referenceTrail)
    }
    expect(await sweep()).toMatchObject({ acted: 0, read: 0 })
  })
})
