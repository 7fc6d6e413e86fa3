/**
 * Issue 15 / CORE-04: BEGIN and the audit rows travel with the transaction's next statement
 * (src/db/deferredWrites.ts) — and nothing else changes: a failing audit row still fails the write and
 * keeps nothing, a rollback drops the rows that waited, a read in the transaction sees them, values
 * written as literals come back exactly (quotes, backslashes, `$1`, a would-be injection), and a
 * transaction that did nothing sends nothing.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import pg from 'pg'
import { recordAudit } from '../../hooks/audit'
import { inlined } from '../../src/db/deferredWrites'
import { txOf } from '../../src/lib/tx'
import { sql } from '@payloadcms/db-postgres'
import { messagesOf } from '../helpers/statements'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })


async function transaction(): Promise<PayloadRequest> {
  const req = await createLocalReq({}, w.payload)
  expect(await initTransaction(req)).toBe(true)
  return req
}

const auditsOf = async (recordId: string | number) =>
  (await w.payload.find({ collection: 'audit-log', where: { collection: { equals: 'reception-records' }, recordId: { equals: String(recordId) } }, overrideAccess: true })).docs

describe('Issue 15 writes that travel with the next statement', () => {
  it('CORE-04 a failing audit row sent with COMMIT fails the commit and keeps neither the record nor its trail', async () => {
    const req = await transaction()
    const doc = await w.payload.create({ collection: 'reception-records', req, data: { type: 'phone', visitorName: '提交失败', site: w.site, staff: w.staff['front-desk'].id } as never })
    // A site that does not exist: the audit row breaks its foreign key only when it reaches the database.
    await recordAudit(req, { collection: 'reception-records', recordId: doc.id, site: 987654321, action: 'update', changes: { note: [null, 'x'] } })
    await expect(commitTransaction(req)).rejects.toThrow(/foreign key|audit_log/i)
    await killTransaction(req)
    await expect(w.payload.findByID({ collection: 'reception-records', id: doc.id })).rejects.toThrow()
    expect(await auditsOf(doc.id)).toEqual([])
  })

  it('CORE-04 a failing audit row carried by a statement whose caller ignores its error still fails the commit', async () => {
    const req = await transaction()
    const doc = await w.payload.create({ collection: 'reception-records', req, depth: 0, data: { type: 'phone', visitorName: '错误被忽略', site: w.site, staff: w.staff['front-desk'].id } as never })
    await recordAudit(req, { collection: 'reception-records', recordId: doc.id, site: 987654321, action: 'update', changes: { note: [null, 'x'] } })
    const db = (await txOf(req)) as unknown as { execute: (q: unknown) => Promise<unknown> }
    // A hook that reads something optional and shrugs at an error (as the approval summary's lookups do).
    expect(await db.execute(sql`select 1`).catch(() => 'ignored')).toBe('ignored')
    await expect(commitTransaction(req)).rejects.toThrow()
    await killTransaction(req)
    await expect(w.payload.findByID({ collection: 'reception-records', id: doc.id })).rejects.toThrow()
  })

  it('CORE-04 a rollback drops the rows that waited; a read in the transaction sees them first', async () => {
    const req = await transaction()
    const doc = await w.payload.create({ collection: 'reception-records', req, data: { type: 'phone', visitorName: '回滚', site: w.site, staff: w.staff['front-desk'].id } as never })
    const db = (await txOf(req)) as unknown as { execute: (q: unknown) => Promise<{ rows: { action: string }[] }> }
    const inside = await db.execute(sql`select action from audit_log where collection = 'reception-records' and record_id = ${String(doc.id)}`)
    expect(inside.rows.map((r) => r.action)).toEqual(['create'])
    await killTransaction(req)
    expect(await auditsOf(doc.id)).toEqual([])

    const kept = await transaction()
    const saved = await w.payload.create({ collection: 'reception-records', req: kept, data: { type: 'phone', visitorName: '保留', site: w.site, staff: w.staff['front-desk'].id } as never })
    await commitTransaction(kept)
    expect((await auditsOf(saved.id)).map((a) => a.action)).toEqual(['create'])
  })

  it('CORE-04 values written as literals come back exactly, and a would-be injection is only text', async () => {
    const tricky = `O'Brien \\ "引号" $1 $2 ; commit; drop table audit_log; -- 𠮷`
    const r = await w.desk.post('/api/reception-records?depth=0', { type: 'visit', visitorName: tricky, needs: "E'\\x00' $$ $tag$", elderAge: 0, site: w.site })
    expect(r.status).toBe(201)
    const read = await w.desk.get(`/api/reception-records/${r.body.doc.id}?depth=0`)
    expect(read.body).toMatchObject({ visitorName: tricky, needs: "E'\\x00' $$ $tag$", elderAge: 0 })
    expect(read.body).toEqual(r.body.doc)
    const [audit] = await auditsOf(r.body.doc.id)
    expect(JSON.stringify(audit.changes)).toContain(JSON.stringify(tricky).slice(1, -1))
  })

  it('CORE-04 a transaction that does nothing sends nothing; one that writes sends BEGIN with its first statement', async () => {
    const idle = await messagesOf(async () => {
      const req = await transaction()
      await commitTransaction(req)
    })
    expect(idle).toEqual([])
    const written = await messagesOf(async () => {
      const req = await transaction()
      await w.payload.create({ collection: 'reception-records', req, depth: 0, data: { type: 'phone', visitorName: '两次往返', site: w.site, staff: w.staff['front-desk'].id } as never })
      await commitTransaction(req)
    })
    expect(written).toHaveLength(2)
    expect(written[0]).toMatch(/^begin;\ninsert into "reception_records"/)
    expect(written[1]).toMatch(/^insert into "audit_log" .*;\ncommit$/s)
  })

  it('CORE-04 only parameters outside quotes become literals; what cannot be written so is left to pg', () => {
    expect(inlined(`select '$1', "a1", $1, $2 where x = $10`, ['a', null, 3, 4, 5, 6, 7, 8, 9, "it's"])).toBe(
      `select '$1', "a1", 'a', NULL where x = 'it''s'`,
    )
    expect(inlined('select $1', [{ a: 1 }])).toBe(`select '{"a":1}'`)
    expect(inlined('select $1', [true])).toBe(`select 'true'`)
    expect(inlined('select $1', ['a\\b'])).toBe(`select  E'a\\\\b'`)
    expect(inlined('select $1', [Buffer.from('x')])).toBeUndefined()
    expect(inlined('select $2', ['a'])).toBeUndefined()
    expect(inlined('select $$x$$ || $1', ['a'])).toBeUndefined()
    // Text it cannot read safely is left to pg: E'' strings, comments, backslashes, `$` in a name.
    for (const text of [`select E'\\'' || $1`, 'select $1 -- x', 'select /* $1 */ $1', 'select a$1 from t where b = $1', `select '\\' || $1`]) {
      expect(inlined(text, ['a'])).toBeUndefined()
    }
  })
  it('CORE-04 statements a transaction asks for at once go to its connection one at a time, each answered with its own rows', async () => {
    const req = await transaction()
    const doc = await w.payload.create({ collection: 'reception-records', req, depth: 0, data: { type: 'phone', visitorName: '同时查询', site: w.site, staff: w.staff['front-desk'].id } as never })
    const busy: boolean[] = []
    const query = pg.Client.prototype.query
    pg.Client.prototype.query = function (this: pg.Client & { _activeQuery?: unknown; _queryQueue: unknown[] }, ...args: unknown[]) {
      busy.push(this._activeQuery != null || this._queryQueue.length > 0)
      return (query as (...a: unknown[]) => unknown).apply(this, args)
    } as typeof query
    let answers: unknown[]
    try {
      // Ten reads side by side, as the read hooks of a page's rows run; the first carries the audit row that waits.
      answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => w.payload.find({ collection: 'reception-records', where: { id: { equals: doc.id } }, depth: 0, req, overrideAccess: true }).then((r) => [i, r.docs.map((d) => d.visitorName)])),
      )
    } finally {
      pg.Client.prototype.query = query
    }
    expect(answers).toEqual(Array.from({ length: 10 }, (_, i) => [i, ['同时查询']]))
    // Each reached the connection when nothing else was on it (pg 8 would queue it and warn; pg 9 refuses).
    expect(busy.length).toBeGreaterThanOrEqual(10)
    expect(busy.filter(Boolean)).toEqual([])
    await commitTransaction(req)
    expect((await auditsOf(doc.id)).map((a) => a.action)).toEqual(['create'])
  })
})

