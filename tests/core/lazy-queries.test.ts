/**
 * Issue 15 / CORE-01: a transaction makes the query builders of the tables it uses, when it uses them
 * (src/db/lazyQueries.ts), not one for every table of the schema; they are drizzle's own builders, and
 * what the transaction reads and writes is unchanged: its own rows seen inside, nothing after a
 * rollback, a savepoint (drizzle's nested transaction) working as before.
 */
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

type Tx = { query: Record<string, object>; transaction: (run: (tx: Tx) => Promise<unknown>) => Promise<unknown> }
type Adapter = { drizzle: { query: Record<string, object>; _: { schema: Record<string, unknown> } }; sessions: Record<string, { db: Tx }> }

describe('Issue 15 a transaction builds only what it uses', () => {
  it('CORE-01 a transaction makes the builders of the tables it uses, drizzle own, and reads and writes as before', async () => {
    const adapter = w.payload.db as unknown as Adapter
    const tables = Object.keys(adapter.drizzle._.schema)
    expect(tables.length).toBeGreaterThan(100)
    const req = await createLocalReq({}, w.payload)
    expect(await initTransaction(req)).toBe(true)
    try {
      const tx = adapter.sessions[String(await req.transactionID)].db
      expect(Object.keys(tx.query)).toEqual([]) // nothing built yet
      const data = { type: 'phone', visitorName: '事务里的来电', site: w.site, staff: w.staff['front-desk'].id }
      const made = await w.payload.create({ collection: 'reception-records', req, data: data as never })
      const inside = await w.payload.find({ collection: 'reception-records', req, where: { id: { equals: made.id } } })
      expect(inside.docs.map((d) => d.id)).toEqual([made.id])
      const built = Object.keys(tx.query)
      expect(built).toContain('reception_records')
      expect(built.length).toBeLessThan(10)
      // The very class drizzle builds its own with, over the same table.
      const builder = tx.query.reception_records as { tableConfig: unknown; findMany: unknown }
      expect(Object.getPrototypeOf(builder)).toBe(Object.getPrototypeOf(adapter.drizzle.query.reception_records))
      expect(builder.tableConfig).toBe((adapter.drizzle.query.reception_records as { tableConfig: unknown }).tableConfig)
      expect(tx.query.reception_records).toBe(builder) // made once, then kept
      // A savepoint inside it reads the transaction's row.
      const seen = await tx.transaction(async (nested) => (nested.query.reception_records as { findMany: (c: unknown) => Promise<{ id: number }[]> }).findMany({ columns: { id: true }, where: (t: Record<string, unknown>, { eq }: { eq: (a: unknown, b: unknown) => unknown }) => eq(t.id, made.id) }))
      expect(seen).toEqual([{ id: made.id }])
    } finally {
      await killTransaction(req)
    }
    const after = await w.payload.find({ collection: 'reception-records', where: { visitorName: { equals: '事务里的来电' } } })
    expect(after.totalDocs).toBe(0)
  })
})
