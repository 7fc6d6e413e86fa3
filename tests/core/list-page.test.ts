/**
 * Issue 15 / CORE-01: the page of a list that reads its table alone is rendered by src/db/pageWithCount.ts
 * (not by drizzle's relational builder) and answers exactly what drizzle answers — the same rows in the
 * same order, every column decoded the same — for every collection of the demo data.
 */
import { describe, expect, it } from 'vitest'
import { poolStatementsOf } from '../helpers/statements'
import { useWorld } from '../helpers/world'

const w = useWorld({ demo: true, holders: ['front-desk'] })

describe('Issue 15 the page of a list', () => {
  it('CORE-01 a page that reads its table alone is rendered here and answers what drizzle answers, for every collection', async () => {
    // pagination=false runs no count, so its page is drizzle's own relational query; a paginated list
    // of a table without arrays or relationships has its page rendered here, the total beside it.
    const renderedHere = (statement: string, table: string) => new RegExp(`^select .* as "__payload_total" from "${table}"(?! "${table}")`, 's').test(statement)
    const tableOf = (slug: string) => (w.payload.db as unknown as { tableNameMap: Map<string, string> }).tableNameMap.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_')
    const rendered = new Set<string>()
    const drizzles = new Set<string>()
    for (const { slug } of w.payload.config.collections) {
      const collection = slug as 'reception-records'
      // Orders without ties (rows written by one statement share their createdAt, and PostgreSQL may break a tie differently in two plans).
      for (const sort of ['-id', 'id']) {
        const args = { collection, sort, limit: 2, page: 2, depth: 0, overrideAccess: true } as const
        let counted: Awaited<ReturnType<typeof w.payload.find>> | undefined
        const statements = await poolStatementsOf(w.payload, async () => (counted = await w.payload.find(args)))
        const plain = await w.payload.find({ ...args, pagination: false, page: undefined, limit: 4 })
        expect(counted!.docs, `${slug} sorted by ${sort}`).toEqual(plain.docs.slice(2))
        expect(counted!.totalDocs, slug).toBe((await w.payload.count({ collection, overrideAccess: true })).totalDocs)
        if (!counted!.docs.length) continue
        ;(statements.some((s) => renderedHere(s, tableOf(slug))) ? rendered : drizzles).add(slug)
      }
    }
    // Tables of every kind of column (dates, times, numbers, selects, checkboxes, JSON, relationships as ids) took the rendered page…
    for (const slug of ['reception-records', 'beds', 'reservations', 'key-loans', 'members', 'daily-targets', 'devices', 'audit-log', 'mail-outbox']) expect(rendered, slug).toContain(slug)
    expect(rendered.size).toBeGreaterThan(20)
    // … and those with arrays or many-relationships kept drizzle's.
    for (const slug of ['elders', 'staff', 'routines']) expect(drizzles, slug).toContain(slug)
    // A REST list as the desk sends it, filtered, sorted and on page 2.
    const statements = await poolStatementsOf(w.payload, () => w.desk.get('/api/reception-records?limit=2&page=2&sort=visitorName&where[visitorName][contains]=%E5%BC%A0'))
    expect(statements.filter((s) => renderedHere(s, 'reception_records'))).toHaveLength(1)
  })
})
