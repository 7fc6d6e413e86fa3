/**
 * Issue 15 / CORE-01: a list's page and its total come from one statement (src/db/pageWithCount.ts) and
 * stay exactly what Payload answers: totalDocs, totalPages, page, pagingCounter, hasPrevPage/hasNextPage,
 * prevPage/nextPage — with a filter, a sort, on the last page, on an empty page and past the end, with
 * `pagination=false`, through REST, GraphQL and the Local API, inside a transaction (its own uncommitted
 * rows counted, on its one connection) and across sites (another site's rows never counted).
 */
import { createLocalReq, initTransaction, killTransaction, type Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { sql } from '@payloadcms/db-postgres'
import { readTableSizes, SINGLE_PASS_MAX_ROWS } from '../../src/db/pageWithCount'
import { poolStatementsOf } from '../helpers/statements'
import { useWorld, type Client } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

const tag = `核对${Date.now() % 100000}`
const HERE = 23
const THERE = 4
let outsider: Client

const list = (client: Client, query: string) => client.get(`/api/reception-records?where[visitorName][contains]=${encodeURIComponent(tag)}&${query}`)

/** Payload's pagination fields for `total` matching rows, page `page` of `limit` (as @payloadcms/drizzle computes them). */
function expected(total: number, page: number, limit: number) {
  if (total === 0) return { totalDocs: 0, totalPages: 1, page, pagingCounter: 1, hasPrevPage: false, hasNextPage: false, prevPage: null, nextPage: null }
  const totalPages = Math.ceil(total / limit)
  return {
    totalDocs: total,
    totalPages,
    page,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage: page > 1,
    hasNextPage: totalPages > page,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: totalPages > page ? page + 1 : null,
  }
}
const paging = (body: Record<string, unknown>) => {
  const { totalDocs, totalPages, page, pagingCounter, hasPrevPage, hasNextPage, prevPage, nextPage } = body
  return { totalDocs, totalPages, page, pagingCounter, hasPrevPage, hasNextPage, prevPage, nextPage }
}


beforeAll(async () => {
  outsider = await w.as('outsider')
  for (let i = 0; i < HERE; i++) {
    const r = await w.desk.post('/api/reception-records', { type: 'phone', visitorName: `${tag}-${String(i).padStart(2, '0')}`, site: w.site })
    expect(r.status).toBe(201)
  }
  for (let i = 0; i < THERE; i++) {
    const r = await outsider.post('/api/reception-records', { type: 'visit', visitorName: `${tag}-外${i}`, site: w.otherSite })
    expect(r.status).toBe(201)
  }
})

describe('Issue 15 a list and its total', () => {
  it('CORE-01 REST list totals and pages are exact: first, middle, last, past the end, no match; another site never counted', async () => {
    for (const page of [1, 2, 3]) {
      const r = await list(w.desk, `limit=10&page=${page}`)
      expect(r.status).toBe(200)
      expect(paging(r.body)).toEqual(expected(HERE, page, 10))
      expect(r.body.docs).toHaveLength(page < 3 ? 10 : HERE - 20)
      expect(r.body.docs.every((d: { site: number }) => d.site === w.site)).toBe(true)
    }
    const past = await list(w.desk, 'limit=10&page=5')
    expect(past.body.docs).toEqual([])
    expect(paging(past.body)).toEqual(expected(HERE, 5, 10))

    const exact = await list(w.desk, 'limit=23')
    expect(paging(exact.body)).toEqual(expected(HERE, 1, 23))
    const one = await list(w.desk, 'limit=1&page=23')
    expect(paging(one.body)).toEqual(expected(HERE, 23, 1))

    const none = await w.desk.get(`/api/reception-records?limit=10&where[visitorName][contains]=${encodeURIComponent(`${tag}-无此人`)}`)
    expect(none.body.docs).toEqual([])
    expect(paging(none.body)).toEqual(expected(0, 1, 10))
    const nonePast = await w.desk.get(`/api/reception-records?limit=10&page=3&where[visitorName][contains]=${encodeURIComponent(`${tag}-无此人`)}`)
    expect(paging(nonePast.body)).toEqual({ ...expected(0, 3, 10), page: 3 })

    const there = await list(outsider, 'limit=3&page=2')
    expect(paging(there.body)).toEqual(expected(THERE, 2, 3))
    expect(there.body.docs).toHaveLength(1)
    // Asking for the other site by name changes nothing: its rows are not the desk's to count.
    const asked = await list(w.desk, `limit=10&where[site][equals]=${w.otherSite}`)
    expect(paging(asked.body)).toEqual(expected(0, 1, 10))
    const admin = await w.as('admin')
    const all = await list(admin, 'limit=10&page=3')
    expect(paging(all.body)).toEqual(expected(HERE + THERE, 3, 10))
  })

  it('CORE-01 REST list sorted and filtered further: the order of every page and the total of the narrower filter', async () => {
    const names = Array.from({ length: HERE }, (_, i) => `${tag}-${String(i).padStart(2, '0')}`)
    const pages = []
    for (const page of [1, 2, 3]) pages.push(await list(w.desk, `limit=10&page=${page}&sort=-visitorName`))
    expect(pages.flatMap((p) => p.body.docs.map((d: { visitorName: string }) => d.visitorName))).toEqual([...names].reverse())
    expect(paging(pages[2].body)).toEqual(expected(HERE, 3, 10))

    const narrower = await w.desk.get(`/api/reception-records?limit=4&page=2&sort=visitorName&where[and][0][visitorName][contains]=${encodeURIComponent(`${tag}-1`)}&where[and][1][type][equals]=phone`)
    expect(paging(narrower.body)).toEqual(expected(10, 2, 4))
    expect(narrower.body.docs.map((d: { visitorName: string }) => d.visitorName)).toEqual(names.slice(14, 18))

    // A filter on a related record's field needs a join: Payload's own count, the same answers.
    const joined = await list(w.desk, `limit=10&page=3&where[staff.name][equals]=${encodeURIComponent(w.staff['front-desk'].name)}`)
    expect(joined.status).toBe(200)
    expect(paging(joined.body)).toEqual(expected(HERE, 3, 10))
  })

  it('CORE-01 pagination=false answers every row without a count; GraphQL and the Local API count the same', async () => {
    let r: Awaited<ReturnType<Client['get']>> | undefined
    const statements = await poolStatementsOf(w.payload, async () => (r = await list(w.desk, 'pagination=false&limit=0')))
    expect(r!.body.docs).toHaveLength(HERE)
    expect(paging(r!.body)).toEqual(expected(HERE, 1, HERE))
    expect(statements.filter((s) => /count\(/i.test(s))).toEqual([])

    const gql = await w.desk.post('/api/graphql', {
      query: `{ ReceptionRecords(where: { visitorName: { contains: "${tag}" } }, limit: 10, page: 3) { totalDocs totalPages page hasNextPage hasPrevPage docs { id } } }`,
    })
    expect(gql.body.data.ReceptionRecords).toMatchObject({ totalDocs: HERE, totalPages: 3, page: 3, hasNextPage: false, hasPrevPage: true })
    expect(gql.body.data.ReceptionRecords.docs).toHaveLength(HERE - 20)

    const local = await w.payload.find({ collection: 'reception-records', where: { visitorName: { contains: tag } }, limit: 5, page: 6 })
    expect(paging(local as unknown as Record<string, unknown>)).toEqual(expected(HERE + THERE, 6, 5))
    expect(local.docs).toHaveLength(2)
  })

  it('CORE-01 inside a transaction the page and its total see the transaction own rows, on its one connection', async () => {
    const req = await createLocalReq({}, w.payload)
    expect(await initTransaction(req)).toBe(true)
    const where: Where = { and: [{ visitorName: { contains: tag } }, { site: { equals: w.site } }] }
    try {
      for (let i = 0; i < 3; i++) {
        await w.payload.create({ collection: 'reception-records', req, data: { type: 'phone', visitorName: `${tag}-事务${i}`, site: w.site, staff: w.staff['front-desk'].id } as never })
      }
      const inside = await w.payload.find({ collection: 'reception-records', req, where, limit: 10, page: 3 })
      expect(paging(inside as unknown as Record<string, unknown>)).toEqual(expected(HERE + 3, 3, 10))
      expect(inside.docs).toHaveLength(HERE + 3 - 20)
      const insidePast = await w.payload.find({ collection: 'reception-records', req, where, limit: 10, page: 4 })
      expect(paging(insidePast as unknown as Record<string, unknown>)).toEqual(expected(HERE + 3, 4, 10))
      const outside = await w.payload.find({ collection: 'reception-records', where, limit: 10, page: 3 })
      expect(paging(outside as unknown as Record<string, unknown>)).toEqual(expected(HERE, 3, 10))
    } finally {
      await killTransaction(req)
    }
    const after = await w.payload.find({ collection: 'reception-records', where, limit: 10 })
    expect(after.totalDocs).toBe(HERE)
  })

  it('CORE-01 a REST list reads its page and its total in one statement (two with the signed-in staff row; three before)', async () => {
    await list(w.desk, 'limit=10') // warm
    let r: Awaited<ReturnType<Client['get']>> | undefined
    const statements = await poolStatementsOf(w.payload, async () => (r = await list(w.desk, 'limit=10&page=2')))
    expect(paging(r!.body)).toEqual(expected(HERE, 2, 10))
    const lists = statements.filter((s) => /reception_records/.test(s))
    expect(lists).toHaveLength(1)
    expect(statements.length).toBeLessThanOrEqual(2)
  })

  it('CORE-01 a search filters each row once: a substring test takes page and total from one pass, other lists count apart', async () => {
    const drizzle = (w.payload.db as unknown as { drizzle: Parameters<typeof readTableSizes>[0] }).drizzle
    await readTableSizes(drizzle)
    // A substring test (no index serves it): the page and its total from the same pass over the rows.
    let r: Awaited<ReturnType<Client['get']>> | undefined
    const searched = await poolStatementsOf(w.payload, async () => (r = await list(w.desk, 'limit=10&page=2&sort=visitorName')))
    expect(paging(r!.body)).toEqual(expected(HERE, 2, 10))
    const search = searched.filter((s) => /from "reception_records"/.test(s))
    expect(search).toHaveLength(1)
    expect(search[0]).toMatch(/count\(\*\) over \(\)/)
    expect(search[0]).not.toMatch(/\(select count/)
    // No substring test: the total as a sub-select (PostgreSQL counts from an index, the page stops after its rows), as exact.
    const visits = (await w.payload.count({ collection: 'reception-records', where: { and: [{ type: { equals: 'phone' } }, { site: { equals: w.site } }] } })).totalDocs
    expect(visits).toBeGreaterThan(2)
    let plain: Awaited<ReturnType<Client['get']>> | undefined
    const listed = await poolStatementsOf(w.payload, async () => (plain = await w.desk.get('/api/reception-records?limit=2&page=2&where[type][equals]=phone')))
    expect(paging(plain!.body)).toEqual(expected(visits, 2, 2))
    const page = listed.filter((s) => /from "reception_records"/.test(s))
    expect(page).toHaveLength(1)
    expect(page[0]).toMatch(/\(select count\(\*\) from "reception_records"/)
    expect(page[0]).not.toMatch(/over \(\)/)
    const beyond = await w.desk.get(`/api/reception-records?limit=2&page=${Math.ceil(visits / 2) + 2}&where[type][equals]=phone`)
    expect(beyond.body.docs).toEqual([])
    expect(paging(beyond.body)).toEqual(expected(visits, Math.ceil(visits / 2) + 2, 2))
    // A page with rows of other tables (the routine's items): those sub-selects would run for every match; the total stays apart.
    const routineName = `${tag}-日常`
    const made = await w.desk.post('/api/routines?depth=0', { site: w.site, name: routineName, items: [{ from: '08:00', to: '08:30', title: '开门', kind: 'manual' }] })
    expect(made.status).toBe(201)
    let routines: Awaited<ReturnType<Client['get']>> | undefined
    const withItems = await poolStatementsOf(w.payload, async () => (routines = await w.desk.get(`/api/routines?limit=10&where[name][contains]=${encodeURIComponent(routineName)}`)))
    expect(routines!.body.totalDocs).toBe(1)
    expect(routines!.body.docs[0].items).toHaveLength(1)
    const routinePage = withItems.filter((s) => /from "routines"/.test(s))
    expect(routinePage.some((s) => /\(select count\(\*\) from "routines"/.test(s))).toBe(true)
    expect(routinePage.some((s) => /over \(\)/.test(s))).toBe(false)
  })

  it('CORE-01 a search on a large table counts apart: the matching rows are not all held to count them', async () => {
    const db = w.payload.db as unknown as { drizzle: Parameters<typeof readTableSizes>[0] }
    const grown = SINGLE_PASS_MAX_ROWS + 1
    await db.drizzle.execute(
      sql`INSERT INTO reception_records (site_id, type, received_at, visitor_name, rating) SELECT ${w.otherSite}, 'phone', now(), '压测' || i, 'possible' FROM generate_series(1, ${grown}) i`,
    )
    try {
      await db.drizzle.execute(sql`ANALYZE reception_records`)
      await readTableSizes(db.drizzle)
      let r: Awaited<ReturnType<Client['get']>> | undefined
      const searched = await poolStatementsOf(w.payload, async () => (r = await list(w.desk, 'limit=10&page=3')))
      expect(paging(r!.body)).toEqual(expected(HERE, 3, 10))
      const search = searched.filter((s) => /from "reception_records"/.test(s))
      expect(search).toHaveLength(1)
      expect(search[0]).toMatch(/\(select count\(\*\) from "reception_records"/)
      expect(search[0]).not.toMatch(/over \(\)/)
    } finally {
      await db.drizzle.execute(sql`DELETE FROM reception_records WHERE visitor_name LIKE '压测%' AND site_id = ${w.otherSite}`)
      await db.drizzle.execute(sql`ANALYZE reception_records`)
      await readTableSizes(db.drizzle)
    }
  })
})
