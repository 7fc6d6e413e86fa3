/**
 * JOB-01, issue 15 item 4: every declared deadline that only flags (no `then.to`, no form's own `run`)
 * is written set-wise for a batch of due records (hooks/deadlines.ts `flagMany`: the rows locked and
 * checked again, one UPDATE, the audit rows in one INSERT), and a deadline that moves records goes
 * through `transitionMany` whenever the form's lifecycle can (hooks/lifecycle/batch.ts `takesBatch`).
 * Proved on WF-10's call tasks (a flag only): the statements of a sweep do not grow with the number of
 * due records, the end state and the audit rows are those of a record flagged alone (a site with one
 * due record is swept a record at a time), and a record changed by a real second transaction between
 * the sweep's read and its lock is checked again and left alone.
 */
import { describe, expect, it } from 'vitest'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { ownHooksQuiet, quietWrite, takesBatch } from '../../hooks/lifecycle/batch'
import { specOf } from '../../hooks/form/specOf'
import { lastAuditId, someoneWaitsForALock, sweepCounted, trailSince } from '../helpers/statements'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

type Row = Record<string, any>
const db = () => (w.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle

const now = new Date('2026-03-02T04:00:00Z')

async function freshSite(): Promise<number> {
  return (await w.freshSite()).site
}

/** `n` open call tasks at `site`, due an hour before `now`. */
async function dueTasks(site: number, n: number): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    const doc = await w.payload.create({
      collection: 'call-tasks',
      data: { site, title: `回电 ${i}`, phone: '13800000000', dueAt: new Date(now.getTime() - 3600_000).toISOString(), status: 'open' } as never,
      overrideAccess: true,
      depth: 0,
    })
    ids.push(Number(doc.id))
  }
  return ids
}

const sweep = (site: number) => sweepCounted(w.payload, 'call-tasks', 'call', now, site)

const task = (id: number) => w.payload.findByID({ collection: 'call-tasks', id, depth: 0, overrideAccess: true }) as Promise<Row>



describe('JOB-01 deadlines that only flag are swept set-wise', () => {
  it('JOB-01 WF-10 a batch of due call tasks is flagged in a number of statements that does not grow with the batch, with the same fields and audit rows as a task flagged alone', async () => {
    const one = await freshSite()
    const three = await freshSite()
    const twelve = await freshSite()
    const [alone] = await dueTasks(one, 1)
    const small = await dueTasks(three, 3)
    const large = await dueTasks(twelve, 12)
    const since = await lastAuditId(w.payload)

    const a = await sweep(one) // one due: a record at a time
    const b = await sweep(three)
    const c = await sweep(twelve)
    expect([a.acted, b.acted, c.acted, a.failed + b.failed + c.failed]).toEqual([1, 3, 12, 0])
    // The batch's statements are the same for 3 and for 12 due (a begin, the read, the lock, the stored
    // rows, one update, one audit insert, a commit, the empty read that ends the run).
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThanOrEqual(12)

    const reference = await task(alone)
    const referenceTrail = await trailSince(w.payload, 'call-tasks', alone, since)
    expect(reference.overdue).toBe(true)
    expect(reference.callDueAt).toBeNull()
    expect(referenceTrail).toHaveLength(1)
    expect(Object.keys(referenceTrail[0].changes).sort()).toEqual(['callDueAt', 'overdue'])
    for (const id of [...small, ...large]) {
      const doc = await task(id)
      expect({ overdue: doc.overdue, callDueAt: doc.callDueAt, status: doc.status }).toEqual({ overdue: true, callDueAt: null, status: 'open' })
      expect(new Date(doc.updatedAt).getTime()).toBeGreaterThan(new Date(doc.createdAt).getTime() - 1)
      const rows = await trailSince(w.payload, 'call-tasks', id, since)
      expect(rows).toEqual(referenceTrail.map((r) => ({ ...r, site: doc.site })))
    }

    // Idempotent: the next run finds nothing due and writes nothing.
    expect(await sweep(twelve)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })

  it('JOB-01 WF-10 a call task done by a second transaction between the sweep’s read and its lock is checked again and not flagged; the others are', async () => {
    const site = await freshSite()
    const [done, ...rest] = await dueTasks(site, 4)
    const other = await createLocalReq({ context: { channel: 'admin' } }, w.payload)
    expect(await initTransaction(other)).toBe(true)
    try {
      await w.payload.update({ collection: 'call-tasks', id: done, data: { status: 'done' } as never, overrideAccess: true, depth: 0, req: other })
    } catch (e) {
      await killTransaction(other)
      throw e
    }
    const running = sweep(site)
    try {
      await someoneWaitsForALock(w.payload)
    } finally {
      await commitTransaction(other)
    }
    const run = await running
    expect(run).toMatchObject({ acted: 3, failed: 0 })
    const after = await task(done)
    expect({ status: after.status, overdue: after.overdue }).toEqual({ status: 'done', overdue: false })
    expect(after.callDueAt).not.toBeNull() // left as it was: no longer due because no longer open
    for (const id of rest) expect((await task(id)).overdue).toBe(true)
  })

  it('JOB-01 WF-10 a set-wise batch in which one record fails is rolled back whole and done a record at a time: the others flagged, the failing one logged, left due and flagged by the next run', async () => {
    const site = await freshSite()
    const [a, bad, c] = await dueTasks(site, 3)
    const since = await lastAuditId(w.payload)
    // The database itself refuses to flag one of them (a real failure inside the batch's UPDATE).
    await db().execute(sql.raw(`CREATE OR REPLACE FUNCTION test_refuse_flag() RETURNS trigger AS $$ BEGIN IF NEW.id = ${bad} AND NEW.overdue THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`))
    await db().execute(sql.raw('CREATE TRIGGER test_refuse_flag BEFORE UPDATE ON call_tasks FOR EACH ROW EXECUTE FUNCTION test_refuse_flag()'))
    try {
      expect(await sweep(site)).toMatchObject({ acted: 2, read: 3, failed: 1 })
    } finally {
      await db().execute(sql.raw('DROP TRIGGER test_refuse_flag ON call_tasks'))
      await db().execute(sql.raw('DROP FUNCTION test_refuse_flag()'))
    }
    for (const id of [a, c]) expect((await task(id)).overdue).toBe(true)
    const left = await task(bad)
    expect({ overdue: left.overdue, due: left.callDueAt !== null }).toEqual({ overdue: false, due: true })
    // Each flagged task has one update row (the batch's rows were rolled back with it), the failed one none.
    for (const id of [a, c]) expect(await trailSince(w.payload, 'call-tasks', id, since)).toHaveLength(1)
    expect(await trailSince(w.payload, 'call-tasks', bad, since)).toHaveLength(0)
    expect(await sweep(site)).toMatchObject({ acted: 1, read: 1, failed: 0 })
    expect((await task(bad)).overdue).toBe(true)
  })

  it('JOB-01 which deadlines are set-wise is decided from the declarations: own change hooks declared quiet, no notify rule or door on the fields written', async () => {
    const spec = specOf(w.payload, 'call-tasks')!
    expect(ownHooksQuiet(spec, true)).toBe(true)
    expect(ownHooksQuiet(spec, undefined)).toBe(false) // it has a change hook of its own and says nothing
    expect(quietWrite(spec, ['overdue', 'callDueAt'])).toBe(true)
    expect(quietWrite({ ...spec, notify: [{ on: 'update', message: ['front-desk'] }] }, ['overdue', 'callDueAt'])).toBe(false)
    expect(quietWrite({ ...spec, notify: [{ on: { field: 'overdue' }, message: ['front-desk'] }] }, ['overdue', 'callDueAt'])).toBe(false)
    expect(quietWrite({ ...spec, notify: [{ on: { field: 'status' }, message: ['front-desk'] }] }, ['overdue', 'callDueAt'])).toBe(true)
    // PROP-03's expiry: the form declares its lifecycle's batch; its notify rule fires on approval only.
    expect(takesBatch(specOf(w.payload, 'archive-grants'), 'expired')).toBe(true)
    // OFFICE-07's end: its notify rule on the state is fired by transitionMany; a rule on any update, or on
    // another field, keeps a transition a record at a time.
    const meetings = specOf(w.payload, 'meetings')!
    expect(takesBatch(meetings, 'ended')).toBe(true)
    expect(takesBatch({ ...meetings, notify: [...(meetings.notify ?? []), { on: 'update', message: ['front-desk'] }] }, 'ended')).toBe(false)
    expect(takesBatch({ ...meetings, notify: [...(meetings.notify ?? []), { on: { field: 'checkedAt' }, message: ['front-desk'] }] }, 'ended')).toBe(false)
    expect(takesBatch({ ...meetings, lifecycle: { ...meetings.lifecycle!, batch: undefined } }, 'ended')).toBe(false) // its own hook, not declared quiet
  })
})
